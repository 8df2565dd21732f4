extension EnglishCatalog {
  /// What step 3's commands print: /community, /engage, /reply, /metrics.
  static let communities: KeyValuePairs<String, String> = [
    "community.removed": "Removed {name} from the map; /undo brings it back.",
    "community.notChosen":
      "note: {platform} is not among the chosen platforms; reaching this community means being there (/spaces choose {platform})",
    "community.show.title": "{name} — {type} community ({meaning}) on {platform}:",
    "community.show.titleMapped": "{name} — {type} community ({meaning}) on {platform}, mapped:",
    "community.show.missing": "— missing",
    "community.show.members": "about {count} members",
    "community.show.toMap": "To map it: {missing}.",
    "community.list.none": "No community on the map of {name} yet.",
    "community.list.title":
      "Community map of {name}: {count|# community|# communities}, {mapped} mapped.",
    "community.list.mapped": "mapped",
    "community.list.missing": "missing {fields}",
    "community.list.suggested": "Suggested from the brand profile (edit the name, then add it):",

    "engage.none": "No engagement plan yet: /engage plan builds one from the community map.",
    "engage.title": "Engagement plan of {name}:",
    "engage.action": "{kind}, {perMonth}× a month, {minutes} min, {owner}: {what}",
    "engage.time": "Time: {hours} h a week for the communities",
    "engage.time.platforms": "{hours} h for the platforms",
    "engage.time.available": "; {total} of {hours} h available",
    "engage.time.over": "over by {hours} h",
    "engage.balanced":
      "Balanced: the brand exchanges with its communities instead of talking about itself.",
    "engage.balance.title": "Balance of {name}:",
    "engage.balance.change": "The change that would help most: {change}.",

    "reply.triage.troll": "Is the author deliberately provoking or mocking (a troll)? yes or no",
    "reply.triage.facts": "Is the post wrong about the facts? yes or no",
    "reply.triage.experience": "Did the author have a bad experience with {name}? yes or no",
    "reply.triage.rant": "Is it mostly an angry rant? yes or no",
    "reply.triage.intro": "Triage of a negative post on {platform} — four questions.",
    "reply.triage.dropped": "note: the triage was left unfinished; /reply triage starts again",
    "reply.triage.yesNo": "Please answer yes or no.",
    "reply.triage.notNegative":
      "Not a negative post by these answers: answer it like any other message (/reply targets).",
    "reply.verdict.troll": "This is a troll.",
    "reply.verdict.rager": "This is a rager.",
    "reply.verdict.misguided": "This is a misguided post (wrong facts).",
    "reply.verdict.unhappy": "This is an unhappy customer.",
    "reply.verdict.first": "A first reply for {platform} ({length} {unit}):",
    "reply.verdict.brackets": "Fill in the [brackets] before posting.",
    "reply.verdict.within": "Answer within {time}: {basis}.",
    "reply.verdict.crisis":
      "It becomes a crisis (step 4) when mentions reach 3× their usual hourly volume, about 10,000 people have seen it, or the claim is true and someone was harmed.",
    "reply.targets.title": "How fast to answer, by kind of message:",
    "reply.targets.within": "within",
    "reply.targets.perPlatform": "Per platform:",
    "reply.targets.same":
      "The targets are the same on every platform: the surveys measure what people expect from a brand, not per network. Business hours do not pause the clock on social media.",

    "metrics.recorded": "Recorded {count|# week|# weeks} of metrics.",
    "metrics.recordedReplacing":
      "Recorded {count|# week|# weeks} of metrics ({replaced} replacing what was recorded).",
    "metrics.warning": "warning: {warning}",
    "metrics.none":
      "No metrics yet: /metrics add PLATFORM --week YYYY-Www … or /metrics import FILE.csv.",
    "metrics.title":
      "Engagement of {name} (rates in %; ERR trend in percentage points from the week before):",
    "metrics.header.platform": "platform",
    "metrics.header.week": "week",
    "metrics.header.followers": "followers",
    "metrics.header.reach": "reach",
    "metrics.header.impressions": "impr.",
    "metrics.header.engagements": "eng.",
    "metrics.header.err": "ERR",
    "metrics.header.byFollowers": "by foll.",
    "metrics.header.byImpressions": "by impr.",
    "metrics.header.trend": "trend",
    "metrics.header.band": "band",
    "metrics.formulas": "Formulas (Hootsuite; there is no standard formula):",
    "metrics.bands": "Bands: {source}",
  ]
}
