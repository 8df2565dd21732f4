/// One post that names the brand, as the watch reads it from any format.
public struct Mention: Equatable, Sendable {
  /// When it was posted, in seconds since 1970 (UTC).
  public var time: Int64
  /// Its text, as plain text (HTML removed).
  public var text: String
  /// Who posted it (a handle, an account, a DID).
  public var author: String?
  /// Where it was posted (`x`, `bluesky`, `mastodon`…).
  public var platform: String?
  /// A link to it.
  public var url: String?
  /// How many people it may reach (its reach, else its author's followers).
  public var reach: Int?

  public init(
    time: Int64, text: String, author: String? = nil, platform: String? = nil,
    url: String? = nil, reach: Int? = nil
  ) {
    self.time = time
    self.text = text
    self.author = author
    self.platform = platform
    self.url = url
    self.reach = reach
  }
}

/// One interval of a volume series: how many mentions came in it.
public struct VolumePoint: Equatable, Sendable {
  /// The start of the interval, in seconds since 1970 (UTC).
  public var time: Int64
  /// The number of mentions (or any count) in the interval.
  public var value: Double

  public init(time: Int64, value: Double) {
    self.time = time
    self.value = value
  }
}
