extension FrenchCatalog {
  /// Ce qu'explique le domaine : pourquoi une plateforme obtient son score, pourquoi la
  /// proposition a sa taille, ce qui brouille l'identité de la marque d'un profil à l'autre.
  static let reasons: KeyValuePairs<String, String> = [
    "goal.awareness": "notoriété",
    "goal.traffic": "trafic",
    "goal.leads": "prospects",
    "goal.sales": "ventes",
    "goal.recruitment": "recrutement",
    "goal.customer-care": "service client",
    "goal.community": "communauté",
    "goal.reputation": "réputation",
    "format.text": "texte",
    "format.image": "image",
    "format.short-video": "vidéo courte",
    "format.long-video": "vidéo longue",
    "format.long-form": "article long",
    "format.live": "direct",
    "format.audio": "audio",
    "domain.verbatim": "{text}",
    "domain.list": "{a}, {b}",
    "domain.or": "{a} ou {b}",

    "score.penalty":
      "{platform} demande le format {formats}, que la marque ne produit pas : score × {factor}",
    "score.audience.none":
      "Aucune étude ne mesure l'audience de {platform} : comptée comme modeste (0,3) — modèle smm",
    "score.audience.overall": "{statement} — {source} (âges non renseignés : usage global)",
    "score.audience.figure": "{statement} — {source}",
    "score.market.unset":
      "Marché non renseigné (/brand set market b2c|b2b|both) : compté comme neutre",
    "score.market.both": "B2B et B2C",
    "score.market.strength": "Force en {market} sur {platform} : {strength}/3",
    "score.market.strengthWhy":
      "Force en {market} sur {platform} : {strength}/3 — {reason} — {source}",
    "score.goals.unset": "Objectifs non renseignés : comptés comme neutres",
    "score.goals.serves": "Sert l'objectif {goal} : {reason} — {source}",
    "score.goals.missed":
      "Pas un point fort pour {goals} ({served|# objectif servi|# objectifs servis} sur {count})",
    "score.formats.unset": "Formats non renseignés : comptés comme neutres",
    "score.formats.none": "{platform} favorise les formats {top} ; la marque n'en produit aucun",
    "score.formats.some": "{platform} favorise les formats {top} ; la marque produit {can}",
    "score.reach.unset": "Portée non renseignée : comptée comme neutre",
    "score.reach.strong": "Atout pour {brands} : {reason} — {source}",
    "score.reach.weak": "Pas reconnue comme un atout pour {brands}",
    "score.brands.local": "les marques locales",
    "score.brands.national": "les marques nationales",
    "score.brands.international": "les marques internationales",

    "proposal.unknownHours":
      "Le nombre d'heures par semaine n'est pas connu (/brand set hours N) : la proposition retient {count|la meilleure plateforme|les # meilleures plateformes} avec un score d'au moins {minimum}.",
    "proposal.tooLittle":
      "Même un seul profil demande plus que les {hours} h par semaine de la marque ({platform} : {needed} h) : commencez par celui-là et animez-le bien, ou dégagez plus de temps.",
    "proposal.one":
      "Avec {hours} h par semaine, mieux vaut un seul profil bien animé que plusieurs mal tenus : {names}, {needed} h.",
    "proposal.several": "{names} : {needed} h par semaine sur les {hours} de la marque.",
    "proposal.passedOver":
      "{explanation} {platform} obtient {score} mais demande {needed} h par semaine, plus qu'il n'en reste ; avec plus de temps, elle passerait en premier.",

    "identity.named": "{platform} « {name} »",
    "identity.names":
      "Les noms affichés diffèrent : {list} — gardez le même nom partout pour que l'on reconnaisse la marque",
    "identity.handles":
      "Les identifiants ne concordent pas : {list} — prenez le même identifiant sur chaque plateforme où il est libre",
    "identity.bios": "Bios qui ne portent pas le message central ({words}) : {platforms}",
  ]
}
