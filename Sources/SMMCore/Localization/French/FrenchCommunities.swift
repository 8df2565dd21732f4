extension FrenchCatalog {
  /// Ce qu'affichent les commandes de l'étape 3 : /community, /engage, /reply, /metrics.
  static let communities: KeyValuePairs<String, String> = [
    "community.removed": "{name} retirée de la cartographie ; /undo la rétablit.",
    "community.notChosen":
      "note : {platform} ne fait pas partie des plateformes retenues ; pour toucher cette communauté, il faut y être présent (/spaces choose {platform})",
    "community.show.title": "{name} — communauté de type {type} ({meaning}) sur {platform} :",
    "community.show.titleMapped":
      "{name} — communauté de type {type} ({meaning}) sur {platform}, cartographiée :",
    "community.show.missing": "— manquant",
    "community.show.members": "environ {count} membres",
    "community.show.toMap": "Pour la cartographier : {missing}.",
    "community.list.none":
      "Aucune communauté sur la cartographie de la marque {name} pour l'instant.",
    "community.list.title":
      "Cartographie des communautés de la marque {name} : {count|# communauté|# communautés}, {mapped|# cartographiée|# cartographiées}.",
    "community.list.mapped": "cartographiée",
    "community.list.missing": "il manque {fields}",
    "community.list.suggested":
      "Suggestions tirées du profil de la marque (ajustez le nom, puis ajoutez-la) :",

    "engage.none":
      "Pas encore de plan d'animation : /engage plan en construit un à partir de la cartographie des communautés.",
    "engage.title": "Plan d'animation de la marque {name} :",
    "engage.action": "{kind}, {perMonth} fois par mois, {minutes} min, {owner} : {what}",
    "engage.time": "Temps : {hours} h par semaine pour les communautés",
    "engage.time.platforms": "{hours} h pour les plateformes",
    "engage.time.available": " ; {total} h sur {hours} h disponibles",
    "engage.time.over": "dépassement de {hours} h",
    "engage.balanced":
      "Équilibré : la marque échange avec ses communautés au lieu de parler d'elle-même.",
    "engage.balance.title": "Équilibre de la marque {name} :",
    "engage.balance.change": "Le changement le plus utile : {change}.",

    "reply.triage.troll":
      "L'auteur cherche-t-il délibérément à provoquer ou à se moquer (un troll) ? oui ou non",
    "reply.triage.facts": "Le message se trompe-t-il sur les faits ? oui ou non",
    "reply.triage.experience":
      "L'auteur a-t-il eu une mauvaise expérience avec {name} ? oui ou non",
    "reply.triage.rant": "S'agit-il surtout d'un coup de colère ? oui ou non",
    "reply.triage.intro": "Qualification d'un message négatif sur {platform} — quatre questions.",
    "reply.triage.dropped":
      "note : la qualification est restée inachevée ; /reply triage la reprend depuis le début",
    "reply.triage.yesNo": "Répondez par oui ou par non.",
    "reply.triage.notNegative":
      "D'après ces réponses, ce n'est pas un message négatif : répondez-y comme à tout autre message (/reply targets).",
    "reply.verdict.troll": "C'est un troll.",
    "reply.verdict.rager": "C'est un coup de colère.",
    "reply.verdict.misguided": "C'est un message mal informé (faits erronés).",
    "reply.verdict.unhappy": "C'est un client mécontent.",
    "reply.verdict.first": "Une première réponse pour {platform} ({length} {unit}) :",
    "reply.verdict.brackets": "Complétez les [crochets] avant de publier.",
    "reply.verdict.within": "Répondez sous {time} : {basis}.",
    "reply.verdict.crisis":
      "Cela devient une crise (étape 4) quand les mentions atteignent 3 fois leur volume horaire habituel, qu'environ 10 000 personnes l'ont vu, ou que l'accusation est fondée et que quelqu'un a subi un préjudice.",
    "reply.targets.title": "Délai de réponse, par type de message :",
    "reply.targets.within": "sous",
    "reply.targets.perPlatform": "Par plateforme :",
    "reply.targets.same":
      "Les délais sont les mêmes sur toutes les plateformes : les enquêtes mesurent ce que le public attend d'une marque, pas d'un réseau en particulier. Les horaires de bureau n'arrêtent pas l'horloge sur les réseaux sociaux.",

    "metrics.recorded": "Statistiques enregistrées : {count|# semaine|# semaines}.",
    "metrics.recordedReplacing":
      "Statistiques enregistrées : {count|# semaine|# semaines} (dont {replaced} en remplacement de données déjà saisies).",
    "metrics.warning": "attention : {warning}",
    "metrics.none":
      "Aucune statistique pour l'instant : /metrics add PLATEFORME --week AAAA-Wss … ou /metrics import FICHIER.csv.",
    "metrics.title":
      "Engagement de la marque {name} (taux en % ; tendance de l'ERR en points par rapport à la semaine précédente) :",
    "metrics.header.platform": "réseau",
    "metrics.header.week": "semaine",
    "metrics.header.followers": "abonnés",
    "metrics.header.reach": "portée",
    "metrics.header.impressions": "impr.",
    "metrics.header.engagements": "eng.",
    "metrics.header.err": "ERR",
    "metrics.header.byFollowers": "par abo.",
    "metrics.header.byImpressions": "par imp.",
    "metrics.header.trend": "tendance",
    "metrics.header.band": "niveau",
    "metrics.formulas": "Formules (Hootsuite ; il n'existe pas de formule standard) :",
    "metrics.bands": "Niveaux : {source}",
  ]
}
