import SMMCore

/// The shortest script that rebuilds a brand (`/save FILE --compact`): a command that a later
/// one of the same shape overrides (the goals set twice, the bio twice, the calendar planned
/// twice) is left out, but only when the fold proves the brand ends the same without it — a
/// later command may have depended on the earlier value (a calendar planned with the hours of
/// the time), and such a command is kept.
enum CompactScript {
  /// `commands` (the brand's log in effect, first the creation) without the superseded ones.
  /// - Throws: when a command does not decode; the caller keeps the full log then.
  static func compact(_ commands: [String]) throws -> [String] {
    let changes = try commands.map { command throws -> BrandChange in
      try CommandRegistry.decodeChange(command).change
    }
    let target = try BrandState.fold(changes)
    let keys = commands.map(overrideKey)
    // Per shape, the commands a later one of the same shape repeats, latest first.
    var groups: [String: [Int]] = [:]
    var order: [String] = []
    var seen: Set<String> = []
    for index in commands.indices.reversed() {
      guard let key = keys[index] else { continue }
      if seen.insert(key).inserted { continue }
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(index)
    }
    var dropped: Set<Int> = []
    func folds(without trial: Set<Int>) -> Bool {
      let kept = changes.indices.filter { !trial.contains($0) }.map { changes[$0] }
      return (try? BrandState.fold(kept)) == target
    }
    for key in order {
      let group = groups[key] ?? []
      if folds(without: dropped.union(group)) {
        dropped.formUnion(group)
      } else if group.count <= Self.triedOneByOne {
        // Some of the shape matter (a later command read them): keep those, drop the rest.
        for index in group where folds(without: dropped.union([index])) {
          dropped.insert(index)
        }
      }
      // A large group whose commands all add something (messages, metrics) stays whole.
    }
    return commands.indices.filter { !dropped.contains($0) }.map { commands[$0] }
  }

  /// The largest group of same-shape commands tried one by one when they cannot all go.
  static let triedOneByOne = 8

  /// What a later command must repeat to override this one: the command without its last
  /// argument (`/brand set goals`, `/profile linkedin set bio`, `/calendar plan`), or nil for
  /// the creation and renames.
  static func overrideKey(_ command: String) -> String? {
    guard let tokens = try? Tokenizer.tokenize(command),
      let name = tokens.first?.text, name != "/new", name != "/rename"
    else { return nil }
    // The words before the first option, less the last of them: `/calendar plan 4 --start
    // 2027-01-04` and `/calendar plan 6` are the same shape (`/calendar plan`).
    let positional = tokens.prefix { !($0.text.hasPrefix("--") && !$0.wasQuoted) }
    guard positional.count >= 2 else { return nil }
    return positional.dropLast().map { CommandText.quote($0.text) }.joined(separator: " ")
  }
}
