extension EnglishCatalog {
  /// Usage errors: a command used the wrong way, and how to write it.
  static let usage: KeyValuePairs<String, String> = [
    "usage.export.format": "/export takes a format: html, md, json, ics, csv or script",
    "usage.export.section": "--section goes with html or md",
    "usage.seeHelp": "{message} (/help {command})",
    "usage.noAction": "/{command} has no action \"{action}\"; the actions are {actions}",
    "usage.noAction.suggest":
      "/{command} has no action \"{action}\" — did you mean {name}? The actions are {actions}",
    "usage.noPart": "/{command} has no part \"{action}\"; the parts are {actions}",
    "usage.noPart.suggest":
      "/{command} has no part \"{action}\" — did you mean {name}? The parts are {actions}",
    "usage.flag.needsValue": "{flag} needs a value",
    "usage.flag.needsValue.among": "{flag} needs a value: {values}",
    "usage.flag.value": "{flag} takes {values}, not \"{value}\"{hint}",
    "usage.wholeNumber": "{option} takes a whole number ≥ 0, not \"{text}\"",

    "usage.brand.set": "/brand set needs a field and a value, e.g. /brand set market b2c",
    "usage.brand.value": "/brand set {field} needs a value, e.g. /brand set {field} {example}",
    "usage.profile.set":
      "/profile {platform} set takes a field and its text, e.g. /profile {platform} set bio \"…\"",
    "usage.spaces.recommend": "/spaces recommend takes nothing after it",
    "usage.spaces.why": "/spaces why takes one platform, e.g. /spaces why instagram",
    "usage.spaces.choose":
      "/spaces choose takes one or more platforms, e.g. /spaces choose instagram facebook",
    "usage.spaces.drop": "/spaces drop takes one platform, e.g. /spaces drop facebook",

    "usage.content.pillars":
      "/content pillars takes add THEME or remove THEME, e.g. /content pillars add \"bread know-how\"",
    "usage.content.tone":
      "/content tone takes a platform and a tone, e.g. /content tone linkedin \"expert, warm\"",
    "usage.content.tag":
      "/content message tag takes a message number and a tag (brand, educational, curated, conversation), e.g. /content message tag 2 educational",
    "usage.content.message":
      "/content message takes add TEXT or tag ID TAG, e.g. /content message add \"We bake every morning at 5\"",
    "usage.content.messages": "/content messages takes nothing after it",
    "usage.content.check": "/content check takes nothing after it",
    "usage.content.adapt":
      "/content adapt takes a message number and optionally platforms, e.g. /content adapt 2 linkedin x",
    "usage.content.edit":
      "/content edit takes a message number, a platform and the new text, e.g. /content edit 2 x \"New text\"",
    "usage.content.mix": "/content mix takes a rule: {rules}",
    "usage.calendar.plan": "/calendar plan takes a number of weeks, e.g. /calendar plan 4",

    "usage.community.add":
      "/community add takes a name, --platform and --type, e.g. /community add \"Lyon food lovers\" --platform instagram --type place",
    "usage.community.platform": "a community needs --platform P: where does \"{name}\" gather?",
    "usage.community.type": "a community needs --type T: one of {types}",
    "usage.community.show": "/community show takes a community's name",
    "usage.community.remove": "/community remove takes a community's name",
    "usage.community.set":
      "/community set takes a name, a field ({fields}) and a value, e.g. /community set \"Lyon food lovers\" size 1200",
    "usage.community.field":
      "\"{field}\" is not a community field; the fields are {fields} (quote a name with spaces)",
    "usage.community.field.suggest":
      "\"{field}\" is not a community field — did you mean {name}?; the fields are {fields} (quote a name with spaces)",
    "usage.engage.plan": "/engage plan takes nothing after it",
    "usage.engage.balance": "/engage balance takes nothing after it",
    "usage.engage.owner":
      "/engage owner takes a community, a kind (create, share, spread) and a name, e.g. /engage owner \"Lyon food lovers\" spread Anna",
    "usage.engage.actions": "plan, balance and owner",
    "usage.reply.actions": "targets and triage",
    "usage.metrics.add": "/metrics add takes one platform and the five options",
    "usage.metrics.missing": "/metrics add needs {options}",
    "usage.metrics.import": "/metrics import takes one CSV file",
    "usage.metrics.load": "/metrics load takes the CSV rows",
    "usage.metrics.actions": "add and import",

    "usage.crisis.riskAdd": "/crisis risk add takes a name and --type T",
    "usage.crisis.type": "a risk needs --type T: {types}",
    "usage.crisis.riskRemove": "/crisis risk remove takes a risk's name",
    "usage.crisis.risk": "/crisis risk takes add NAME --type T, or remove NAME",
    "usage.crisis.drill": "/crisis drill takes a risk's name",
    "usage.crisis.playbook": "/crisis playbook takes a risk's name",
    "usage.crisis.statement":
      "/crisis statement takes a risk, a platform and the text, e.g. /crisis statement \"food poisoning reported\" x \"…\"",
    "usage.crisis.team":
      "/crisis team takes a role, a name and a contact, e.g. /crisis team spokesperson \"Anna Martin\" \"+33 6 12 34 56 78\"",
    "usage.crisis.triageValue": "/crisis triage: a value is not one the option takes",
    "usage.export.noCalendar":
      "{brand} has no calendar yet; plan one with /calendar plan WEEKS first",
  ]
}
