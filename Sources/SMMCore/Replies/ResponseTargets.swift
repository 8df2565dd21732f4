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
  public var basis: Phrase
}

/// The response-time targets (`reference/domain.md` §5).
public enum ResponseTargets {
  /// The target for `kind`.
  public static func target(_ kind: MessageKind) -> ResponseTarget {
    switch kind {
    case .question:
      return ResponseTarget(
        kind: kind, minutes: 60,
        basis: Phrase("reply.basis.question"))
    case .complaint:
      return ResponseTarget(
        kind: kind, minutes: 60,
        basis: Phrase("reply.basis.complaint"))
    case .criticism:
      return ResponseTarget(
        kind: kind, minutes: 120,
        basis: Phrase("reply.basis.criticism"))
    case .praise:
      return ResponseTarget(
        kind: kind, minutes: 24 * 60,
        basis: Phrase("reply.basis.praise"))
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
