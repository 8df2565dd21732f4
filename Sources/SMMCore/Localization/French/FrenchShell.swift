extension FrenchCatalog {
  /// Les mots du shell : accueil, conseils, assistant, /status, /next, /why, /lang.
  static let shell: KeyValuePairs<String, String> = [
    "list.separator": " ; ",
    "label.error": "erreur :",
    "welcome.first":
      "Bienvenue ! smm accompagne une marque en quatre étapes — choisir les espaces, adapter les contenus, animer les communautés, se préparer à une crise — et en tire un plan. Répondez et posez vos questions en mots simples, ou tapez des commandes (/help).",
    "welcome.noBrand":
      "Aucune marque ouverte : /use NOM en ouvre une (/brands les liste), /new NOM en crée une.",
    "welcome.reopened":
      "{name} ouverte ({count|# commande enregistrée|# commandes enregistrées}, dernière modification {time}) : étape {step}/4, {title}.",
    "welcome.changed":
      "Depuis la dernière ouverture ici, {count|# commande a été enregistrée|# commandes ont été enregistrées} ailleurs (un autre shell ou un script) :",
    "hint.run": "→ suite : {command} (oui pour la lancer, /why pour les raisons)",
    "hint.complete":
      "→ les quatre étapes sont terminées ; /export html (ou md, json) réécrit le plan",
    "hint.openBrand": "→ ouvrez une marque avec /use NOM, ou créez-en une avec /new NOM",
    "note.ahead":
      "note : vous prenez de l'avance sur la méthode (étape {step}) — {skipped}. Cela fonctionne ; le plan dira ce qui manque.",

    "assistant.nothingToConfirm":
      "Rien n'attend de oui ou de non. /next donne l'étape suivante ; /help liste les commandes.",
    "assistant.running": "» {command}",
    "assistant.confirm":
      "Je ne lance pas {command} à partir de mots : cette commande supprime quelque chose. Tapez-la vous-même si c'est bien votre intention.",
    "assistant.none": "Je n'ai pas compris « {text} ». Je peux par exemple :",
    "assistant.example.next": "vous dire quoi faire ensuite — « et maintenant ? »",
    "assistant.example.spaces": "choisir les réseaux — « quels réseaux choisir ? »",
    "assistant.example.adapt": "adapter un message — « adapte le message 2 pour LinkedIn »",
    "assistant.example.crisis":
      "qualifier une crise — « quelqu'un dit que notre pain a rendu des gens malades, c'est faux »",
    "assistant.related": "Commandes qui peuvent aider : {commands} (/help les liste toutes)",
    "assistant.needAnswer": "Il me faut votre réponse. {question}",
    "assistant.yesNo": "Répondez par oui ou par non. {question}",
    "assistant.declined": "Très bien. /next donne l'étape suivante quand vous voulez.",
    "assistant.which": "Je ne suis pas sûr de ce que vous voulez :",
    "assistant.whichHow": "Tapez son numéro, ou la commande elle-même.",
    "assistant.whichAgain": "Tapez un numéro de 1 à {count}, ou une commande.",

    "next.pending": "D'abord, la question qui attend votre réponse (/stop ou /skip pour la laisser) :",
    "next.run": "Suite : {command} — oui la lance.",
    "next.askCommand": "  (votre réponse complète {command})",
    "next.complete":
      "Les quatre étapes sont terminées et le plan est écrit. /export html, md ou json le réécrit (--force remplace le fichier) ; smm export MARQUE le fait hors du shell.",
    "why.nothing":
      "Rien n'a encore été recommandé : /next donne une recommandation, puis /why l'explique.",
    "why.title": "Pourquoi {command} :",
    "why.sources": "Sources :",
    "hints.on": "Conseils activés : une ligne après chaque commande indique la suite.",
    "hints.off": "Conseils désactivés : /next donne l'étape suivante quand vous le souhaitez.",
    "lang.current": "smm parle français. /lang en switches to English.",

    "status.brand":
      "Marque : {name} — {count|# commande enregistrée|# commandes enregistrées}, dernière modification {time}",
    "status.noBrand":
      "Aucune marque ouverte : créez-en une avec /new NOM, ou ouvrez-en une avec /use NOM.",
    "status.method": "La méthode, en quatre étapes :",
    "status.here": "← vous êtes ici",
    "status.needs": "manque :",
    "status.weak": "à améliorer :",
  ]
}
