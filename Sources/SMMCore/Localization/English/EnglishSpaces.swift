extension EnglishCatalog {
  /// What step 1's commands print: /spaces, /profile, /platforms.
  static let spaces: KeyValuePairs<String, String> = [
    "platforms.audienceShare": "{percent}% {year}",
    "spaces.none": "No platform chosen yet for {name}: /spaces recommend ranks them.",
    "spaces.chosen.title": "Chosen for {name}:",
    "spaces.chosen.effort": "{low}–{high} posts, {hours} h a week",
    "spaces.chosen.total":
      "Together: {hours} h a week. Next: /profile PLATFORM builds each profile.",
    "spaces.chosen.totalOf":
      "Together: {hours} h a week of {available} available. Next: /profile PLATFORM builds each profile.",
    "spaces.recommend.incomplete":
      "Profile incomplete ({fields}): those criteria count as neutral; /interview fills them.",
    "spaces.recommend.title":
      "Platforms for {name}, best first (score 0–100, hours a week a profile needs):",
    "spaces.recommend.chosen": "(chosen)",
    "spaces.recommend.proposed": "Proposed: {platforms}.",
    "spaces.recommend.record":
      "Record it with /spaces choose {platforms}; /spaces why PLATFORM explains a score.",
    "spaces.why.title": "{platform}: {score}/100, ranked {rank} of {count} for {name}.",
    "spaces.criterion.audience": "audience",
    "spaces.criterion.market": "market",
    "spaces.criterion.goals": "goals",
    "spaces.criterion.formats": "formats",
    "spaces.criterion.reach": "reach",
    "spaces.why.component": "weight {weight}% × {value} = {points} points",
    "spaces.why.total": "total {sum}",
    "spaces.why.penalty": "penalty:",
    "spaces.why.effort":
      "Running it takes {low}–{high} posts and about {hours} h a week — {source}.",
    "spaces.warning.hours":
      "warning: the chosen platforms need {needed} h a week and {name} has {hours}; fewer profiles, better run, work better",
    "spaces.warning.best":
      "warning: {platform} ranks first for {name} ({score}/100) and is not chosen; /spaces why {platform} says why",

    "profile.set.title": "{platform} profile: {what}.",
    "profile.set.textCounted": "{key} set ({count}/{limit} {unit})",
    "profile.set.text": "{key} set",
    "profile.set.done": "{key} done",
    "profile.set.notDone": "{key} not done",
    "profile.set.complete":
      "The {platform} profile is complete; /profile check compares all profiles.",
    "profile.set.progress": "{filled}/{total} fields done; missing: {fields}.",
    "profile.show.title": "{platform} profile of {name}:",
    "profile.show.notChosen":
      "(not a chosen platform: /spaces choose {platform} before filling it)",
    "profile.show.done": "done",
    "profile.show.notDone": "— not done",
    "profile.show.limit": "{count}/{limit} {unit}",
    "profile.show.noLimit": "{count} {unit}, no known limit",
    "profile.show.empty": "— empty",
    "profile.show.suggested": "Suggested bio: {bio}",
    "profile.show.useIt": "Use it with: {command}",
    "profile.check.none": "No platform chosen yet: /spaces recommend, then /spaces choose.",
    "profile.check.title": "Profiles of {name}:",
    "profile.check.complete": "complete",
    "profile.check.missing": "missing {fields}",
    "profile.check.consistent": "Identity: consistent across the profiles filled so far.",
    "profile.check.identity": "Identity:",

    "platforms.header.id": "id",
    "platforms.header.audience": "audience",
    "platforms.header.hours": "h/week",
    "platforms.header.purpose": "what it is for",
    "platforms.footer":
      "Audience: share of US adults using it (Pew). /platforms ID shows one with its sources.",
    "platforms.audience": "Audience:",
    "platforms.market": "Market: B2B {b2b}/3, B2C {b2c}/3",
    "platforms.rewards": "Rewards:",
    "platforms.or": "or",
    "platforms.requires": "(requires {formats})",
    "platforms.item": "{name}: {text}",
    "platforms.goals": "Goals it serves:",
    "platforms.strongFor": "Strong for:",
    "platforms.effort": "Effort:",
    "platforms.effort.value": "{low}–{high} posts a week, about {hours} h a week",
    "platforms.fields": "Profile fields:",
    "platforms.fields.done": "done or not",
    "platforms.fields.upTo": "up to {limit} {unit}",
    "platforms.fields.noLimit": "no known limit",
    "platforms.sources": "Sources:",
    "platforms.source.kind": "{kind}, checked {date}",
    "source.kind.official": "official",
    "source.kind.code": "code",
    "source.kind.research": "research",
    "source.kind.thirdParty": "thirdParty",
    "source.kind.editorial": "editorial",
  ]
}
