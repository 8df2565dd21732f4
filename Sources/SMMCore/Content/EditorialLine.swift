/// The brand's editorial line: its content pillars, its tone per platform, its core messages
/// and the content-mix rule it holds itself to.
public struct EditorialLine: Equatable, Sendable, Codable {
  /// The content themes, 3 to 5 when complete.
  public var pillars: [String]
  /// Tones chosen by hand, per platform (others use ``ToneDefaults``).
  public var tones: [Platform: String]
  /// The core messages, in the order they were added.
  public var messages: [ContentMessage]
  /// The content-mix rule, when one was chosen.
  public var mixRule: MixRule?
  /// The publishing calendar, once planned.
  public var calendar: ContentCalendar?

  /// An empty editorial line.
  public init(
    pillars: [String] = [], tones: [Platform: String] = [:], messages: [ContentMessage] = [],
    mixRule: MixRule? = nil
  ) {
    self.pillars = pillars
    self.tones = tones
    self.messages = messages
    self.mixRule = mixRule
    self.calendar = nil
  }

  /// The most pillars an editorial line holds.
  public static let maximumPillars = 5
  /// The fewest pillars a complete editorial line holds.
  public static let minimumPillars = 3

  /// The tone used on `platform`: the one chosen, else the default.
  public func tone(on platform: Platform) -> String {
    tones[platform] ?? ToneDefaults.tone(for: platform)
  }

  /// The tone used on `platform`, to show: the one chosen as written, else the default in the
  /// session's language.
  public func tonePhrase(on platform: Platform) -> Phrase {
    tones[platform].map(Phrase.verbatim) ?? ToneDefaults.phrase(for: platform)
  }

  /// The number the next message gets.
  public var nextMessageID: Int { (messages.map(\.id).max() ?? 0) + 1 }

  /// The message numbered `id`.
  public func message(_ id: Int) -> ContentMessage? {
    messages.first { $0.id == id }
  }
}
