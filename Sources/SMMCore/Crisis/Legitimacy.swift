/// Whether a challenge — stakeholders claiming the organisation acts inappropriately — is
/// legitimate: whether the stakeholders who share the claim and the norm it appeals to count.
///
/// Coombs (2007) recommends denial for rumour and challenge crises "when possible"; a
/// challenge that is not legitimate is denied whatever the truth of the facts it rests on (the
/// organisation denies acting inappropriately, not the facts), a legitimate one is answered
/// with the accidental cluster's strategy and a change of what is questioned (`reference/domain.md`
/// §4b: ask whether the threat is lingering, spreading, legitimate).
public enum Legitimacy: String, CaseIterable, Codable, Sendable {
  /// The claim and its norm are shared by stakeholders who matter to the organisation.
  case legitimate
  /// Few stakeholders share it, or the norm it appeals to is not one the organisation holds.
  case illegitimate
}
