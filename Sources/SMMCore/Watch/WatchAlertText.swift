/// An alert on one line, in the user's language, as `smm watch` and the shell print it:
/// `2015-03-03 21:07 spike, level 4: 6,187 mentions in the hour, usually 684`;
/// `2026-03-09 15:00 negative share, level 3: 41% negative (57 of 140 mentions), usually 8%`.
public enum WatchAlertText {
  /// `alert`'s line; `mentions` is the mentions of its hour (a `negative` alert's share is
  /// its value over them).
  public static func line(_ alert: WatchAlert, mentions: Int, _ s: Strings) -> String {
    switch alert.kind {
    case .spike:
      return s(
        "watch.alert",
        [
          "at": WatchTime.minute(alert.at), "level": String(alert.level),
          "value": s.language.grouped(Int(alert.value.rounded())),
          "baseline": s.language.grouped(Int(alert.baseline.rounded())),
        ])
    case .negative:
      let count = max(mentions, 1)
      return s(
        "watch.alert.negative",
        [
          "at": WatchTime.minute(alert.at), "level": String(alert.level),
          "share": String(Int((alert.value / Double(count) * 100).rounded())),
          "usual": String(Int((alert.baseline / Double(count) * 100).rounded())),
          "value": s.language.grouped(Int(alert.value.rounded())),
          "count": s.language.grouped(mentions),
        ])
    }
  }
}
