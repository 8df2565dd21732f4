/// How fast to answer on social media, by kind of message — with the figures behind it.
public enum MessageKind: String, CaseIterable, Codable, Sendable {
  case question, complaint, praise, criticism
}

/// A response-time target and where it comes from.
public struct ResponseTarget: Equatable, Sendable {
  /// The kind of message.
  public var kind: MessageKind
  /// Answer within this many minutes.
  public var minutes: Int
  /// Why, with the figure and its source.
  public var basis: String
}

/// The response-time targets (`reference/domain.md` §5).
public enum ResponseTargets {
  /// The target for `kind`.
  public static func target(_ kind: MessageKind) -> ResponseTarget {
    switch kind {
    case .question:
      return ResponseTarget(
        kind: kind, minutes: 60,
        basis:
          "53% of users who contact a brand expect a reply within 1 hour — Lithium / Millward Brown Digital 2013 (n=501)"
      )
    case .complaint:
      return ResponseTarget(
        kind: kind, minutes: 60,
        basis:
          "72% expect a reply to a complaint within 1 hour; 60% would take negative action if not answered in time — Lithium 2013"
      )
    case .criticism:
      return ResponseTarget(
        kind: kind, minutes: 120,
        basis:
          "65% expect a reply within 2 hours — Lithium 2013; criticism in public needs a considered answer, not a reflex (smm's rule)"
      )
    case .praise:
      return ResponseTarget(
        kind: kind, minutes: 24 * 60,
        basis:
          "customers expect about 4 h on average, brands take about 10 h — Sprout Social Index 2016; a thank-you within the day is smm's rule"
      )
    }
  }

  /// `90` → `1 h 30`, `60` → `1 h`, `1440` → `24 h`.
  public static func describe(minutes: Int) -> String {
    if minutes < 60 { return "\(minutes) min" }
    let hours = minutes / 60
    let rest = minutes % 60
    return rest == 0 ? "\(hours) h" : "\(hours) h \(rest)"
  }
}
