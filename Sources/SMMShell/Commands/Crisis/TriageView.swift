import SMMCore

/// The text of a triage: cluster and strategy, guideline, escalation, deadline, first actions,
/// notes and the playbooks ready.
enum CrisisTriageView {
  static func lines(
    _ assessment: CrisisAssessment, record: TriageRecord, state: BrandState, width: Int,
    _ s: Strings
  ) -> [String] {
    let type = record.type
    var lines = [
      s(
        assessment.bolstering ? "crisis.triage.resultBolstering" : "crisis.triage.result",
        [
          "cluster": s("crisis.cluster.\(assessment.cluster.rawValue)"),
          "type": PlanLabels(s).crisisType(type),
          "strategy": assessment.strategy.label.render(s),
        ])
    ]
    lines += TextWrap.wrap(
      s("crisis.triage.guideline", ["guideline": assessment.guideline.render(s)]), width: width)
    lines += TextWrap.wrap(
      s(
        "crisis.triage.level",
        [
          "level": String(assessment.level), "levels": String(assessment.levels),
          "who": assessment.whoActs.render(s),
        ]), width: width)
    lines.append(
      s("crisis.triage.within", ["minutes": String(assessment.respondWithinMinutes)]))
    lines.append(s("crisis.triage.actions"))
    for (index, step) in assessment.actions.enumerated() {
      lines += TextWrap.wrap(
        step.render(s), width: width, firstIndent: "  \(index + 1). ", indent: "     ")
    }
    var notes = assessment.notes
    // What reach and velocity were weighed against, when they were given.
    if record.reach != nil || record.velocity != nil {
      let audience = BrandAudience.of(state)
      let grouped = { (n: Int) in Phrase.Value.text(s.language.grouped(n)) }
      notes.append(
        Phrase(
          "crisis.note.audience",
          [
            "people": grouped(audience.people), "basis": .phrase(audience.basisPhrase),
            "wide": grouped(audience.wideReach), "mass": grouped(audience.massReach),
            "fast": grouped(audience.fastVelocity),
          ]))
    }
    for note in notes {
      lines += TextWrap.wrap(note.render(s), width: width, firstIndent: "  · ", indent: "    ")
    }
    if !state.risks.isEmpty {
      lines.append(
        s.guidance(
          "crisis.triage.playbooks", ["names": state.risks.map(\.name).joined(separator: "; ")]))
    }
    return lines
  }
}
