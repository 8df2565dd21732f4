/// A first bio for a platform, written from the brand profile and cut to the platform's limit.
public enum BioSuggestion {
  /// The suggested bio for `platform`, within its bio limit (nil when the platform has no bio).
  public static func suggest(for state: BrandState, on platform: Platform) -> String? {
    guard
      let rule = PlatformCatalog.entry(platform).profileFields.first(where: { $0.key == "bio" }),
      case .text(let limit, let unit) = rule.kind
    else { return nil }
    let profile = state.profile
    var first = state.name.value
    if let sector = profile.sector { first += " — \(sector)" }
    switch profile.reach {
    case .local?: first += ", near you"
    case .national?: first += ", nationwide"
    case .international?: first += ", worldwide"
    case nil: break
    }
    var parts = [first + "."]
    if let goal = profile.goals.first {
      parts.append(phrase(for: goal, on: platform))
    }
    var bio = parts.joined(separator: " ")
    if let limit {
      while TextLength.count(bio, in: unit) > limit, parts.count > 1 {
        parts.removeLast()
        bio = parts.joined(separator: " ")
      }
      if TextLength.count(bio, in: unit) > limit {
        bio = cut(bio, to: limit, unit: unit)
      }
    }
    return bio
  }

  static func phrase(for goal: Goal, on platform: Platform) -> String {
    switch goal {
    case .awareness: return "Follow us for what we make and why."
    case .traffic:
      return platform == .instagram || platform == .tiktok ? "Link in bio." : "More on our site."
    case .leads: return "Ask us for a quote."
    case .sales: return "Order or visit us."
    case .recruitment: return "We are hiring."
    case .customerCare: return "Questions? Message us, we answer."
    case .community: return "Join the conversation."
    case .reputation: return "Our work, our word."
    }
  }

  /// Cuts at a word boundary, never inside a character, and adds an ellipsis.
  static func cut(_ text: String, to limit: Int, unit: CountingUnit) -> String {
    var result = ""
    for word in text.split(separator: " ") {
      let candidate = result.isEmpty ? String(word) : result + " " + word
      if TextLength.count(candidate + "…", in: unit) > limit { break }
      result = candidate
    }
    if result.isEmpty {
      for character in text {
        if TextLength.count(result + String(character) + "…", in: unit) > limit { break }
        result.append(character)
      }
    }
    return result + "…"
  }
}
