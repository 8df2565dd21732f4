/// The communities a consultant names first for a kind of business: a clinic's patients'
/// groups, sports clubs and referring GPs; a tourist office's hikers, local partners and travel
/// writers. Names (`suggest.KIND.SLUG`) are in the brand's language, reasons
/// (`suggest.why.KIND.SLUG`) in the reader's.
enum SectorCommunities {
  /// One community to suggest for a kind of business.
  struct Entry {
    /// The end of its catalog keys.
    let slug: String
    /// Its kind.
    let type: CommunityType
    /// Where it gathers, best first (the first the brand has chosen is used).
    let platforms: [Platform]
  }

  /// The communities for `kind`, most useful first.
  static func entries(_ kind: SectorKind) -> [Entry] {
    switch kind {
    case .health:
      return [
        Entry(slug: "patients", type: .circumstance, platforms: [.facebook, .whatsapp]),
        Entry(slug: "sportsClubs", type: .interest, platforms: [.facebook, .instagram]),
        Entry(slug: "referrers", type: .practice, platforms: [.linkedin, .facebook]),
      ]
    case .tourism:
      return [
        Entry(slug: "outdoors", type: .interest, platforms: [.instagram, .facebook, .youtube]),
        Entry(slug: "partners", type: .practice, platforms: [.facebook, .linkedin, .whatsapp]),
        Entry(slug: "travelWriters", type: .practice, platforms: [.instagram, .x, .linkedin]),
      ]
    case .food:
      return [
        Entry(slug: "foodLovers", type: .interest, platforms: [.instagram, .facebook, .tiktok]),
        Entry(slug: "producers", type: .practice, platforms: [.instagram, .facebook]),
      ]
    case .software:
      return [
        Entry(slug: "users", type: .practice, platforms: [.linkedin, .reddit, .x]),
        Entry(slug: "analysts", type: .practice, platforms: [.linkedin, .x]),
        Entry(slug: "integrators", type: .practice, platforms: [.linkedin]),
      ]
    case .fashion:
      return [
        Entry(slug: "style", type: .interest, platforms: [.instagram, .tiktok, .pinterest]),
        Entry(slug: "ethical", type: .action, platforms: [.instagram, .facebook]),
      ]
    case .legal:
      return [
        Entry(slug: "founders", type: .practice, platforms: [.linkedin, .facebook]),
        Entry(slug: "referrers", type: .practice, platforms: [.linkedin]),
      ]
    case .professional:
      return [
        Entry(slug: "decisionMakers", type: .practice, platforms: [.linkedin, .x]),
        Entry(slug: "peers", type: .practice, platforms: [.linkedin]),
      ]
    case .retail:
      return [
        Entry(slug: "regulars", type: .interest, platforms: [.instagram, .facebook, .whatsapp]),
        Entry(slug: "traders", type: .place, platforms: [.facebook, .whatsapp]),
      ]
    case .fitness:
      return [
        Entry(slug: "beginners", type: .circumstance, platforms: [.instagram, .facebook]),
        Entry(slug: "clubs", type: .interest, platforms: [.facebook, .instagram]),
      ]
    }
  }

  /// Whether the kind's own list already speaks to the brand's neighbourhood, so the generic
  /// "neighbours" community would repeat it.
  static func coversNeighbours(_ kind: SectorKind) -> Bool { kind == .retail }

  /// Whether "young parents" is a community for the kind: a stage of life matters to a café,
  /// a shop or a gym, not to a law firm or a software vendor.
  static func suitsParents(_ kind: SectorKind) -> Bool {
    switch kind {
    case .food, .retail, .fitness, .tourism, .fashion, .health: return true
    case .software, .legal, .professional: return false
    }
  }
}
