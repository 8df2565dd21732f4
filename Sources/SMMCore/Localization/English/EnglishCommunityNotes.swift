extension EnglishCatalog {
  /// What the domain says about communities and metrics: what holds a kind of community
  /// together, suggested communities and why, the engagement plan's actions and notes, the
  /// balance findings, the engagement-rate formulas and bands.
  static let communityNotes: KeyValuePairs<String, String> = [
    "metrics.warning.reachAboveImpressions":
      "{platform} {week}: reach ({reach}) is above impressions ({impressions}); check both figures come from the same report and the same week",
    "metrics.warning.row": "row {row}: {warning}",
    "communityType.interest": "a shared passion or topic",
    "communityType.action": "a change its members want to bring about",
    "communityType.place": "a shared place: a town, a neighbourhood",
    "communityType.practice": "a shared job or practice",
    "communityType.circumstance": "a shared situation in life",
    "community.missing.gives": "gives (what the brand brings it)",
    "community.missing.gets": "gets (what it brings the brand back)",

    "suggest.yourField": "your field",
    "suggest.enthusiasts": "{sector} enthusiasts",
    "suggest.neighbours": "neighbours and local groups",
    "suggest.professionals": "{sector} professionals",
    "suggest.candidates": "candidates and alumni",
    "suggest.impact": "people who care about {sector}'s impact",
    "suggest.parents": "young parents",
    "suggest.abroad": "{languages} speakers abroad",
    "suggest.why.enthusiasts": "people who love what the brand does: the usual first community",
    "suggest.why.neighbours":
      "a local brand's customers live nearby: local groups are where they talk",
    "suggest.why.professionals": "B2B: the people who do the job the brand serves",
    "suggest.why.candidates":
      "recruitment is a goal: future colleagues gather around the trade",
    "suggest.why.impact":
      "reputation and community goals: people who want the field to do better",
    "suggest.why.parents": "the audience is 25–44: many share the same stage of life",
    "suggest.why.abroad": "several languages: expatriate and diaspora groups",

    "plan.field": "the brand's field",
    "plan.member": "a member",
    "plan.create": "Post for {name} on {platform} about {topic}",
    "plan.share": "Share a useful post from {name} or a partner, with a word on why",
    "plan.spread": "Carry the voice of {name}: repost, quote or thank {member}",
    "plan.noTime":
      "The chosen platforms already take the brand's {hours} h a week: every action is set to once a month, the least that keeps a community alive",
    "plan.cut":
      "{hours} h a week {hours|is|are} left after the platforms: frequencies cut to fit (at least once a month)",
    "plan.unmapped":
      "Not yet mapped (what it gives and gets): {names}; the plan for them is a first guess",

    "balance.selfCentred":
      "The brand talks mostly about itself: {share}% of its messages are about the brand, {rule} allows {allowed}%",
    "balance.talking":
      "In the communities, the brand creates {created} times a month and shares or spreads {passedOn}: more talking than listening",
    "balance.getNothing": "Get nothing from the brand: {names} (no action planned)",
    "balance.giveNothing": "Give nothing back that is known: {names} (gets is empty)",
    "balance.none": "No community is mapped yet: the brand can only talk, not exchange",
    "balance.change.notBrand": "add messages that are not about the brand",
    "balance.change.listen":
      "share and spread the communities' own posts at least as often as the brand creates its own",
    "balance.change.plan": "plan actions for {name} (/engage plan)",
    "balance.change.gets":
      "say what {name} brings the brand (/community set \"{name}\" gets …), or spend the time elsewhere",
    "balance.change.map": "map a first community (/community suggests some)",

    "metrics.formula.reach": "ERR (engagement rate by reach) = engagements / reach × 100",
    "metrics.formula.followers": "ER by followers = engagements / followers × 100",
    "metrics.formula.impressions": "ER by impressions = engagements / impressions × 100",
    "metrics.formula.daily": "average daily ER = engagements over X days / (X × followers) × 100",
    "metrics.band.low": "low",
    "metrics.band.average": "average",
    "metrics.band.high": "high",
    "metrics.band.veryHigh": "very high",
    "metrics.band.source":
      "rules of thumb from third-party marketing posts (3P, stockingisthenewplanking); no authoritative source",
  ]
}
