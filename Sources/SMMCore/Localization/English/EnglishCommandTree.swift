extension EnglishCatalog {
  /// The command tree: subcommand abstracts, the subcommand list of `/help GROUP`, and the errors
  /// of words and options a leaf does not take.
  static let commandTree: KeyValuePairs<String, String> = [
    "help.subcommands": "Subcommands (/help {command} NAME for details):",
    "usage.commandTree.needsSubcommand": "/{command} needs one of: {actions}",
    "error.commandTree.noOptions":
      "/{command} takes no options, so {flag} is not one{hint}; see /help {command}",
    "error.commandTree.unknownOption":
      "/{command} has no option {flag}{hint}; it takes {options} (see /help {command})",
    "help.crisis.risk.abstract": "Add a risk to the register, or remove one",
    "help.crisis.risk.add.abstract": "Add a risk with its SCCT type, likelihood and impact",
    "help.crisis.risk.remove.abstract": "Remove a risk from the register",
    "help.crisis.risks.abstract": "List the risks, riskiest first, with suggested ones",
    "help.crisis.triage.abstract":
      "Triage a crisis (SCCT): cluster, strategy, escalation and first actions",
    "help.crisis.playbook.abstract": "Show a risk's playbook and holding statements",
    "help.crisis.statement.abstract": "Write a risk's holding statement for one channel",
    "help.crisis.team.abstract": "Show the crisis team, or name who holds a role",
    "help.crisis.drill.abstract": "Run a timed crisis drill on a risk",
    "help.content.pillars.abstract": "List the content pillars, or add or remove one",
    "help.content.pillars.add.abstract": "Add a pillar: a theme the brand returns to",
    "help.content.pillars.remove.abstract": "Remove a pillar",
    "help.content.tone.abstract": "Show the tone per platform, or set one platform's tone",
    "help.content.message.abstract": "Add a core message, or change its tag",
    "help.content.message.add.abstract":
      "Add a core message, tagged (guessed when --tag is left out)",
    "help.content.message.tag.abstract": "Change a message's tag",
    "help.content.messages.abstract": "List the core messages with their tags and variants",
    "help.content.mix.abstract": "Show the content mix against its rule, or choose the rule",
    "help.content.adapt.abstract": "Adapt a message to each platform (the chosen ones by default)",
    "help.content.edit.abstract": "Rewrite a message's variant for one platform by hand",
    "help.content.check.abstract": "Check every variant against its platform's limits",
    "help.spaces.recommend.abstract": "Rank every platform for the brand, with a proposed choice",
    "help.spaces.why.abstract": "Explain one platform's score, criterion by criterion",
    "help.spaces.choose.abstract": "Choose the platforms the brand builds its profiles on",
    "help.spaces.drop.abstract": "Drop a chosen platform",
    "help.community.add.abstract": "Put a community on the map, with its platform and type",
    "help.community.show.abstract": "Show one community in full",
    "help.community.set.abstract": "Set a field of a community: size, needs, gives, gets or people",
    "help.community.remove.abstract": "Take a community off the map",
    "help.profile.check.abstract":
      "Check every chosen platform's profile: completeness and one identity",
    "help.engage.plan.abstract": "Build the engagement plan from the community map",
    "help.engage.balance.abstract":
      "Check what the brand gives its communities against what it asks",
    "help.engage.owner.abstract": "Name who carries one kind of action for a community",
  ]
}
