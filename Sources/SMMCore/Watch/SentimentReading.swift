/// What the sentiment reading says of one text: a compound score and its label.
public struct SentimentReading: Equatable, Sendable {
  /// From −1 (most negative) to 1 (most positive).
  public var score: Double
  public var label: SentimentLabel
  /// The language the text was read in (detected, else the one given).
  public var language: SentimentLanguage

  public init(score: Double, label: SentimentLabel, language: SentimentLanguage) {
    self.score = score
    self.label = label
    self.language = language
  }
}

/// The label of a reading, from its score: negative at or below
/// ``negativeThreshold``, positive at or above ``positiveThreshold``, neutral between.
public enum SentimentLabel: String, Sendable, Codable, CaseIterable {
  case negative
  case neutral
  case positive

  /// A score at or below this is negative (VADER's published convention, ±0.05).
  public static let negativeThreshold = -0.05
  /// A score at or above this is positive.
  public static let positiveThreshold = 0.05

  /// The label of `score`.
  public init(score: Double) {
    self =
      score <= Self.negativeThreshold
      ? .negative : score >= Self.positiveThreshold ? .positive : .neutral
  }
}
