extension EnglishCatalog {
  /// The guide: what each step has, lacks and should fix, the questions it asks, and why.
  static let guide: KeyValuePairs<String, String> = [
    "guide.why.export":
      "The four steps are complete: the plan is the deliverable. /export html writes it as one printable page ({file}), with the sources as notes.",
    "step.spaces.title": "Choose the spaces",
    "step.content.title": "Adapt content to each channel",
    "step.communities.title": "Engage communities",
    "step.crisis.title": "Prepare the crisis response",
    "step.spaces.slug": "spaces",
    "step.content.slug": "content",
    "step.communities.slug": "communities",
    "step.crisis.slug": "crisis",
    "step.spaces.purpose": "pick the networks where the brand builds its profiles, and build them",
    "step.content.purpose": "write each core message the way each chosen channel needs it",
    "step.communities.purpose":
      "map the communities: what the brand brings them, what they bring back",
    "step.crisis.purpose":
      "rank the risks and prepare statements, a team and drills before a crisis",
    "step.spaces.needs":
      "the brand profile (market, audience ages, goals, weekly hours, formats, reach), then a ranked choice of platforms sized to the brand's hours",
    "step.content.needs":
      "3 to 5 content pillars, the brand's core messages, one variant per chosen platform within its limits, a calendar",
    "step.communities.needs":
      "the communities around the brand's field, with what each gives and gets, and an engagement plan: create, share, spread",
    "step.crisis.needs":
      "a risk register ranked by likelihood and impact, a crisis team, a playbook per risk with a holding statement for each channel, a drill",
    "stage.notStarted": "not started",
    "stage.inProgress": "in progress",
    "stage.done": "done",

    "guide.ask.brandName": "What is the brand called? (type its name, e.g. Boulangerie Martin)",
    "guide.why.brandName":
      "Everything smm prepares belongs to a brand: naming it creates its plan and starts the interview.",
    "guide.skipped.spaces": "no platform is chosen yet (step 1: /spaces recommend)",
    "guide.skipped.messages": "no core message is written yet (step 2: /content message add TEXT)",
    "guide.skipped.communities": "no community is mapped yet (step 3: /community)",

    "guide.done.profile": "the brand profile is complete",
    "guide.missing.profile": "the brand profile: {fields}",
    "guide.why.interview":
      "The choice of networks rests on the brand profile: market, audience ages, goals, weekly hours, formats and reach.",
    "guide.missing.spaces": "a choice of platforms",
    "guide.why.recommend":
      "The ranking needs the brand profile; /spaces recommend shows how far it can go without it.",
    "guide.why.choose":
      "{count|This ranks|These rank} highest for the brand's profile and {count|fits|fit together in} its hours ({hours} h a week): {platforms}. /spaces recommend shows every score.",
    "guide.done.spaces": "{count|# platform|# platforms} chosen: {platforms}",
    "guide.done.platformProfile": "the {platform} profile is complete",
    "guide.missing.platformProfile": "the {platform} profile: {fields}",
    "guide.why.profileField":
      "A complete profile on {platform} is the brand's shop window there: people check it before they follow.",
    "guide.ask.profileDone": "{platform} profile — {label}: is it in place? (yes or no)",
    "guide.ask.profileText": "{platform} profile — {label}: what should it be?",
    "guide.ask.profileTextSuggested":
      "{platform} profile — {label}, suggested: {suggestion} (yes takes it, or type your own)",
    "guide.weak.identity": "profiles do not tell one identity: {issue}",
    "guide.why.identity":
      "One name, one handle and one core message everywhere, so people recognise the brand.",
    "guide.weak.hours":
      "the chosen platforms need about {needed} h a week and the brand has {hours}",

    "guide.missing.pillars": "{count|# more content pillar|# more content pillars}",
    "guide.ask.pillar":
      "Content pillar {number}: a theme the brand will talk about again and again (sector: {sector})?",
    "guide.why.pillars":
      "Three to five pillars keep the editorial line recognisable: every post belongs to one.",
    "guide.done.pillars": "pillars: {pillars}",
    "guide.missing.messages": "the brand's core messages",
    "guide.ask.message":
      "Write one core message in full, as long as it needs: smm adapts it to each channel.",
    "guide.why.messages":
      "Step 2 adapts core messages to each channel: write one, smm writes the variants.",
    "guide.done.messages": "{count|# core message|# core messages}",
    "guide.missing.variants": "message {id} for {platforms}",
    "guide.why.adapt":
      "Each channel counts and cuts text its own way: the variants are checked against each limit in its own unit.",
    "guide.weak.overLimit": "message {id} is over the limit on {platform}",
    "guide.why.overLimit": "A post over {platform}'s limit is refused or cut: adapt it again.",
    "guide.missing.calendar": "a publishing calendar",
    "guide.why.calendar":
      "A calendar turns the messages into a rhythm the brand can keep, on the chosen channels.",
    "guide.done.calendar": "a publishing calendar is planned",

    "guide.missing.communities": "a community map",
    "guide.why.community": "A first community to map: {why}",
    "guide.done.communities": "{count|# community|# communities} mapped",
    "guide.missing.gives": "what the brand brings {name}",
    "guide.ask.gives": "What does the brand bring {name}? (advice, access, recognition…)",
    "guide.missing.gets": "what {name} gives back",
    "guide.ask.gets": "What does {name} bring the brand back? (reviews, ideas, word of mouth…)",
    "guide.why.exchange":
      "A community lasts when the exchange goes both ways: what the brand gives and what it gets.",
    "guide.missing.engagement": "an engagement plan: create, share, spread",
    "guide.missing.engagementFor": "actions for {names}",
    "guide.why.engage":
      "The engagement plan turns the map into weekly actions per community, sized to the brand's hours.",
    "guide.done.engagement": "an engagement plan covers every community",
    "guide.weak.noMetrics":
      "no metrics yet: record a week with /metrics add or /metrics import FILE.csv to follow engagement",

    "guide.missing.risks": "a risk register",
    "guide.why.risk":
      "Start the register with a risk typical of the sector: {name}. Adjust its likelihood and impact.",
    "guide.done.risks": "{count|# risk|# risks} in the register",
    "guide.missing.team": "a crisis team: {roles}",
    "guide.ask.role": "Crisis team — {role}: who? (a name, then an e-mail or a phone number)",
    "guide.why.team":
      "In a crisis the first hour is lost looking for people: name each role and how to reach them now.",
    "guide.done.team": "the crisis team is named",
    "guide.missing.channels": "channels for the {name} playbook (choose the spaces first)",
    "guide.why.playbook":
      "Each chosen channel needs a holding statement within its limit, ready before the crisis.",
    "guide.weak.statements": "holding statements over their limits for {name}",
    "guide.missing.drill": "a drill of the riskiest playbook",
    "guide.why.drill":
      "A drill tests the playbook in accelerated time before it is needed: {name} is the riskiest.",
    "guide.done.drills": "{count|# drill|# drills} run",
  ]
}
