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

  /// The away message for outside the opening hours, in the brand's language, with its hours
  /// as that language writes them; nil when no opening hours are set.
  public static func awayMessage(_ state: BrandState) -> String? {
    guard let open = state.profile.open else { return nil }
    let language = state.publishingLanguage
    return Strings.of(language)(
      "reply.publish.away", ["brand": state.name.value, "hours": open.text(in: language)])
  }

  /// `90` → `1 h 30`, `60` → `1 h`, `1440` → `24 h`.
  public static func describe(minutes: Int) -> String {
    if minutes < 60 { return "\(minutes) min" }
    let hours = minutes / 60
    let rest = minutes % 60
    return rest == 0 ? "\(hours) h" : "\(hours) h \(rest)"
  }
}
