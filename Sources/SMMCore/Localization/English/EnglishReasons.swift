extension EnglishCatalog {
  /// What the domain explains: why a platform scores what it does, why the proposal has its
  /// size, what breaks the brand's identity across profiles.
  static let reasons: KeyValuePairs<String, String> = [
    "goal.awareness": "awareness",
    "goal.traffic": "traffic",
    "goal.leads": "leads",
    "goal.sales": "sales",
    "goal.recruitment": "recruitment",
    "goal.customer-care": "customer-care",
    "goal.community": "community",
    "goal.reputation": "reputation",
    "format.text": "text",
    "format.image": "image",
    "format.short-video": "short-video",
    "format.long-video": "long-video",
    "format.long-form": "long-form",
    "format.live": "live",
    "format.audio": "audio",
    "domain.verbatim": "{text}",
    "domain.list": "{a}, {b}",
    "domain.or": "{a} or {b}",

    "score.penalty":
      "{platform} needs {formats}, which the brand does not produce: score × {factor}",
    "score.audience.none":
      "No survey measures {platform}'s audience: counted as modest (0.3) — smm model",
    "score.audience.overall": "{statement} — {source} (ages not set: overall use)",
    "score.audience.figure": "{statement} — {source}",
    "score.market.unset": "Market not set (/brand set market b2c|b2b|both): counted neutral",
    "score.market.both": "B2B and B2C",
    "score.market.strength": "{market} strength {strength}/3 on {platform}",
    "score.market.strengthWhy": "{market} strength {strength}/3 on {platform}: {reason} — {source}",
    "score.goals.unset": "Goals not set: counted neutral",
    "score.goals.serves": "Serves {goal}: {reason} — {source}",
    "score.goals.missed": "Not a strength for {goals} ({served} of {count} goals served)",
    "score.formats.unset": "Formats not set: counted neutral",
    "score.formats.none": "{platform} rewards {top}; the brand produces none of them",
    "score.formats.some": "{platform} rewards {top}; the brand produces {can}",
    "score.reach.unset": "Reach not set: counted neutral",
    "score.reach.strong": "Strong for {brands}: {reason} — {source}",
    "score.reach.weak": "Not known as strong for {brands}",
    "score.brands.local": "local brands",
    "score.brands.national": "national brands",
    "score.brands.international": "international brands",

    "proposal.unknownHours":
      "Hours per week are not known (/brand set hours N): the proposal is the {count} best platforms scoring {minimum} or more.",
    "proposal.tooLittle":
      "Even one profile needs more than the brand's {hours} h a week ({platform}: {needed} h): start with it alone and run it well, or find more time.",
    "proposal.one":
      "With {hours} h a week, one profile run well beats several run badly: {names}, {needed} h.",
    "proposal.several": "{names}: {needed} h a week of the brand's {hours}.",
    "proposal.passedOver":
      "{explanation} {platform} scores {score} but needs {needed} h a week, more than is left; with more time, it comes first.",

    "identity.named": "{platform} \"{name}\"",
    "identity.names":
      "Display names differ: {list} — use one name everywhere so people recognise the brand",
    "identity.handles":
      "Handles do not match: {list} — take the same handle on every platform where it is free",
    "identity.bios": "Bios that do not carry the core message ({words}): {platforms}",
  ]
}
