/// A rule recorded per market (disclosure of ads, contests), with the United States' rule given
/// where the brand's home market has none recorded, said as a fallback.
public protocol MarketRule: Sendable {
  /// The market, an ISO 3166-1 alpha-2 code, or nil for the fallback.
  var country: String? { get set }
  /// What the rule asks, in the reader's language.
  var summary: Phrase { get set }
  /// The markets whose rule is recorded.
  static var all: [Self] { get }
  /// The rule given where none is recorded.
  static var unitedStates: Self { get }
  /// The summary of the fallback for `country`, which says it is one.
  static func fallbackSummary(for country: String?) -> Phrase
}

extension MarketRule {
  /// The rule of `country`'s market, else the United States' (said as a fallback).
  public static func of(_ country: String?) -> Self {
    let code = country?.uppercased()
    if let rule = all.first(where: { $0.country == code }) { return rule }
    var rule = unitedStates
    rule.country = nil
    rule.summary = fallbackSummary(for: country)
    return rule
  }
}
