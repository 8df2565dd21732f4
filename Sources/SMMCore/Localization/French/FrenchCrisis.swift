extension FrenchCatalog {
  /// Ce qu'affiche la commande de l'étape 4 : /crisis risks, triage, playbook, team, statement,
  /// drill.
  static let crisis: KeyValuePairs<String, String> = [
    "crisis.triage.result": "Catégorie : {cluster} ({type}). Stratégie : {strategy}.",
    "crisis.triage.resultBolstering":
      "Catégorie : {cluster} ({type}). Stratégie : {strategy}, avec renforcement.",
    "crisis.triage.guideline": "Principe : {guideline}",
    "crisis.triage.level": "Niveau d'escalade {level} sur 4 — {who}",
    "crisis.triage.within": "Première réponse publiée sous {minutes} minutes.",
    "crisis.triage.actions": "Premières actions :",
    "crisis.triage.playbooks": "Plans de crise prêts : {names} (/crisis playbook NOM).",
    "crisis.triage.intro":
      "Qualification de la crise — quelques questions (ou donnez les réponses en options : /help crisis).",
    "crisis.triage.dropped":
      "note : la qualification de la crise est restée inachevée ; /crisis triage la reprend depuis le début",
    "crisis.triage.notAnAnswer": "Ce n'est pas l'une des réponses possibles.",
    "crisis.question.type":
      "De quel type de crise s'agit-il ? natural-disaster, rumor, workplace-violence, tampering, challenge, technical-accident, technical-product-harm, human-error-accident, human-error-product-harm, misdeed, management-misconduct, misdeed-injuries",
    "crisis.question.veracity":
      "L'information est-elle vraie, fausse ou tronquée (vraie mais sortie de son contexte) ?",
    "crisis.question.history": "La marque a-t-elle déjà connu une crise similaire ? oui ou non",
    "crisis.question.reputation":
      "Quelle était la réputation de la marque avant cela : bonne, neutre ou mauvaise ?",
    "crisis.question.harm": "Quel préjudice : aucun, financier ou blessure ?",

    "crisis.drill.intro":
      "Exercice : {name} (graine {seed}). Temps accéléré : chaque décision coûte des minutes simulées.",
    "crisis.drill.tick": "T+{minutes} min — {mentions} mentions par heure.",
    "crisis.drill.howToTriage":
      "Qualifiez la crise en une ligne : type véracité antécédents réputation préjudice (par ex. rumor false no good none).",
    "crisis.drill.q.triage": "Votre qualification ?",
    "crisis.drill.q.strategy":
      "Votre stratégie : inform, deny, diminish ou rebuild (ajoutez + pour le renforcement) ?",
    "crisis.drill.q.publish":
      "Publier les déclarations d'attente maintenant ? publish, ou wait",
    "crisis.drill.dropped":
      "note : l'exercice a été interrompu avant la fin ; ce qui s'est passé jusqu'ici est enregistré",
    "crisis.drill.again.triage":
      "Donnez cinq mots : type véracité antécédents réputation préjudice, par ex. rumor false no good none.",
    "crisis.drill.again.strategy":
      "Répondez inform, deny, diminish ou rebuild (avec + pour le renforcement).",
    "crisis.drill.again.publish": "Répondez publish ou wait.",
    "crisis.debrief.title": "Débriefing de l'exercice {name} (graine {seed}) : {score}/100.",
    "crisis.debrief.response": "première réponse : {time} (objectif {target} min)",
    "crisis.debrief.noResponse": "aucune",
    "crisis.debrief.fit":
      "qualification : {triage}/5 réponses justes ; stratégie : la bonne ({strategy})",
    "crisis.debrief.misfit":
      "qualification : {triage}/5 réponses justes ; stratégie : pas celle que la recherche préconise ({strategy})",
    "crisis.debrief.statements":
      "déclarations d'attente dans leurs limites : {valid} sur {channels|# canal|# canaux}",
    "crisis.debrief.nothing": "Rien à corriger dans le plan de crise.",
    "crisis.debrief.fixes": "À corriger dans le plan de crise :",

    "crisis.risks.none": "Le registre des risques de la marque {name} est vide.",
    "crisis.risks.title": "Risques de la marque {name}, par probabilité × impact :",
    "crisis.risks.channels": " ; éclate d'abord sur {channels}",
    "crisis.risks.score": "probabilité {likelihood} × impact {impact}",
    "crisis.risks.suggested": "Suggestions tirées du secteur (ajustez, puis ajoutez) :",
    "crisis.team.toName": "à désigner",
    "crisis.cluster.victim": "victime",
    "crisis.cluster.accidental": "accidentelle",
    "crisis.cluster.preventable": "évitable",
    "crisis.team.title": "Cellule de crise de la marque {name} (/crisis team RÔLE NOM CONTACT) :",
    "crisis.playbook.title":
      "Plan de crise : {name} — {type}, catégorie {cluster}, risque {score}/25.",
    "crisis.playbook.team": "Cellule :",
    "crisis.playbook.escalation": "Escalade :",
    "crisis.playbook.firstHour": "Première heure :",
    "crisis.playbook.statements":
      "Déclarations d'attente (complétez les [crochets] ; ni spéculation, ni mise en cause) :",
    "crisis.playbook.noChannel":
      "Aucun canal pour l'instant : choisissez les plateformes (/spaces choose) ou donnez --channels au risque.",
    "crisis.playbook.invalid": "NON valide",
    "crisis.playbook.edited": "rédigée à la main",
    "crisis.playbook.darkSite": "Page du site dormant (dark site) :",
    "crisis.playbook.internal": "Message interne :",
  ]
}
