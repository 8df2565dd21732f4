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
    public var reason: Phrase

    /// Why, in English.
    public var why: String { reason.english }
  }

  /// Suggestions for `state`, on its chosen platforms where they fit (else the usual one).
  public static func suggest(_ state: BrandState) -> [Suggestion] {
    let profile = state.profile
    // The names are the brand's own (it may use them publicly): in the brand's language.
    let french = BioSuggestion.writesInFrench(profile)
    let brand = Strings.of(french ? .fr : .en)
    let kind = SectorKind.of(profile.sector)
    var sector = profile.sector.map(SectorName.short) ?? ""
    // A sector of more than a few words reads badly inside a name: say "your field" instead.
    if sector.isEmpty || sector.split(separator: " ").count > 3 {
      sector = brand("suggest.yourField")
    } else if french {
      // "de boulangerie", "d'artisanat": French elides "de" before a vowel.
      let vowel = sector.first.map { "aeiouyàâéèêëîïôûh".contains($0.lowercased()) } ?? false
      sector = (vowel ? "d'" : "de ") + sector
    }
    func on(_ preferred: [Platform]) -> Platform {
      preferred.first(where: state.spaces.contains) ?? preferred[0]
    }
    var result: [Suggestion] = []
    if let kind {
      // A known kind of business: the communities a consultant of the trade names first.
      for entry in SectorCommunities.entries(kind) {
        result.append(
          Suggestion(
            name: brand("suggest.\(kind.rawValue).\(entry.slug)"), platform: on(entry.platforms),
            type: entry.type, reason: Phrase("suggest.why.\(kind.rawValue).\(entry.slug)")))
      }
    } else {
      result.append(
        Suggestion(
          name: brand("suggest.enthusiasts", ["sector": sector]),
          platform: on([.instagram, .facebook, .reddit, .youtube]),
          type: .interest, reason: Phrase("suggest.why.enthusiasts")))
    }
    if profile.reach == .local, !(kind.map(SectorCommunities.coversNeighbours) ?? false) {
      result.append(
        Suggestion(
          name: brand("suggest.neighbours"), platform: on([.facebook, .whatsapp, .instagram]),
          type: .place, reason: Phrase("suggest.why.neighbours")))
    }
    if kind == nil, profile.market == .b2b || profile.market == .both {
      // For a brand that sells to companies, the trade comes first.
      result.insert(
        Suggestion(
          name: brand("suggest.professionals", ["sector": sector]),
          platform: on([.linkedin, .x, .reddit]), type: .practice,
          reason: Phrase("suggest.why.professionals")),
        at: profile.market == .b2b ? 0 : result.count)
    }
    if profile.goals.contains(.recruitment) {
      result.append(
        Suggestion(
          name: brand("suggest.candidates"), platform: on([.linkedin]), type: .practice,
          reason: Phrase("suggest.why.candidates")))
    }
    if kind == nil, profile.goals.contains(.reputation) || profile.goals.contains(.community) {
      result.append(
        Suggestion(
          name: brand("suggest.impact", ["sector": sector]),
          platform: on([.facebook, .instagram, .linkedin]),
          type: .action, reason: Phrase("suggest.why.impact")))
    }
    if kind.map(SectorCommunities.suitsParents) ?? true,
      profile.ages.contains(.twentyFiveToThirtyFour)
        || profile.ages.contains(.thirtyFiveToFortyFour)
    {
      result.append(
        Suggestion(
          name: brand("suggest.parents"), platform: on([.instagram, .facebook]),
          type: .circumstance, reason: Phrase("suggest.why.parents")))
    }
    if profile.languages.count > 1 {
      result.append(
        Suggestion(
          name: brand("suggest.abroad", ["languages": languageNames(profile.languages, brand)]),
          platform: on([.facebook, .instagram]),
          type: .circumstance, reason: Phrase("suggest.why.abroad")))
    }
    return result.filter { suggestion in
      !state.communities.contains { $0.name.lowercased() == suggestion.name.lowercased() }
    }
  }

  /// "French and English", « français et anglais »: the languages named in `strings`'
  /// language, never as codes (a code without a name is written in capitals).
  static func languageNames(_ codes: [String], _ strings: Strings) -> String {
    let names = codes.map { code in
      let key = "export.value.language.\(code.lowercased())"
      return strings.has(key) ? strings(key) : code.uppercased()
    }
    guard let last = names.last, names.count > 1 else { return names.first ?? "" }
    return names.dropLast().joined(separator: ", ") + strings("suggest.and") + last
  }
}
