/// First communities to consider, from the brand profile: a starting point the user edits,
/// never recorded until chosen.
public enum CommunitySuggestions {
  /// A suggested community and why.
  public struct Suggestion: Equatable, Sendable {
    /// A name to start from.
    public var name: String
    /// Where it likely gathers.
    public var platform: Platform
    /// Its kind.
    public var type: CommunityType
    /// Why it is suggested.
    public var why: String
  }

  /// Suggestions for `state`, on its chosen platforms where they fit (else the usual one).
  public static func suggest(_ state: BrandState) -> [Suggestion] {
    let profile = state.profile
    let sector = profile.sector ?? "your field"
    func on(_ preferred: [Platform]) -> Platform {
      preferred.first(where: state.spaces.contains) ?? preferred[0]
    }
    var result: [Suggestion] = []
    result.append(
      Suggestion(
        name: "\(sector) enthusiasts", platform: on([.instagram, .facebook, .reddit, .youtube]),
        type: .interest, why: "people who love what the brand does: the usual first community"))
    if profile.reach == .local {
      result.append(
        Suggestion(
          name: "neighbours and local groups", platform: on([.facebook, .whatsapp, .instagram]),
          type: .place,
          why: "a local brand's customers live nearby: local groups are where they talk"))
    }
    if profile.market == .b2b || profile.market == .both {
      // For a brand that sells to companies, the trade comes first.
      result.insert(
        Suggestion(
          name: "\(sector) professionals", platform: on([.linkedin, .x, .reddit]), type: .practice,
          why: "B2B: the people who do the job the brand serves"),
        at: profile.market == .b2b ? 0 : result.count)
    }
    if profile.goals.contains(.recruitment) {
      result.append(
        Suggestion(
          name: "candidates and alumni", platform: on([.linkedin]), type: .practice,
          why: "recruitment is a goal: future colleagues gather around the trade"))
    }
    if profile.goals.contains(.reputation) || profile.goals.contains(.community) {
      result.append(
        Suggestion(
          name: "people who care about \(sector)'s impact",
          platform: on([.facebook, .instagram, .linkedin]),
          type: .action,
          why: "reputation and community goals: people who want the field to do better"))
    }
    if profile.ages.contains(.twentyFiveToThirtyFour)
      || profile.ages.contains(.thirtyFiveToFortyFour)
    {
      result.append(
        Suggestion(
          name: "young parents", platform: on([.instagram, .facebook]), type: .circumstance,
          why: "the audience is 25–44: many share the same stage of life"))
    }
    if profile.languages.count > 1 {
      result.append(
        Suggestion(
          name: "\(profile.languages.joined(separator: "/")) speakers abroad",
          platform: on([.facebook, .instagram]),
          type: .circumstance, why: "several languages: expatriate and diaspora groups"))
    }
    return result.filter { suggestion in
      !state.communities.contains { $0.name.lowercased() == suggestion.name.lowercased() }
    }
  }
}
