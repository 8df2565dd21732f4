extension FrenchCatalog {
  /// L'arbre des commandes : résumés des sous-commandes, liste des sous-commandes de
  /// `/help GROUPE`, et erreurs des mots et options qu'une feuille ne prend pas.
  static let commandTree: KeyValuePairs<String, String> = [
    "help.subcommands": "Sous-commandes (/help {command} NOM pour le détail) :",
    "usage.commandTree.needsSubcommand": "/{command} attend l'une de : {actions}",
    "error.commandTree.noOptions":
      "/{command} ne prend pas d'option, donc pas {flag}{hint} ; voir /help {command}",
    "error.commandTree.unknownOption":
      "/{command} n'a pas d'option {flag}{hint} ; elle prend {options} (voir /help {command})",
    "help.crisis.risk.abstract": "Ajouter un risque au registre, ou en retirer un",
    "help.crisis.risk.add.abstract":
      "Ajouter un risque avec son type SCCT, sa probabilité et son impact",
    "help.crisis.risk.remove.abstract": "Retirer un risque du registre",
    "help.crisis.risks.abstract":
      "Lister les risques, du plus grave au moins grave, avec des suggestions",
    "help.crisis.triage.abstract":
      "Qualifier une crise (SCCT) : groupe, stratégie, escalade et premières actions",
    "help.crisis.playbook.abstract": "Afficher le plan d'un risque et ses déclarations d'attente",
    "help.crisis.statement.abstract": "Écrire la déclaration d'attente d'un risque pour un canal",
    "help.crisis.team.abstract": "Afficher l'équipe de crise, ou nommer qui tient un rôle",
    "help.crisis.drill.abstract": "Lancer un exercice de crise chronométré sur un risque",
  ]
}
