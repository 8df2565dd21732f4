/// The publishing calendar: which variant goes out on which platform, when.
public struct ContentCalendar: Equatable, Sendable, Codable {
  /// One publication.
  public struct Slot: Equatable, Sendable, Codable {
    /// The day.
    public var date: CivilDate
    /// The time, `HH:MM`, local to the brand.
    public var time: String
    /// The platform.
    public var platform: Platform
    /// The message whose variant goes out, or nil when a variant is still to be written.
    public var messageID: Int?
  }

  /// The first day: the date the user gave, or the next Monday when none was given.
  public var start: CivilDate
  /// How many weeks it covers.
  public var weeks: Int
  /// The publications, in date and time order.
  public var slots: [Slot]
  /// Posts per week on each platform, after fitting the brand's hours.
  public var cadence: [Platform: Int]
  /// Why the cadence is what it is, one line each.
  public var notes: [Phrase]
}
