extension EnglishCatalog {
  /// What step 4's command prints: /crisis risks, triage, playbook, team, statement, drill.
  static let crisis: KeyValuePairs<String, String> = [
    "crisis.triage.result": "Cluster: {cluster} ({type}). Strategy: {strategy}.",
    "crisis.triage.resultBolstering":
      "Cluster: {cluster} ({type}). Strategy: {strategy}, with bolstering.",
    "crisis.triage.guideline": "Guideline: {guideline}",
    "crisis.triage.level": "Escalation level {level} of 4 — {who}",
    "crisis.triage.within": "First response out within {minutes} minutes.",
    "crisis.triage.actions": "First actions:",
    "crisis.triage.playbooks": "Playbooks ready: {names} (/crisis playbook NAME).",
    "crisis.triage.intro":
      "Crisis triage — a few questions (or give the answers as options: /help crisis).",
    "crisis.triage.dropped":
      "note: the crisis triage was left unfinished; /crisis triage starts again",
    "crisis.triage.notAnAnswer": "That is not one of the answers.",
    "crisis.question.type":
      "What kind of crisis is it? natural-disaster, rumor, workplace-violence, tampering, challenge, technical-accident, technical-product-harm, human-error-accident, human-error-product-harm, misdeed, management-misconduct, misdeed-injuries",
    "crisis.question.veracity":
      "Is the information true, false or truncated (true but missing context)?",
    "crisis.question.history": "Has the brand had a similar crisis before? yes or no",
    "crisis.question.reputation":
      "How was the brand's reputation before this: good, neutral or poor?",
    "crisis.question.harm": "What harm is done: none, financial or injury?",

    "crisis.drill.intro":
      "Drill: {name} (seed {seed}). Accelerated time: every decision costs simulated minutes.",
    "crisis.drill.tick": "T+{minutes} min — {mentions} mentions an hour.",
    "crisis.drill.howToTriage":
      "Triage it in one line: type veracity history reputation harm (e.g. rumor false no good none).",
    "crisis.drill.q.triage": "Your triage?",
    "crisis.drill.q.strategy":
      "Your strategy: inform, deny, diminish or rebuild (add + for bolstering)?",
    "crisis.drill.q.publish": "Publish the holding statements now? publish, or wait",
    "crisis.drill.dropped":
      "note: the drill was stopped before its end; what happened so far is recorded",
    "crisis.drill.again.triage":
      "Give five words: type veracity history reputation harm, e.g. rumor false no good none.",
    "crisis.drill.again.strategy":
      "Answer inform, deny, diminish or rebuild (with + for bolstering).",
    "crisis.drill.again.publish": "Answer publish or wait.",
    "crisis.debrief.title": "Debrief of the drill {name} (seed {seed}): {score}/100.",
    "crisis.debrief.response": "first response: {time} (target {target} min)",
    "crisis.debrief.noResponse": "none",
    "crisis.debrief.fit": "triage: {triage}/5 right; strategy: right ({strategy})",
    "crisis.debrief.misfit":
      "triage: {triage}/5 right; strategy: not the one the research supports ({strategy})",
    "crisis.debrief.statements":
      "holding statements within their limits: {valid} of {channels} channels",
    "crisis.debrief.nothing": "Nothing to fix in the playbook.",
    "crisis.debrief.fixes": "To fix in the playbook:",

    "crisis.risks.none": "The risk register of {name} is empty.",
    "crisis.risks.title": "Risks of {name}, by likelihood × impact:",
    "crisis.risks.channels": "; breaks first on {channels}",
    "crisis.risks.score": "likelihood {likelihood} × impact {impact}",
    "crisis.risks.suggested": "Suggested from the sector (edit, then add):",
    "crisis.team.toName": "to name",
    "crisis.cluster.victim": "victim",
    "crisis.cluster.accidental": "accidental",
    "crisis.cluster.preventable": "preventable",
    "crisis.team.title": "Crisis team of {name} (/crisis team ROLE NAME CONTACT):",
    "crisis.playbook.title": "Playbook: {name} — {type}, {cluster} cluster, risk {score}/25.",
    "crisis.playbook.team": "Team:",
    "crisis.playbook.escalation": "Escalation:",
    "crisis.playbook.firstHour": "First hour:",
    "crisis.playbook.statements":
      "Holding statements (fill the [brackets]; no speculation, no blame):",
    "crisis.playbook.noChannel":
      "No channel yet: choose the platforms (/spaces choose) or give --channels to the risk.",
    "crisis.playbook.invalid": "NOT valid",
    "crisis.playbook.edited": "written by hand",
    "crisis.playbook.darkSite": "Dark-site page:",
    "crisis.playbook.internal": "Internal message:",
  ]
}
