/// One platform's score for a brand, with the part each criterion played and why.
public struct SpaceScore: Equatable, Sendable {
  /// One criterion of the model.
  public struct Component: Equatable, Sendable {
    /// The criterion: audience, market, goals, formats, reach.
    public var criterion: SpaceScoring.Criterion
    /// How well the platform meets it, 0 to 1.
    public var value: Double
    /// Why, one line each, each citing its figure and source.
    public var notes: [Phrase]

    /// Creates a component.
    public init(criterion: SpaceScoring.Criterion, value: Double, notes: [Phrase]) {
      self.criterion = criterion
      self.value = value
      self.notes = notes
    }

    /// Why, in English.
    public var reasons: [String] { notes.map(\.english) }
  }

  /// The platform scored.
  public var platform: Platform
  /// The score, 0 to 100.
  public var score: Int
  /// The criteria, in the model's order.
  public var components: [Component]
  /// A multiplier below 1 when the brand cannot produce what the platform requires.
  public var penalty: Double
  /// Why the penalty, when there is one.
  public var penaltyNote: Phrase?
  /// Hours per week a profile there needs.
  public var hoursPerWeek: Double

  /// The reasons, most telling first: one line each.
  public var notes: [Phrase] {
    let ordered = components.sorted {
      $0.value * $0.criterion.weight > $1.value * $1.criterion.weight
    }
    return (penaltyNote.map { [$0] } ?? []) + ordered.flatMap(\.notes)
  }

  /// The reasons in English.
  public var reasons: [String] { notes.map(\.english) }
  /// Why the penalty, in English.
  public var penaltyReason: String? { penaltyNote?.english }
}

/// The set of platforms proposed for the brand's hours.
public struct SpaceProposal: Equatable, Sendable {
  /// The platforms proposed, best first.
  public var platforms: [Platform]
  /// Hours per week they need together.
  public var hoursNeeded: Double
  /// Hours per week the brand has (nil when not said).
  public var hoursAvailable: Double?
  /// Why the set has this size, one line.
  public var note: Phrase

  /// Why the set has this size, in English.
  public var explanation: String { note.english }
}
