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
    "help.content.pillars.abstract": "Lister les piliers éditoriaux, ou en ajouter ou retirer un",
    "help.content.pillars.add.abstract": "Ajouter un pilier : un thème auquel la marque revient",
    "help.content.pillars.remove.abstract": "Retirer un pilier",
    "help.content.tone.abstract": "Afficher le ton par plateforme, ou fixer celui d'une plateforme",
    "help.content.message.abstract": "Ajouter un message clé, ou changer son étiquette",
    "help.content.message.add.abstract": "Ajouter un message clé, étiqueté (deviné sans --tag)",
    "help.content.message.tag.abstract": "Changer l'étiquette d'un message",
    "help.content.messages.abstract":
      "Lister les messages clés avec leurs étiquettes et déclinaisons",
    "help.content.mix.abstract": "Afficher le mix de contenus face à sa règle, ou choisir la règle",
    "help.content.adapt.abstract":
      "Décliner un message pour chaque plateforme (les choisies par défaut)",
    "help.content.edit.abstract":
      "Réécrire à la main la déclinaison d'un message pour une plateforme",
    "help.content.check.abstract": "Vérifier chaque déclinaison face aux limites de sa plateforme",
    "help.spaces.recommend.abstract":
      "Classer chaque plateforme pour la marque, avec un choix proposé",
    "help.spaces.why.abstract": "Expliquer le score d'une plateforme, critère par critère",
    "help.spaces.choose.abstract": "Choisir les plateformes où la marque construit ses profils",
    "help.spaces.drop.abstract": "Retirer une plateforme choisie",
    "help.community.add.abstract":
      "Ajouter une communauté à la carte, avec sa plateforme et son type",
    "help.community.show.abstract": "Afficher une communauté en détail",
    "help.community.set.abstract":
      "Renseigner un champ d'une communauté : size, needs, gives, gets ou people",
    "help.community.remove.abstract": "Retirer une communauté de la carte",
    "help.profile.check.abstract":
      "Vérifier le profil de chaque plateforme choisie : complétude et identité commune",
    "help.engage.plan.abstract":
      "Construire le plan d'engagement à partir de la carte des communautés",
    "help.engage.balance.abstract":
      "Comparer ce que la marque apporte à ses communautés et ce qu'elle leur demande",
    "help.engage.owner.abstract": "Nommer qui porte un type d'action pour une communauté",
  ]
}
