/// Privacy rules a brand's messages meet (issue 15 §6): messaging people on WhatsApp needs
/// their opt-in first.
public enum PrivacyRules {
  /// Whether the chosen spaces include WhatsApp, where a business may message only people who
  /// gave their number and opted in to its messages.
  public static func needsOptIn(_ spaces: [Platform]) -> Bool { spaces.contains(.whatsapp) }

  /// WhatsApp Business Messaging Policy: contact only people who gave their number and opted in
  /// to receive the business's messages; GDPR / UK GDPR: consent, freely given, specific,
  /// informed, and as easy to withdraw (art. 4(11), 6(1)(a), 7).
  public static let optInSource = Source(
    short: "WhatsApp Business Messaging Policy; GDPR art. 7",
    citation:
      "WhatsApp Business Messaging Policy: a business may contact people on WhatsApp only when they gave it their phone number and opted in to receive its messages, and must respect a request to stop; Regulation (EU) 2016/679 (GDPR) and the UK GDPR, art. 4(11), 6(1)(a) and 7: consent is freely given, specific, informed, recorded and as easy to withdraw as to give",
    kind: .official, checked: "2026-12-03",
    reference: Reference(
      publisher: "WhatsApp (Meta)", title: "WhatsApp Business Messaging Policy",
      url: "https://business.whatsapp.com/policy"))
}
