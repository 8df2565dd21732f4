extension EnglishCatalog {
  /// What step 2's commands print: /content, /count, /calendar.
  static let content: KeyValuePairs<String, String> = [
    "content.tone.set": "{platform} tone: {tone}.",
    "content.message.added": "Message {id} added, tagged {tag}.",
    "content.message.addedGuessed":
      "Message {id} added, tagged {tag} (guessed from \"{word}\"; /content message tag {id} TAG changes it).",
    "content.message.tagged": "Message {id} is now tagged {tag}.",
    "content.edit.warning":
      "warning: {problem}; the variant is kept, /content check will flag it",
    "content.adapt.noSpaces":
      "note: no platform is chosen yet (step 1): adapting to the platforms named; /spaces recommend helps choose",
    "content.variant.lengthsOf": "{lengths} of {limit} {unit}",
    "content.variant.lengths": "{lengths} {unit}",
    "content.variant.thread":
      "{platform} ({tone}) — thread of {count} parts: {lengths}, each valid:",
    "content.variant.threadInvalid":
      "{platform} ({tone}) — thread of {count} parts: {lengths}, NOT all valid:",
    "content.variant.single": "{platform} ({tone}) — {length} {unit}, valid:",
    "content.variant.singleInvalid": "{platform} ({tone}) — {length} {unit}, NOT valid:",
    "content.variant.title": "title: {title}",
    "content.problem.over": "{platform}: {length}/{limit}, {over} over",
    "content.problem.overUnit": "{platform}: {length}/{limit} {unit}, {over} over",
    "content.problem.invalid": "{platform}: not valid",
    "content.check.problem": "message {id}, {problem}",
    "content.check.title": "message {id}, {platform} title: {length}/{limit}, {over} over",
    "content.check.noVariant": "message {id}: no variant for {platforms} (/content adapt {id})",
    "content.check.summary":
      "Checked {variants|# variant|# variants} of {messages|# message|# messages}:",
    "content.check.allValid": "all valid.",
    "content.overview.title": "Editorial line of {name}:",
    "content.overview.pillars": "pillars",
    "content.overview.messages": "messages",
    "content.overview.mix": "mix rule",
    "content.overview.tones": "tones",
    "content.overview.noPillars": "— none yet (/content pillars add THEME)",
    "content.overview.addMessage": "(/content message add TEXT)",
    "content.overview.noMix": "— none chosen (/content mix RULE)",
    "content.pillars.none": "No pillars yet: /content pillars add THEME (3 to 5 themes).",
    "content.pillars.title": "Pillars of {name} ({count} of {min}–{max}):",
    "content.pillars.more": "Add {count} more for a complete editorial line.",
    "content.tones.title": "Tone per platform (/content tone PLATFORM TONE changes one):",
    "content.tones.default": "(default)",
    "content.messages.none": "No messages yet: /content message add TEXT.",
    "content.messages.variants": "variants: {platforms}",
    "content.mix.title": "Content mix of {name} against {rule}:",
    "content.mix.titleNoRule":
      "Content mix of {name} against {rule} (no rule chosen: /content mix RULE):",
    "content.mix.messages": "messages: {counts}",
    "content.percent": "{value}%",
    "content.mix.target": "target {value}%",
    "content.mix.balanced": "Balanced for {rule}: the brand does not talk only about itself.",
    "content.mix.source": "Rule of thumb: {source}.",

    "count.limit": "{platform}: {length}/{limit} {unit}",
    "count.noLimit": "{platform}: {length} {unit}, no limit",
    "count.left": "{count} left",
    "count.over": "{count} over",
    "count.valid": "valid",
    "count.invalid": "NOT valid",

    "calendar.none":
      "No calendar yet: /calendar plan WEEKS spreads the variants over the coming weeks.",
    "calendar.title":
      "Calendar of {name}: {weeks|# week|# weeks} from Mon {start}; posts a week: {cadence}.",
    "calendar.weekOf": "Week of",
    "calendar.day.mon": "Mon",
    "calendar.day.tue": "Tue",
    "calendar.day.wed": "Wed",
    "calendar.day.thu": "Thu",
    "calendar.day.fri": "Fri",
    "calendar.day.sat": "Sat",
    "calendar.day.sun": "Sun",
    "calendar.legend":
      "{posts|# post|# posts}; {example} is message {id}'s {platform} variant. Codes: {codes}.",
    "calendar.legendToWrite":
      "{posts|# post|# posts}; {example} is message {id}'s {platform} variant, ✎ a variant still to write ({toWrite}). Codes: {codes}.",
  ]
}
