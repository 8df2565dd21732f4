/// Checks the brand's profiles: how complete each one is, and whether they tell one identity
/// (same display name, matching handles, bios that carry the same core message).
public struct ProfileCheck: Equatable, Sendable {
  /// One platform's completeness.
  public struct Completeness: Equatable, Sendable {
    /// The platform.
    public var platform: Platform
    /// Fields filled (text) or done.
    public var filled: Int
    /// Fields the platform has.
    public var total: Int
    /// Keys still empty or not done.
    public var missing: [String]
  }

  /// Completeness per chosen platform, in the order chosen.
  public var completeness: [Completeness]
  /// Identity problems across profiles, one line each; empty when consistent.
  public var issues: [Phrase]

  /// Identity problems in English.
  public var consistencyIssues: [String] { issues.map(\.english) }

  /// Whether every profile is complete and consistent.
  public var isClean: Bool {
    completeness.allSatisfy { $0.missing.isEmpty } && consistencyIssues.isEmpty
  }

  /// Checks `state`'s chosen platforms.
  public static func run(_ state: BrandState) -> ProfileCheck {
    var completeness: [Completeness] = []
    for platform in state.spaces {
      let rules = PlatformCatalog.entry(platform).profileFields
      let profile = state.profiles[platform] ?? PlatformProfile()
      let missing = rules.filter { rule in
        switch rule.kind {
        case .text: return (profile.texts[rule.key] ?? "").isEmpty
        case .done: return profile.done[rule.key] != true
        }
      }.map(\.key)
      completeness.append(
        Completeness(
          platform: platform, filled: rules.count - missing.count, total: rules.count,
          missing: missing))
    }
    return ProfileCheck(completeness: completeness, issues: consistency(state))
  }

  static func consistency(_ state: BrandState) -> [Phrase] {
    var issues: [Phrase] = []
    func values(_ key: String) -> [(Platform, String)] {
      state.spaces.compactMap { platform in
        state.profiles[platform]?.texts[key].map { (platform, $0) }
      }
    }
    let names = values("display-name")
    if Set(names.map { $0.1.lowercased() }).count > 1 {
      let list = Phrase.list(
        values: names.map {
          .phrase(Phrase("identity.named", text: ["platform": $0.0.rawValue, "name": $0.1]))
        })
      issues.append(Phrase("identity.names", ["list": .phrase(list)]))
    }
    let handles = values("handle")
    let normalized = handles.map { ($0.0, normalizeHandle($0.1)) }
    if Set(normalized.map(\.1)).count > 1 {
      let list = Phrase.list(handles.map { "\($0.0.rawValue) \($0.1)" })
      issues.append(Phrase("identity.handles", ["list": .phrase(list)]))
    }
    let bios = values("bio")
    if bios.count >= 2 {
      let core = coreWords(state)
      if !core.isEmpty {
        let off = bios.filter { bio in
          let words = Set(words(in: bio.1))
          return core.isDisjoint(with: words)
        }
        if !off.isEmpty {
          issues.append(
            Phrase(
              "identity.bios",
              [
                "words": .phrase(.list(core.sorted())),
                "platforms": .phrase(.list(off.map(\.0.rawValue))),
              ]))
        }
      }
    }
    return issues
  }

  /// `@Le_Fournil` → `lefournil`.
  static func normalizeHandle(_ handle: String) -> String {
    String(handle.lowercased().filter { $0.isLetter || $0.isNumber })
  }

  /// The words that make the core message: the brand's name and sector.
  static func coreWords(_ state: BrandState) -> Set<String> {
    Set(words(in: state.name.value + " " + (state.profile.sector ?? "")))
  }

  static func words(in text: String) -> [String] {
    text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
      .map(String.init).filter { $0.count >= 4 }
  }
}
