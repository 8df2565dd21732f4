/// The input formats `smm watch` reads (docs/watch.md).
public enum WatchFormat: String, CaseIterable, Sendable {
  /// `timestamp,value` rows: counts per interval.
  case volume
  /// Mentions as CSV with a header, or JSON lines: `timestamp`, `text`, and optional
  /// `author`, `platform`, `url`, `reach` or `followers`.
  case mentions
  /// Bluesky Jetstream events, one JSON object a line; `app.bsky.feed.post` creations are read.
  case jetstream
  /// Mastodon API statuses: a JSON array, or one status a line; `content` is HTML.
  case mastodon

  /// The format the first non-blank line of an input shows, nil when none fits.
  public static func detect(firstLine line: some StringProtocol) -> WatchFormat? {
    let trimmed = WatchText.trimmed(Substring(line))
    guard let first = trimmed.first else { return nil }
    if first == "[" { return .mastodon }
    if first == "{" {
      guard let object = WatchJSON.parse(trimmed) else { return nil }
      return detect(object: object)
    }
    let fields = WatchCSV.fields(trimmed, delimiter: WatchCSV.delimiter(of: trimmed)).map {
      WatchText.trimmed(Substring($0)).lowercased()
    }
    if fields.contains("text") { return .mentions }
    if fields.count >= 2, WatchTime.parse(fields[0]) != nil || fields[0] == "timestamp" {
      return .volume
    }
    return nil
  }

  /// The format a JSON object belongs to, from the members each format always has.
  static func detect(object: WatchJSON) -> WatchFormat? {
    if object["time_us"] != nil || object["kind"] != nil && object["did"] != nil {
      return .jetstream
    }
    if object["content"] != nil && object["created_at"] != nil { return .mastodon }
    if object["timestamp"] != nil { return .mentions }
    return nil
  }
}
