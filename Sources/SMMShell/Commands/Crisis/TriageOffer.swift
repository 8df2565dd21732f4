import SMMCore

/// What the guide offers once a triage is recorded, so that an alert leads to a response and
/// not only to a diagnosis: the playbook of the register's riskiest risk of the same type, or,
/// when the register has none, the risk to add, whose playbook (team, first hour, a holding
/// statement per channel) then follows.
enum CrisisTriageOffer {
  /// The offer after `record` was assessed at `level` of `levels` for `state`; the risk's name
  /// is in the brand's publishing language, or the reader's (`strings`) while none is set.
  static func action(
    for record: TriageRecord, level: Int, levels: Int, state: BrandState, strings: Strings
  ) -> GuideAction? {
    if let risk = state.risks.filter({ $0.type == record.type }).max(by: { $0.score < $1.score }) {
      return playbook(risk.name, reason: "crisis.offer.playbook.reason")
    }
    // It is happening: likelihood 5; the impact follows the escalation level.
    let impact = min(5, 1 + (4 * level + levels - 1) / max(levels, 1))
    let language = state.profile.languages.isEmpty ? strings : Strings.of(state.publishingLanguage)
    let name = PlanLabels(language).crisisType(record.type)
    let request = CommandRequest(
      ["crisis", "risk", "add"], arguments: [.value(name)],
      options: [
        .init("type", record.type.rawValue), .init("likelihood", "5"),
        .init("impact", String(impact)),
      ])
    return GuideAction(
      request, reason: Phrase("crisis.offer.risk.reason"),
      offer: Phrase("crisis.offer.risk", text: ["command": request.text]))
  }

  /// The offer after `risk` was added: its playbook, when the brand's last triage was of its
  /// type (the risk was added for the crisis at hand).
  static func action(afterAdding risk: CrisisRisk, state: BrandState) -> GuideAction? {
    guard state.triages.last?.type == risk.type else { return nil }
    return playbook(risk.name, reason: "crisis.offer.added.reason")
  }

  /// `/crisis playbook NAME`, offered with `reason`.
  static func playbook(_ name: String, reason: String) -> GuideAction {
    let request = CommandRequest(["crisis", "playbook"], arguments: [.value(name)])
    return GuideAction(
      request, reason: Phrase(reason),
      offer: Phrase("crisis.offer.playbook", text: ["name": name, "command": request.text]))
  }
}
