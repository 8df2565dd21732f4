/// The risks a consultant names first for a kind of business, each typed by SCCT (Coombs
/// 2007) and scored as a first guess (likelihood, impact, 1 to 5) for the user to edit.
/// Names (`crisis.suggest.SLUG`) are in the brand's publishing language.
enum SectorRisks {
  /// One risk to suggest.
  struct Risk {
    /// The end of its catalog key.
    let slug: String
    /// Its SCCT crisis type.
    let type: CrisisType
    /// How likely, 1 to 5.
    let likelihood: Int
    /// How bad, 1 to 5.
    let impact: Int
  }

  /// The risks for `kind`, worst first.
  static func risks(_ kind: SectorKind) -> [Risk] {
    switch kind {
    case .food:
      return [
        Risk(slug: "foodPoisoning", type: .technicalProductHarm, likelihood: 2, impact: 5),
        Risk(slug: "allergen", type: .humanErrorProductHarm, likelihood: 2, impact: 5),
        Risk(slug: "hygiene", type: .humanErrorProductHarm, likelihood: 2, impact: 4),
      ]
    case .health:
      return [
        // Harm in treatment is a preventable crisis: human error, with a victim.
        Risk(slug: "patientHarmed", type: .humanErrorAccident, likelihood: 2, impact: 5),
        Risk(slug: "patientData", type: .humanErrorAccident, likelihood: 2, impact: 5),
        // A complaint to the regulator says the practice acts inappropriately: a challenge.
        Risk(slug: "regulatorComplaint", type: .challenge, likelihood: 2, impact: 4),
      ]
    case .tourism:
      return [
        Risk(slug: "pollutionRumour", type: .rumor, likelihood: 3, impact: 4),
        // A visitor hurt at a site the office promotes but does not run: low responsibility,
        // the accidental cluster (SCCT has no closer type).
        Risk(slug: "visitorAccident", type: .technicalAccident, likelihood: 2, impact: 5),
        // Someone else's scam in the office's name is malevolence: the victim cluster.
        Risk(slug: "ticketScam", type: .tampering, likelihood: 3, impact: 3),
      ]
    case .software:
      return [
        Risk(slug: "outage", type: .technicalAccident, likelihood: 3, impact: 3),
        Risk(slug: "dataBreach", type: .humanErrorAccident, likelihood: 2, impact: 5),
      ]
    case .fashion:
      return [Risk(slug: "labour", type: .misdeed, likelihood: 2, impact: 4)]
    case .legal, .professional:
      return [Risk(slug: "leak", type: .humanErrorAccident, likelihood: 2, impact: 4)]
    case .retail:
      return [
        Risk(slug: "productRecall", type: .technicalProductHarm, likelihood: 2, impact: 4),
        Risk(slug: "dataBreach", type: .humanErrorAccident, likelihood: 2, impact: 4),
      ]
    case .fitness:
      return [
        Risk(slug: "memberInjured", type: .technicalAccident, likelihood: 2, impact: 4),
        Risk(slug: "dataBreach", type: .humanErrorAccident, likelihood: 2, impact: 4),
      ]
    }
  }
}
