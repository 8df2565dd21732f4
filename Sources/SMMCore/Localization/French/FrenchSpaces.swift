extension FrenchCatalog {
  /// Ce qu'affichent les commandes de l'étape 1 : /spaces, /profile, /platforms.
  static let spaces: KeyValuePairs<String, String> = [
    "platforms.audienceShare": "{percent} % {year}",
    "spaces.none":
      "Aucune plateforme choisie pour {name} : /spaces recommend les classe.",
    "spaces.chosen.title": "Plateformes retenues pour {name} :",
    "spaces.chosen.effort": "{low} à {high} publications, {hours} h par semaine",
    "spaces.chosen.total":
      "Au total : {hours} h par semaine. Suite : /profile PLATEFORME construit chaque profil.",
    "spaces.chosen.totalOf":
      "Au total : {hours} h par semaine sur {available} disponibles. Suite : /profile PLATEFORME construit chaque profil.",
    "spaces.recommend.incomplete":
      "Profil incomplet ({fields}) : ces critères comptent comme neutres ; /interview les renseigne.",
    "spaces.recommend.title":
      "Plateformes pour {name}, par ordre de pertinence (score sur 100, heures par semaine par profil) :",
    "spaces.recommend.chosen": "(retenue)",
    "spaces.recommend.proposed": "Proposition : {platforms}.",
    "spaces.recommend.record":
      "Enregistrez-la avec /spaces choose {platforms} ; /spaces why PLATEFORME explique un score.",
    "spaces.why.title": "{platform} : {score}/100, classée {rank} sur {count} pour {name}.",
    "spaces.criterion.audience": "audience",
    "spaces.criterion.market": "marché",
    "spaces.criterion.goals": "objectifs",
    "spaces.criterion.formats": "formats",
    "spaces.criterion.reach": "portée",
    "spaces.why.component": "poids {weight} % × {value} = {points} points",
    "spaces.why.total": "total {sum}",
    "spaces.why.penalty": "pénalité :",
    "spaces.why.effort":
      "L'animer demande {low} à {high} publications et environ {hours} h par semaine — {source}.",
    "spaces.warning.hours":
      "attention : les plateformes retenues demandent {needed} h par semaine et {name} en a {hours} ; mieux vaut moins de profils, mieux animés",
    "spaces.warning.best":
      "attention : {platform} arrive en tête pour {name} ({score}/100) et n'est pas retenue ; /spaces why {platform} explique pourquoi",

    "profile.set.title": "Profil {platform} : {what}.",
    "profile.set.textCounted": "{key} renseigné ({count}/{limit} {unit})",
    "profile.set.text": "{key} renseigné",
    "profile.set.done": "{key} fait",
    "profile.set.notDone": "{key} à faire",
    "profile.set.complete":
      "Le profil {platform} est complet ; /profile check compare tous les profils.",
    "profile.set.progress": "{filled}/{total} champs renseignés ; il manque : {fields}.",
    "profile.show.title": "Profil {platform} de la marque {name} :",
    "profile.show.notChosen":
      "(plateforme non retenue : /spaces choose {platform} avant de la renseigner)",
    "profile.show.done": "fait",
    "profile.show.notDone": "— à faire",
    "profile.show.limit": "{count}/{limit} {unit}",
    "profile.show.noLimit": "{count} {unit}, pas de limite connue",
    "profile.show.empty": "— vide",
    "profile.show.suggested": "Bio suggérée : {bio}",
    "profile.show.useIt": "Pour l'utiliser : {command}",
    "profile.check.none":
      "Aucune plateforme choisie : /spaces recommend, puis /spaces choose.",
    "profile.check.title": "Profils de la marque {name} :",
    "profile.check.complete": "complet",
    "profile.check.missing": "il manque {fields}",
    "profile.check.consistent":
      "Identité : cohérente entre les profils renseignés jusqu'ici.",
    "profile.check.identity": "Identité :",

    "platforms.header.id": "id",
    "platforms.header.audience": "audience",
    "platforms.header.hours": "h/sem.",
    "platforms.header.purpose": "à quoi elle sert",
    "platforms.footer":
      "Audience : part des adultes américains qui l'utilisent (Pew). /platforms ID en détaille une, avec ses sources.",
    "platforms.audience": "Audience :",
    "platforms.market": "Marché : B2B {b2b}/3, B2C {b2c}/3",
    "platforms.rewards": "Formats favorisés :",
    "platforms.or": "ou",
    "platforms.requires": "(exige {formats})",
    "platforms.item": "{name} : {text}",
    "platforms.goals": "Objectifs servis :",
    "platforms.strongFor": "Atout pour :",
    "platforms.effort": "Effort :",
    "platforms.effort.value":
      "{low} à {high} publications par semaine, environ {hours} h par semaine",
    "platforms.fields": "Champs du profil :",
    "platforms.fields.done": "fait ou non",
    "platforms.fields.upTo": "jusqu'à {limit} {unit}",
    "platforms.fields.noLimit": "pas de limite connue",
    "platforms.sources": "Sources :",
    "platforms.source.kind": "{kind}, vérifiée le {date}",
    "source.kind.official": "officielle",
    "source.kind.code": "code",
    "source.kind.research": "étude",
    "source.kind.thirdParty": "tierce",
    "source.kind.editorial": "éditoriale",
  ]
}
