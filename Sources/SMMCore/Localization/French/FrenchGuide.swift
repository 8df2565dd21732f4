extension FrenchCatalog {
  /// Le guide : ce que chaque étape a, ce qui lui manque, ce qui est à reprendre, ses
  /// questions et ses raisons.
  static let guide: KeyValuePairs<String, String> = [
    "guide.why.export":
      "Les quatre étapes sont terminées : le plan est le livrable. /export html l'écrit en une page imprimable ({file}), avec les sources en notes.",
    "step.spaces.title": "Choisir les espaces",
    "step.content.title": "Adapter le contenu à chaque canal",
    "step.communities.title": "Animer les communautés",
    "step.crisis.title": "Préparer la réponse de crise",
    "step.spaces.slug": "espaces",
    "step.content.slug": "contenus",
    "step.communities.slug": "communautés",
    "step.crisis.slug": "crise",
    "step.spaces.purpose": "choisir les réseaux où la marque crée ses profils, puis les construire",
    "step.content.purpose": "écrire chaque message clé comme chaque canal choisi l'exige",
    "step.communities.purpose":
      "cartographier les communautés : ce que la marque leur apporte, ce qu'elles lui rendent",
    "step.crisis.purpose":
      "classer les risques, préparer déclarations, équipe et exercices avant la crise",
    "step.spaces.needs":
      "le profil de la marque (marché, âges du public, objectifs, heures par semaine, formats, portée), puis un choix de réseaux classés, à la mesure de ses heures",
    "step.content.needs":
      "3 à 5 piliers éditoriaux, les messages clés de la marque, une variante par réseau choisi dans ses limites, un calendrier",
    "step.communities.needs":
      "les communautés du domaine de la marque, avec ce que chacune donne et reçoit, et un plan d'animation : créer, partager, diffuser",
    "step.crisis.needs":
      "un registre des risques classés par probabilité et impact, une cellule de crise, un plan par risque avec une déclaration d'attente par canal, un exercice",
    "stage.notStarted": "pas commencée",
    "stage.inProgress": "en cours",
    "stage.done": "terminée",

    "guide.ask.brandName":
      "Comment s'appelle la marque ? (tapez son nom, par ex. Boulangerie Martin)",
    "guide.why.brandName":
      "Tout ce que prépare smm appartient à une marque : la nommer crée son plan et lance l'entretien.",
    "guide.skipped.spaces": "aucun réseau n'est encore choisi (étape 1 : /spaces recommend)",
    "guide.skipped.messages":
      "aucun message clé n'est encore écrit (étape 2 : /content message add TEXTE)",
    "guide.skipped.communities":
      "aucune communauté n'est encore cartographiée (étape 3 : /community)",

    "guide.done.profile": "le profil de la marque est complet",
    "guide.missing.profile": "le profil de la marque : {fields}",
    "guide.why.interview":
      "Le choix des réseaux repose sur le profil de la marque : marché, âges du public, objectifs, heures par semaine, formats et portée.",
    "guide.missing.spaces": "un choix de réseaux",
    "guide.why.recommend":
      "Le classement a besoin du profil de la marque ; /spaces recommend montre jusqu'où il va sans lui.",
    "guide.why.choose":
      "{count|Ce réseau arrive|Ces réseaux arrivent} en tête pour le profil de la marque et {count|tient|tiennent ensemble} dans ses heures ({hours} h par semaine) : {platforms}. /spaces recommend montre tous les scores.",
    "guide.done.spaces": "{count|# réseau choisi|# réseaux choisis} : {platforms}",
    "guide.done.platformProfile": "le profil {platform} est complet",
    "guide.missing.platformProfile": "le profil {platform} : {fields}",
    "guide.why.profileField":
      "Un profil complet sur {platform} est la vitrine de la marque : on le regarde avant de s'abonner.",
    "guide.ask.profileDone": "Profil {platform} — « {label} » : est-ce en place ? (oui ou non)",
    "guide.ask.profileText": "Profil {platform} — « {label} » : que faut-il y mettre ?",
    "guide.ask.profileTextSuggested":
      "Profil {platform} — « {label} », suggestion : {suggestion} (oui la prend, ou tapez la vôtre)",
    "guide.weak.identity": "les profils ne racontent pas une seule identité : {issue}",
    "guide.why.identity":
      "Un nom, un identifiant et un message clé partout, pour qu'on reconnaisse la marque.",
    "guide.weak.hours":
      "les réseaux choisis demandent environ {needed} h par semaine et la marque en a {hours}",

    "guide.missing.pillars": "{count|# pilier éditorial de plus|# piliers éditoriaux de plus}",
    "guide.ask.pillar":
      "Pilier éditorial {number} : un thème dont la marque parlera encore et encore (secteur : {sector}) ?",
    "guide.why.pillars":
      "Trois à cinq piliers rendent la ligne éditoriale reconnaissable : chaque publication relève de l'un d'eux.",
    "guide.done.pillars": "piliers : {pillars}",
    "guide.missing.messages": "les messages clés de la marque",
    "guide.ask.message":
      "Écrivez un message clé en entier, aussi long qu'il le faut : smm l'adapte à chaque canal.",
    "guide.why.messages":
      "L'étape 2 adapte les messages clés à chaque canal : écrivez-en un, smm écrit les variantes.",
    "guide.done.messages": "{count|# message clé|# messages clés}",
    "guide.missing.variants": "le message {id} pour {platforms}",
    "guide.why.adapt":
      "Chaque canal compte et coupe le texte à sa façon : les variantes sont vérifiées selon chaque limite, dans son unité.",
    "guide.weak.overLimit": "le message {id} dépasse la limite sur {platform}",
    "guide.why.overLimit":
      "Une publication au-delà de la limite de {platform} est refusée ou coupée : adaptez-la de nouveau.",
    "guide.missing.calendar": "un calendrier de publication",
    "guide.why.calendar":
      "Un calendrier transforme les messages en un rythme que la marque peut tenir, sur les canaux choisis.",
    "guide.done.calendar": "un calendrier de publication est prévu",

    "guide.missing.communities": "une carte des communautés",
    "guide.why.community": "Une première communauté à cartographier : {why}",
    "guide.done.communities": "{count|# communauté cartographiée|# communautés cartographiées}",
    "guide.missing.gives": "ce que la marque apporte à la communauté « {name} »",
    "guide.ask.gives": "Qu'apporte la marque à la communauté « {name} » ? (conseils, accès, reconnaissance…)",
    "guide.missing.gets": "ce que la communauté « {name} » rend à la marque",
    "guide.ask.gets": "Que rapporte la communauté « {name} » à la marque ? (avis, idées, bouche-à-oreille…)",
    "guide.why.exchange":
      "Une communauté dure quand l'échange va dans les deux sens : ce que la marque donne et ce qu'elle reçoit.",
    "guide.missing.engagement": "un plan d'animation : créer, partager, diffuser",
    "guide.missing.engagementFor": "des actions pour {names}",
    "guide.why.engage":
      "Le plan d'animation transforme la carte en actions hebdomadaires par communauté, à la mesure des heures de la marque.",
    "guide.done.engagement": "un plan d'animation couvre chaque communauté",
    "guide.weak.noMetrics":
      "pas encore de mesures : saisissez une semaine avec /metrics add ou /metrics import FICHIER.csv pour suivre l'engagement",

    "guide.missing.risks": "un registre des risques",
    "guide.why.risk":
      "Commencez le registre par un risque typique du secteur : {name}. Ajustez sa probabilité et son impact.",
    "guide.done.risks": "{count|# risque|# risques} au registre",
    "guide.missing.team": "une cellule de crise : {roles}",
    "guide.ask.role":
      "Cellule de crise — « {role} » : qui ? (un nom, puis un e-mail ou un téléphone)",
    "guide.why.team":
      "En crise, la première heure se perd à chercher les gens : nommez chaque rôle et comment le joindre, dès maintenant.",
    "guide.done.team": "la cellule de crise est nommée",
    "guide.missing.channels": "des canaux pour le plan « {name} » (choisissez d'abord les espaces)",
    "guide.why.playbook":
      "Chaque canal choisi a besoin d'une déclaration d'attente dans sa limite, prête avant la crise.",
    "guide.weak.statements": "des déclarations d'attente au-delà des limites pour « {name} »",
    "guide.missing.drill": "un exercice sur le plan le plus risqué",
    "guide.why.drill":
      "Un exercice met le plan à l'épreuve en temps accéléré avant d'en avoir besoin : « {name} » est le plus risqué.",
    "guide.done.drills": "{count|# exercice joué|# exercices joués}",
  ]
}
