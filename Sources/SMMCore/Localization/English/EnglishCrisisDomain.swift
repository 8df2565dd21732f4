extension EnglishCatalog {
  /// What the crisis and reply domain says: to the user (triage guidelines, notes, actions, who
  /// acts, escalation, checklist, debrief fixes, reply advice, response-time sources) and, in
  /// the `crisis.publish.`, `crisis.post.`, `crisis.suggest.` and `reply.publish.` keys, what the
  /// brand publishes or sends (rendered in the brand's language).
  static let crisisDomain: KeyValuePairs<String, String> = [
    // Triage: causes, notes, guidelines.
    "crisis.cause.history": "A crisis history",
    "crisis.cause.reputation": "A poor prior reputation",
    "crisis.cause.both": "A crisis history and a poor prior reputation",
    "crisis.note.highest": "{causes} intensifies attribution, already at its highest (preventable)",
    "crisis.note.raised":
      "{causes} raised the attribution one level: the {cluster} crisis is treated as {treated}",
    "crisis.note.falseReport":
      "The report of a {type} crisis is false: it is answered like a rumour, denied with evidence",
    "crisis.note.denyAlone":
      "Deny is not mixed with diminish or rebuild, and takes no bolstering (Coombs 2007, guidelines 8 and 9)",
    "crisis.note.victimage":
      "Victimage may be part of the response for a {type} crisis (Coombs 2007, guideline 2)",
    "crisis.note.true": "True information never gets a denial",
    "crisis.note.truncated":
      "Truncated information is not denied: restore the full facts first, then {strategy}",
    "crisis.note.within15":
      "Respond within 15 minutes: \"the once make-or-break 'golden hour' is now closer to 15 minutes\" (mediafirst.co.uk)",
    "crisis.note.within60":
      "Respond within 60 minutes: \"try to have initial response within the first hour\" (Coombs, best practices for initial crisis response)",
    "crisis.guideline.deny":
      "False information on a rumour or challenge: deny, with evidence (Coombs 2007, guideline 7)",
    "crisis.guideline.victim":
      "Victim crisis, no history, neutral or good reputation: instructing and adjusting information alone (Coombs 2007, guideline 1)",
    "crisis.guideline.victimIntensified":
      "Victim crisis with a crisis history or a poor prior reputation: diminish (Coombs 2007, guideline 4)",
    "crisis.guideline.accidental":
      "Accident crisis, no history, neutral or good reputation: diminish (Coombs 2007, guideline 3)",
    "crisis.guideline.accidentalIntensified":
      "Accident crisis with a crisis history or a poor prior reputation: rebuild (Coombs 2007, guideline 5)",
    "crisis.guideline.preventable": "Preventable crisis: rebuild (Coombs 2007, guideline 6)",

    // Triage: first actions, who acts.
    "crisis.action.protect":
      "Protect people first — instructing information: tell people what to do to stay safe (stop using, where to get help, whom to call)",
    "crisis.action.instruct":
      "Instructing information: tell people what to do to protect themselves, if anything",
    "crisis.action.adjust":
      "Adjusting information: express concern and sympathy, and say what corrective action is under way",
    "crisis.action.restore":
      "Restore the full facts: publish the complete facts and their context, without denying what is true",
    "crisis.action.evidence":
      "Publish the evidence that the report is false: documents, data, third-party confirmation",
    "crisis.action.correct":
      "Correct the record where it spreads: answer the main posts with the evidence and ask publishers to correct",
    "crisis.action.explain":
      "Explain the circumstances honestly: minimise responsibility (excuse) or damage (justification) only where true",
    "crisis.action.apologise": "Apologise publicly and take full responsibility",
    "crisis.action.compensate":
      "Compensate those affected and say what changes so that it does not happen again",
    "crisis.action.victimage":
      "Supplement only (victimage): say the organisation is also a victim, never as the main message",
    "crisis.action.reminder": "Supplement only (reminder): recall past good works briefly",
    "crisis.action.holding":
      "Post a holding statement on every chosen channel: date and time, confirmed facts only, what is being done, empathy, when the next update comes",
    "crisis.action.brief":
      "Brief employees and spokespeople before they are asked, so that every answer is consistent",
    "crisis.action.nextHour": "Set the next update time, within the hour, and keep to it",
    "crisis.action.nextDay": "Set the next update time, within the day, and keep to it",
    "crisis.who.level1":
      "The community manager answers on the channels and informs the communications manager",
    "crisis.who.level2":
      "The communications/PR manager coordinates and approves every statement; the community manager posts",
    "crisis.who.level3":
      "The crisis team acts: senior leadership and legal approve statements, the PR manager coordinates, the spokesperson speaks",
    "crisis.who.level4":
      "The whole organisation acts: the crisis team is convened, the CEO speaks, leadership and legal approve, all staff are briefed",

    // Playbook: roles, escalation, first hour.
    "crisis.role.communityManager": "community manager",
    "crisis.role.communicationsLead": "communications lead",
    "crisis.role.spokesperson": "spokesperson",
    "crisis.role.legal": "legal",
    "crisis.role.executiveSponsor": "executive sponsor",
    "crisis.role.other": "{role}",
    "crisis.who.named": "{name} ({role})",
    "crisis.escalation.level1":
      "Level 1 — {who} answers and watches; escalates within 30 minutes if it spreads",
    "crisis.escalation.level2": "Level 2 — {who} approves every public statement",
    "crisis.escalation.level3": "Level 3 — crisis team: {speaker} speaks, {reviewer} reviews",
    "crisis.escalation.level4":
      "Level 4 — {who} leads and speaks when people are harmed or it is national news",
    "crisis.checklist.confirm":
      "0–10 min: confirm what happened; protect people first if anyone is at risk",
    "crisis.checklist.alert":
      "10–15 min: alert the team ({who} approves); pause scheduled posts on {channels}",
    "crisis.checklist.publish":
      "15–30 min: publish the holding statements below on every channel, the first where it broke",
    "crisis.checklist.publishWhere":
      "15–30 min: publish the holding statements below on every channel, the first where it broke: {channels}",
    "crisis.checklist.internal":
      "30 min: send the internal message to the staff; brief whoever answers the phone",
    "crisis.checklist.darkSite": "30–45 min: publish the dark-site page; point the replies to it",
    "crisis.checklist.log":
      "45–60 min: log mentions an hour and reach; triage again (/crisis triage) and set the next update time",

    // Published by the brand: holding statement, dark-site page, internal message.
    "crisis.publish.aware": "We know about the situation ({risk}) and we are looking into it now.",
    "crisis.publish.known": "What we know so far: [confirmed facts].",
    "crisis.publish.unknown": "What we do not know yet: [what is being checked].",
    "crisis.publish.doing": "What we are doing: [actions].",
    "crisis.publish.sorry": "We are sorry for the worry this causes.",
    "crisis.publish.next": "Next update by [time], here.",
    "crisis.publish.signature": "— {brand}",
    "crisis.publish.darkSite": """
    {brand}: {risk}
    Last updated: [date and time]

    What we know: [confirmed facts only]
    What we do not know yet: [what is being checked]
    What we are doing: [actions, in order]
    What you can do: [instructions to stay safe, or "nothing is needed from you"]
    Next update: [time], here and on our channels.
    Contact: [press and customer contacts]
    """,
    "crisis.publish.contactLead": "communications lead",
    "crisis.publish.contactNamed": "{name} (communications lead)",
    "crisis.publish.internal":
      "To the whole team of {brand}: we are dealing with {risk}. Please do not comment in public or on your own accounts; send any question from customers or the press to {who}. The facts confirmed so far: [facts]. Next internal update: [time].",

    // Drill: the public's posts; the debrief's fixes.
    "crisis.post.heard": "“Has anyone else heard about {risk}? This is worrying.”",
    "crisis.post.sharing": "“Sharing this: apparently {risk}. Can't believe it.”",
    "crisis.post.witness": "“It's true, I was there — {risk}. Nobody has said anything yet.”",
    "crisis.post.noAnswer":
      "“@brand why is nobody answering? {count} people are talking about it.”",
    "crisis.fix.late":
      "first response after {minutes} min, the target is {target}: pre-approve the holding statements so they go out at once",
    "crisis.fix.noResponse":
      "no public response during the drill: decide who publishes, and when, before it happens",
    "crisis.fix.triage":
      "triage: {missed} of 5 answers missed (the truth: {truth}); rehearse the questions with the team",
    "crisis.fix.strategy":
      "strategy: {chosen} where the research supports {expected} — {guideline}",
    "crisis.fix.noneChosen": "none chosen",
    "crisis.fix.noChannel":
      "the playbook has no channel: choose the platforms (/spaces choose) or give the risk --channels",
    "crisis.fix.overLimit":
      "{count} holding statement(s) over their limit: fix them (/crisis statement)",
    "crisis.fix.unnamed": "roles with nobody named: {roles} (/crisis team)",

    // Risks suggested from the sector (named in the brand's language).
    "crisis.suggest.foodPoisoning": "food poisoning reported by a customer",
    "crisis.suggest.hygiene": "hygiene inspection failed",
    "crisis.suggest.outage": "service outage",
    "crisis.suggest.dataBreach": "customer data breach",
    "crisis.suggest.labour": "supplier labour conditions exposed",
    "crisis.suggest.leak": "confidential client information leaked",
    "crisis.suggest.rumour": "false rumour spreading about the brand",
    "crisis.suggest.challenge": "customers challenge a decision of the brand",
    "crisis.suggest.offensivePost": "an employee's offensive post goes viral",

    // Replies: advice, the first reply (in the brand's language), sources, crisis threshold.
    "reply.advice.troll":
      "Do not answer: answering feeds it. Watch it; hide or report it if it breaks the platform's rules.",
    "reply.advice.rager":
      "Watch it. Answer once, calmly and briefly, only if others pick it up; never argue.",
    "reply.advice.misguided":
      "Fix the facts: politely, with the evidence or a link to it, without blaming the author.",
    "reply.advice.unhappy":
      "Put it right: thank, apologise for the experience, move to a private channel, fix it, then say so in public.",
    "reply.publish.rager":
      "We hear you and we're sorry you're upset. If something went wrong with {brand}, tell us in a private message and we'll look into it.",
    "reply.publish.misguided":
      "Thanks for raising this. To set the record straight: [the fact, in one sentence]. Here are the details: [link]. Happy to answer any question.",
    "reply.publish.unhappy":
      "We're sorry — that's not the experience we want you to have at {brand}. Could you send us a private message with the details? We'll put it right.",
    "reply.basis.question":
      "53% of users who contact a brand expect a reply within 1 hour — Lithium / Millward Brown Digital 2013 (n=501)",
    "reply.basis.complaint":
      "72% expect a reply to a complaint within 1 hour; 60% would take negative action if not answered in time — Lithium 2013",
    "reply.basis.criticism":
      "65% expect a reply within 2 hours — Lithium 2013; criticism in public needs a considered answer, not a reflex (smm's rule)",
    "reply.basis.praise":
      "customers expect about 4 h on average, brands take about 10 h — Sprout Social Index 2016; a thank-you within the day is smm's rule",
    "reply.threshold.volume":
      "volume: {mentions} mentions an hour against {usual} usually (3× or more — the k = 3 spike rule of social listening tools, domain.md §4)",
    "reply.threshold.reach":
      "reach: about {reach} people have seen it (10,000 or more: beyond the community — smm's rule)",
    "reply.threshold.veracity":
      "veracity: the claim is true and someone was harmed — that is a crisis, whatever the volume",
  ]
}
