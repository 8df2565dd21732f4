import Foundation
import SMMCore

/// What Tab offers for a line being typed.
package struct Completion: Equatable, Sendable {
  /// One way to complete the word.
  package struct Candidate: Equatable, Sendable {
    /// The text that replaces the word, quoted where needed.
    package var replacement: String
    /// Whether the word is finished (a space follows) or not (a folder: more can follow).
    package var isFinal: Bool

    /// Creates a candidate.
    package init(_ replacement: String, isFinal: Bool = true) {
      self.replacement = replacement
      self.isFinal = isFinal
    }
  }

  /// The word being completed, as typed (it is replaced by a candidate).
  package var word: String
  /// The candidates, sorted.
  package var candidates: [Candidate]

  /// The longest text all candidates start with.
  package var commonPrefix: String {
    guard var prefix = candidates.first?.replacement else { return "" }
    for candidate in candidates.dropFirst() {
      while !candidate.replacement.hasPrefix(prefix) { prefix.removeLast() }
    }
    return prefix
  }
}

/// Context-aware Tab completion: command names after `/`, then each argument by its kind
/// (brand names, command names, fixed values, file paths), and options.
package struct Completer {
  /// The brands of the workspace.
  package var brandNames: () -> [String]
  /// The open brand's communities.
  package var communityNames: () -> [String] = { [] }
  /// The open brand's items of one kind (its risks, pillars, crisis roles), for the arguments
  /// that name one.
  package var brandItems: (BrandItem) -> [String] = { _ in [] }
  /// The entries of a folder (`name`, `isFolder`), or nil when it cannot be read.
  package var listFolder: (String) -> [(name: String, isFolder: Bool)]?
  /// Turns a typed path into an absolute one.
  package var resolve: (String) -> String

  /// Creates a completer.
  package init(
    brandNames: @escaping () -> [String],
    listFolder: @escaping (String) -> [(name: String, isFolder: Bool)]? = Completer
      .listFolderOnDisk,
    resolve: @escaping (String) -> String
  ) {
    self.brandNames = brandNames
    self.listFolder = listFolder
    self.resolve = resolve
  }

  /// The completions of `line`, which ends where the cursor is.
  package func complete(_ line: String) -> Completion {
    let words = RawWord.split(line)
    let endsInWord = !(line.last.map { $0 == " " || $0 == "\t" } ?? true)
    var current =
      endsInWord ? words.last ?? RawWord(raw: "", value: "") : RawWord(raw: "", value: "")
    var prior = endsInWord ? Array(words.dropLast()) : words
    if prior.isEmpty {
      guard current.raw.isEmpty || current.raw.hasPrefix("/") else {
        return Completion(word: current.raw, candidates: [])
      }
      let typed = String(current.value.dropFirst())
      return Completion(
        word: current.raw,
        candidates: Self.match(typed, CommandRegistry.allNames).map { .init("/" + $0) })
    }
    let name = String(prior[0].value.dropFirst())
    guard prior[0].value.hasPrefix("/"), var spec = CommandRegistry.spec(named: name) else {
      return Completion(word: current.raw, candidates: [])
    }
    // Subcommand words lead from a group to its leaf; the leaf's words follow.
    var consumed = 0
    while spec.isGroup, 1 + consumed < prior.count,
      let next = spec.subcommand(named: prior[1 + consumed].value)
    {
      spec = next.spec
      consumed += 1
    }
    // A group whose default takes words (`/profile PLATFORM`): its subcommands and the default's
    // first argument complete together.
    var subcommandWords: [String] = []
    if spec.isGroup, spec.defaultTakesWords, let fallback = spec.defaultSubcommand {
      if 1 + consumed == prior.count { subcommandWords = spec.subcommandSpecs.map(\.name) }
      spec = fallback.spec
    }
    if spec.isGroup {
      guard 1 + consumed == prior.count else {
        return Completion(word: current.raw, candidates: [])
      }
      let names = spec.subcommandSpecs.map(\.name)
      return Completion(
        word: current.raw, candidates: Self.match(current.value, names).map { .init($0) })
    }
    prior = [prior[0]] + prior.dropFirst(1 + consumed)
    if let previous = prior.last, let flag = spec.flags.first(where: { $0.name == previous.value }),
      let allowed = flag.values
    {
      return Completion(
        word: current.raw, candidates: Self.match(current.value, allowed).map { .init($0) })
    }
    if current.value.hasPrefix("-") {
      let used = Set(prior.map(\.value))
      let flags = spec.flags.map(\.name).filter { !used.contains($0) }
      return Completion(
        word: current.raw, candidates: Self.match(current.value, flags).map { .init($0) })
    }
    let positional = Self.positionalWords(prior.dropFirst(), spec: spec)
    var index = positional.count
    if let last = spec.arguments.last, last.takesRest, index >= spec.arguments.count,
      Self.namesOne(last, at: spec.arguments.count - 1, of: spec)
    {
      // The words of a rest argument form one value: complete them together.
      let restStart = spec.arguments.count - 1
      let restWords = Array(positional.dropFirst(restStart)) + (endsInWord ? [current] : [])
      current = RawWord(
        raw: restWords.map(\.raw).joined(separator: " "),
        value: restWords.map(\.value).joined(separator: " "))
      prior = Array(prior.prefix(1 + restStart))
      index = restStart
    }
    if let last = spec.arguments.last, last.takesRest, index >= spec.arguments.count {
      index = spec.arguments.count - 1
    }
    guard index < spec.arguments.count else { return Completion(word: current.raw, candidates: []) }
    let values = positional.map(\.value)
    let candidates: [Completion.Candidate]
    switch spec.arguments[index].kind {
    case .commandName:
      let typed = current.value.hasPrefix("/") ? String(current.value.dropFirst()) : current.value
      candidates = Self.match(typed, CommandRegistry.all.map { CommandRegistry.specOf($0).name })
        .map { .init($0) }
    case .brandName:
      candidates = Self.match(current.value, brandNames()).map { .init(CommandText.quote($0)) }
    case .choice(let values):
      candidates = Self.match(current.value, values).map { .init($0) }
    case .filePath:
      candidates = paths(current.value)
    case .newBrandName:
      candidates = []
    case .text:
      let item = Self.itemArguments[spec.fullName].flatMap { $0.index == index ? $0.item : nil }
      candidates =
        item.map { item in
          Self.match(current.value, brandItems(item)).map { .init(CommandText.quote($0)) }
        } ?? []
    case .platform:
      candidates = Self.match(current.value, Platform.allCases.map(\.rawValue)).map { .init($0) }
    case .platformOr(let words):
      candidates = Self.match(current.value, words + Platform.allCases.map(\.rawValue)).map {
        .init($0)
      }
    case .profileField:
      candidates = Self.match(current.value, ProfileField.allCases.map(\.rawValue)).map {
        .init($0)
      }
    case .profileValue:
      let field =
        index > 0 && index - 1 < values.count
        ? ProfileField(rawValue: values[index - 1].lowercased()) : nil
      candidates = Self.listItems(current.value, allowed: field?.allowedValues ?? [])
    case .filePathOrPlatform:
      if values.first?.lowercased() == "import" {
        candidates = paths(current.value)
      } else {
        candidates = Self.match(current.value, Platform.allCases.map(\.rawValue)).map { .init($0) }
      }
    case .communityName:
      candidates = Self.match(current.value, communityNames()).map { .init(CommandText.quote($0)) }
    case .communityField:
      candidates = Self.match(current.value, Community.Field.allCases.map(\.rawValue)).map {
        .init($0)
      }
    case .platformProfileField:
      let platform = values.first.flatMap { Platform(id: $0) }
      let keys = platform.map { PlatformCatalog.entry($0).profileFields.map(\.key) } ?? []
      candidates = Self.match(current.value, keys).map { .init($0) }
    }
    if !subcommandWords.isEmpty {
      let words = Self.match(current.value, subcommandWords) + candidates.map(\.replacement)
      return Completion(word: current.raw, candidates: Array(Set(words)).sorted().map { .init($0) })
    }
    return Completion(word: current.raw, candidates: candidates)
  }

  /// The arguments given as free text that name an item of the brand, by command.
  static let itemArguments: [String: (index: Int, item: BrandItem)] = [
    "crisis risk remove": (0, .risk), "crisis playbook": (0, .risk), "crisis drill": (0, .risk),
    "crisis statement": (0, .risk), "content pillars remove": (0, .pillar),
    "crisis team": (0, .crisisRole),
  ]

  /// Whether `argument` (at `index` of `spec`) names something that exists, so the words of a
  /// rest argument complete together as one name.
  static func namesOne(_ argument: ArgumentSpec, at index: Int, of spec: CommandSpec) -> Bool {
    switch argument.kind {
    case .brandName, .newBrandName, .communityName: return true
    case .text: return itemArguments[spec.fullName]?.index == index
    default: return false
    }
  }

  /// The positional words among `words`: options and the values they take are left out.
  static func positionalWords(_ words: ArraySlice<RawWord>, spec: CommandSpec) -> [RawWord] {
    var positional: [RawWord] = []
    var skipNext = false
    for word in words {
      if skipNext {
        skipNext = false
        continue
      }
      if word.value.hasPrefix("--") {
        skipNext = spec.flags.first(where: { $0.name == word.value })?.values != nil
        continue
      }
      positional.append(word)
    }
    return positional
  }

  private func paths(_ typed: String) -> [Completion.Candidate] {
    let folder: String
    let prefix: String
    if let slash = typed.lastIndex(of: "/") {
      folder = String(typed[...slash])
      prefix = String(typed[typed.index(after: slash)...])
    } else {
      folder = ""
      prefix = typed
    }
    guard let entries = listFolder(resolve(folder.isEmpty ? "." : folder)) else { return [] }
    return entries.filter {
      $0.name.hasPrefix(prefix) && (prefix.hasPrefix(".") || !$0.name.hasPrefix("."))
    }
    .sorted { $0.name < $1.name }
    .map { entry in
      let path = folder + entry.name + (entry.isFolder ? "/" : "")
      return Completion.Candidate(CommandText.quote(path), isFinal: !entry.isFolder)
    }
  }

  /// Completes the last item of a comma-separated list, leaving out items already given.
  static func listItems(_ typed: String, allowed: [String]) -> [Completion.Candidate] {
    let parts = typed.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    let given = Set(parts.dropLast())
    let head = parts.dropLast().map { $0 + "," }.joined()
    return match(parts.last ?? "", allowed.filter { !given.contains($0) }).map {
      .init(head + $0)
    }
  }

  /// Values starting with `typed`, ignoring case, sorted.
  static func match(_ typed: String, _ values: [String]) -> [String] {
    let lower = typed.lowercased()
    return Array(Set(values.filter { $0.lowercased().hasPrefix(lower) })).sorted()
  }

  /// Lists a folder on disk.
  package static func listFolderOnDisk(_ path: String) -> [(name: String, isFolder: Bool)]? {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return nil }
    return names.map { name in
      var isFolder: ObjCBool = false
      let full = path.hasSuffix("/") ? path + name : path + "/" + name
      _ = FileManager.default.fileExists(atPath: full, isDirectory: &isFolder)
      return (name, isFolder.boolValue)
    }
  }
}

/// The kinds of a brand's items an argument may name.
package enum BrandItem: Sendable {
  /// A risk of the crisis register.
  case risk
  /// A content pillar.
  case pillar
  /// A role of the crisis team (the usual ones and those the brand gave).
  case crisisRole
}

/// A word of a line being typed, as typed (`raw`) and as read (`value`).
struct RawWord {
  var raw: String
  var value: String

  /// Splits at white space outside quotes; an open quote runs to the end. An apostrophe quotes
  /// only as the tokenizer reads it: at the start of a word, closed where the word ends.
  static func split(_ line: String) -> [RawWord] {
    var words: [RawWord] = []
    var raw = ""
    var quote: Character?
    var escaped = false
    let characters = Array(line)
    for (position, character) in characters.enumerated() {
      if escaped {
        raw.append(character)
        escaped = false
        continue
      }
      if character == "\\" {
        raw.append(character)
        escaped = true
        continue
      }
      if let open = quote {
        raw.append(character)
        let next = position + 1 < characters.count ? characters[position + 1] : nil
        if character == open && (open == "\"" || next.map { $0 == " " || $0 == "\t" } ?? true) {
          quote = nil
        }
        continue
      }
      if character == "\"" || (character == "'" && raw.isEmpty) {
        quote = character
        raw.append(character)
        continue
      }
      if character == " " || character == "\t" {
        if !raw.isEmpty { words.append(RawWord(raw: raw, value: value(of: raw))) }
        raw = ""
        continue
      }
      raw.append(character)
    }
    if !raw.isEmpty { words.append(RawWord(raw: raw, value: value(of: raw))) }
    return words
  }

  private static func value(of raw: String) -> String {
    Tokenizer.tokenizePartial(raw).tokens.map(\.text).joined(separator: " ")
  }
}
