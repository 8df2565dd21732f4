extension FrenchCatalog {
  /// Ce que dit le domaine sur les communautés et les statistiques : ce qui soude chaque type
  /// de communauté, les communautés suggérées et pourquoi, les actions et remarques du plan
  /// d'animation, les constats d'équilibre, les formules et niveaux du taux d'engagement.
  static let communityNotes: KeyValuePairs<String, String> = [
    "metrics.warning.reachAboveImpressions":
      "{platform} {week} : la portée ({reach}) dépasse les impressions ({impressions}) ; vérifiez que les deux chiffres viennent du même rapport et de la même semaine",
    "metrics.warning.row": "ligne {row} : {warning}",
    "communityType.interest": "une passion ou un sujet en commun",
    "communityType.action": "un changement que ses membres veulent faire advenir",
    "communityType.place": "un lieu en commun : une ville, un quartier",
    "communityType.practice": "un métier ou une pratique en commun",
    "communityType.circumstance": "une même situation de vie",
    "community.missing.gives": "gives (ce que la marque lui apporte)",
    "community.missing.gets": "gets (ce qu'elle apporte en retour à la marque)",

    "suggest.yourField": "de votre secteur",
    "suggest.enthusiasts": "passionnés {sector}",
    "suggest.neighbours": "voisins et groupes locaux",
    "suggest.professionals": "professionnels {sector}",
    "suggest.candidates": "candidats et anciens collaborateurs",
    "suggest.impact": "personnes attentives à l'impact {sector}",
    "suggest.parents": "jeunes parents",
    "suggest.abroad": "locuteurs {languages} à l'étranger",
    "suggest.why.enthusiasts":
      "des gens qui aiment ce que fait la marque : la première communauté habituelle",
    "suggest.why.neighbours":
      "les clients d'une marque locale habitent à côté : c'est dans les groupes locaux qu'ils échangent",
    "suggest.why.professionals": "B2B : les gens qui font le métier que la marque sert",
    "suggest.why.candidates":
      "le recrutement est un objectif : les futurs collègues se retrouvent autour du métier",
    "suggest.why.impact":
      "objectifs de réputation et de communauté : des gens qui veulent que le secteur progresse",
    "suggest.why.parents":
      "l'audience a entre 25 et 44 ans : beaucoup vivent la même étape de vie",
    "suggest.why.abroad": "plusieurs langues : groupes d'expatriés et diasporas",

    "plan.field": "le domaine de la marque",
    "plan.member": "un membre",
    "plan.create": "Publier pour la communauté {name} sur {platform}, sur le thème : {topic}",
    "plan.share":
      "Relayer une publication utile de la communauté {name} ou d'un partenaire, en disant pourquoi",
    "plan.spread":
      "Porter la voix de la communauté {name} : repartager, citer ou remercier {member}",
    "plan.noTime":
      "Les plateformes retenues prennent déjà les {hours} h par semaine de la marque : chaque action passe à une fois par mois, le minimum pour qu'une communauté reste vivante",
    "plan.cut":
      "{hours} h par semaine {hours|reste disponible|restent disponibles} après les plateformes : fréquences réduites en conséquence (au moins une fois par mois)",
    "plan.unmapped":
      "Pas encore cartographiées (ce qu'elles reçoivent et apportent) : {names} ; pour elles, le plan est une première estimation",

    "balance.selfCentred":
      "La marque parle surtout d'elle-même : {share} % de ses messages la concernent, la règle {rule} en autorise {allowed} %",
    "balance.talking":
      "Dans les communautés, la marque crée {created} fois par mois et relaie ou diffuse {passedOn} fois : elle parle plus qu'elle n'écoute",
    "balance.getNothing": "Ne reçoivent rien de la marque : {names} (aucune action prévue)",
    "balance.giveNothing":
      "N'apportent rien de connu en retour : {names} (le champ gets est vide)",
    "balance.none":
      "Aucune communauté n'est encore cartographiée : la marque ne peut que parler, pas échanger",
    "balance.change.notBrand": "ajouter des messages qui ne parlent pas de la marque",
    "balance.change.listen":
      "relayer et diffuser les publications des communautés au moins aussi souvent que la marque crée les siennes",
    "balance.change.plan": "prévoir des actions pour {name} (/engage plan)",
    "balance.change.gets":
      "dire ce que {name} apporte à la marque (/community set \"{name}\" gets …), ou consacrer ce temps à autre chose",
    "balance.change.map": "cartographier une première communauté (/community en suggère)",

    "metrics.formula.reach":
      "ERR (taux d'engagement par portée) = engagements / portée × 100",
    "metrics.formula.followers": "ER par abonnés = engagements / abonnés × 100",
    "metrics.formula.impressions": "ER par impressions = engagements / impressions × 100",
    "metrics.formula.daily":
      "ER quotidien moyen = engagements sur X jours / (X × abonnés) × 100",
    "metrics.band.low": "faible",
    "metrics.band.average": "moyen",
    "metrics.band.high": "élevé",
    "metrics.band.veryHigh": "très élevé",
    "metrics.band.source":
      "repères empiriques tirés d'articles marketing tiers (3P, stockingisthenewplanking) ; aucune source de référence",
  ]
}
