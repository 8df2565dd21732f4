/// smm's editorial defaults on a platform: practitioners' consensus restated by smm, not a
/// platform rule (adjust the tone per brand with `/content tone`, the time in the scheduler).
public struct PlatformDefaults: Equatable, Sendable {
  /// The register the platform expects, in English: "conversational".
  public var tone: String
  /// The string-catalog key that shows `tone` in the session's language: `tone.conversational`.
  public var tonePhrase: String
  /// The usual posting time, `HH:MM`.
  public var postingTime: String

  /// Creates the defaults.
  public init(tone: String, tonePhrase: String, postingTime: String) {
    self.tone = tone
    self.tonePhrase = tonePhrase
    self.postingTime = postingTime
  }
}
