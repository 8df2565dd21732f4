extension EnglishCatalog {
  /// The domain's errors (`SMMCoreError`): what was wrong and how to fix it.
  static let domainErrors: KeyValuePairs<String, String> = [
    "error.invalidBrandName": "invalid brand name: {reason}",
    "error.invalidProfileValue": "invalid {field}: {reason}",
    "error.invalidProfileValue.field": "invalid field: {reason}",
    "error.invalidProfileValue.action": "invalid action: {reason}",

    "error.brandName.empty": "a brand name cannot be empty",
    "error.brandName.tooLong":
      "a brand name has at most {maximum} characters, this one has {count}",
    "error.brandName.control":
      "a brand name cannot contain control characters (tabs, line breaks)",

    "error.brand.action":
      "/brand takes set (e.g. /brand set market b2c), or nothing to show the profile",
    "error.profile.atLeastOne": "give at least one of: {allowed}",
    "error.profile.notOneOf": "\"{item}\" is not one of: {allowed}",
    "error.profile.chooseOne": "choose one of: {allowed}",
    "error.profile.sector.empty": "describe the sector in a few words, e.g. \"artisan bakery\"",
    "error.profile.sector.tooLong": "keep the sector under {maximum} characters",
    "error.profile.hours.number": "give a number of hours per week, e.g. 4 or 2.5",
    "error.profile.hours.range": "hours per week must be more than 0 and at most 168",
    "error.profile.languages.empty": "give ISO 639-1 codes such as en, fr, de",
    "error.profile.languages.unknown":
      "\"{code}\" is not an ISO 639-1 language code (two letters, such as en, fr, es)",
    "error.profile.unknownField": "\"{text}\" is not a profile field; the fields are: {fields}",
    "error.profile.unknownField.suggest":
      "\"{text}\" is not a profile field — did you mean {name}?; the fields are: {fields}",

    "error.spaces.alreadyChosen": "{platform} is already chosen; /spaces shows the choice",
    "error.spaces.notChosen": "{platform} is not chosen, so it cannot be dropped; chosen: {chosen}",
    "error.spaces.noneChosen": "none yet",
    "error.spaces.chooseFirst":
      "{platform} is not among the chosen platforms; choose it first with /spaces choose {platform}",
    "error.spaces.action":
      "/spaces has no action \"{action}\"; the actions are recommend, why, choose and drop",
    "error.spaces.action.suggest":
      "/spaces has no action \"{action}\" — did you mean {name}? The actions are recommend, why, choose and drop",

    "error.profileText.takesDone": "{platform} {key} is done or not done: answer yes or no",
    "error.profileText.tooLong":
      "{platform} {label} is {length}/{limit} {unit}, {over} over; shorten it",
    "error.profileText.takesText": "{platform} {key} takes text, not yes or no",
    "error.profileText.noField": "{platform} profiles have no field \"{key}\"; they have: {fields}",
    "error.profileText.yesOrNo": "{platform} {key} takes yes or no (done or not)",
    "error.profileText.missing": "give the text for {platform} {key}, in quotes if it has spaces",

    "error.content.pillarExists": "\"{pillar}\" is already a pillar; /content pillars lists them",
    "error.content.tooManyPillars":
      "an editorial line holds at most {maximum} pillars; remove one first (/content pillars remove THEME)",
    "error.content.noPillar": "\"{pillar}\" is not a pillar; the pillars are: {pillars}",
    "error.content.noPillars": "none yet",
    "error.content.tone": "a tone is a few words on one line, e.g. \"warm, expert\"",
    "error.content.adaptNoPlatform":
      "name the platforms to adapt to, or choose the brand's platforms first (/spaces choose)",
    "error.content.adaptBeforeSpaces":
      "no platform chosen yet: name the platforms (/content adapt {id} linkedin x) or choose them first (/spaces choose) — adapting before step 1 works, but step 1 is where the platforms come from",
    "error.content.pillar":
      "a pillar is a theme of a few words on one line, e.g. \"bread-making know-how\"",
    "error.content.noMessage.none": "there is no message {id}; none yet: /content message add TEXT",
    "error.content.noMessage":
      "there is no message {id}; the messages are {ids} (/content messages)",
    "error.message.empty":
      "a message cannot be empty; write its text after the command, or between \"\"\" lines",
    "error.message.tooLong":
      "a message has at most {maximum} characters, this one has {count}; split it",
    "error.message.control": "the message holds a control character (U+{code}); remove it",
    "error.message.nonCharacter": "the message holds U+{code}, which platforms reject; remove it",

    "error.date.invalid": "{date} is not a date; write it as YYYY-MM-DD, e.g. 2026-12-07",
    "error.date.unreadable": "\"{text}\" is not a date; write it as YYYY-MM-DD, e.g. 2026-12-07",
    "error.calendar.weeks": "plan 1 to {maximum} weeks, not {weeks}",
    "error.calendar.noPlatform":
      "no platform is chosen yet, so there is nothing to plan: /spaces recommend, then /spaces choose",

    "error.community.exists":
      "a community named \"{name}\" is already on the map; /community show \"{name}\" shows it",
    "error.community.size":
      "size is an approximate number of members, such as 1200 (not \"{value}\")",
    "error.community.people":
      "people are names with their handles, comma-separated: \"Anna @anna, Paul @paul\"",
    "error.community.unknown.none":
      "no community named \"{name}\"; the map holds: none yet (/community add NAME --platform P --type T)",
    "error.community.unknown": "no community named \"{name}\"; the map holds: {names}",
    "error.community.name":
      "a community name is a few words on one line, e.g. \"Lyon food lovers\"",
    "error.community.text.empty": "say what {field} is, in a sentence",
    "error.community.text.tooLong": "keep {field} under {maximum} characters",
    "error.engage.owner": "an owner is a name or a role, e.g. \"Anna (community manager)\"",
    "error.engage.noPlan": "there is no engagement plan yet: /engage plan builds one",
    "error.engage.noAction": "the plan has no {kind} action for \"{name}\"; /engage shows the plan",
    "error.engage.noCommunity":
      "the community map is empty: /community add NAME --platform P --type T first (/community suggests some)",

    "error.crisis.riskName":
      "a risk is named in a few words on one line, e.g. \"food poisoning reported\"",
    "error.crisis.scale": "likelihood and impact go from 1 (low) to 5 (high)",
    "error.crisis.riskExists": "\"{name}\" is already in the register; /crisis risks lists it",
    "error.crisis.statement.over": " ({length}/{limit} {unit}, {over} over)",
    "error.crisis.statement.tooLong":
      "the statement does not fit {platform}{over}; shorten it — a holding statement must go out as it is",
    "error.crisis.role":
      "give a role and a name, e.g. spokesperson \"Anna Martin\" \"+33 6 12 34 56 78\"",
    "error.crisis.unknownRisk.none":
      "no risk named \"{name}\"; the register holds: none yet (/crisis risk add NAME --type T)",
    "error.crisis.unknownRisk": "no risk named \"{name}\"; the register holds: {names}",
    "error.triage.trueRumor":
      "a true report is not a rumor: pick the type it describes (for example misdeed or technical-accident), or say the information is false or truncated",
    "error.triage.falseInjury":
      "if the information is false, there is no {type} with injuries: check the type or the veracity (a false report is a rumor; real injuries make the information true or truncated)",
    "error.triage.negativeReach":
      "reach is a number of people and cannot be negative ({reach}); give 0 or more, or leave it out",
    "error.triage.negativeVelocity":
      "velocity is a number of mentions per hour and cannot be negative ({velocity}); give 0 or more, or leave it out",

    "error.metrics.none": "no metrics to record: give at least one week",
    "error.metrics.platform": "unknown platform \"{platform}\"; use one of the ids {platforms}",
    "error.metrics.count":
      "{column} must be a whole number ≥ 0, not \"{text}\"; write it in digits, e.g. 1250 or \"1,250\"",
    "error.week.year": "{year} is not a usable year; write the week as YYYY-Www, e.g. 2026-W05",
    "error.week.none":
      "{year} has no week {week}; ISO year {year} has weeks 1 to {last}, e.g. {year}-W05",
    "error.week.unreadable": "\"{text}\" is not an ISO week; write it as YYYY-Www, e.g. 2026-W05",
    "error.csv.header":
      "the header must name the columns {columns}, separated by commas (semicolons or tabs also work); row 1 reads \"{line}\". Nothing was imported.",
    "error.csv.unclosedQuote":
      "row {row}: a quoted field is never closed; add the closing \" (write \"\" for a quote inside quotes). Nothing was imported.",
    "error.csv.empty": "the file is empty; its first row must name the columns {columns}",
    "error.csv.repeatedColumn":
      "row 1: the column {name} appears {count} times (columns {positions}); keep one. Nothing was imported.",
    "error.csv.and": "{a} and {b}",
    "error.csv.missingColumns":
      "row 1: the header lacks the {count|column|columns} {missing}; add {count|it|them} (the columns needed are {columns}). Nothing was imported.",
    "error.csv.column": ", column {column}",
    "error.csv.shortRow":
      "row {row}{column}: the row has {fields} fields but the header has {header}; fill in the missing values. Nothing was imported.",
    "error.csv.longRow":
      "row {row}{column}: the row has {fields} fields but the header has {header}; a number with a thousands separator must be in quotes, like \"12,000\". Nothing was imported.",
    "error.csv.field": "row {row}, column {column}: {problem}. Nothing was imported.",
    "error.csv.controlCharacter":
      "row {row}, column {column}: the cell holds the control character {name}; remove it from the file and import again. Nothing was imported.",
    "error.csv.duplicate":
      "rows {first} and {row} both give {platform} {week}; keep one of them. Nothing was imported.",
  ]
}
