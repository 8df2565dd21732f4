extension FrenchCatalog {
  /// Ce qu'affichent les commandes de l'étape 2 : /content, /count, /calendar.
  static let content: KeyValuePairs<String, String> = [
    "content.tone.set": "Ton sur {platform} : {tone}.",
    "content.message.added": "Message {id} ajouté, catégorie {tag}.",
    "content.message.addedGuessed":
      "Message {id} ajouté, catégorie {tag} (déduite de « {word} » ; /content message tag {id} TAG la change).",
    "content.message.tagged": "Le message {id} est maintenant dans la catégorie {tag}.",
    "content.edit.warning":
      "attention : {problem} ; la déclinaison est conservée, /content check la signalera",
    "content.adapt.noSpaces":
      "note : aucune plateforme n'est encore choisie (étape 1) : adaptation aux plateformes indiquées ; /spaces recommend aide à choisir",
    "content.variant.lengthsOf": "{lengths} sur {limit} {unit}",
    "content.variant.lengths": "{lengths} {unit}",
    "content.variant.thread":
      "{platform} ({tone}) — fil de {count} parties : {lengths}, toutes valides :",
    "content.variant.threadInvalid":
      "{platform} ({tone}) — fil de {count} parties : {lengths}, PAS toutes valides :",
    "content.variant.single": "{platform} ({tone}) — {length} {unit}, valide :",
    "content.variant.singleInvalid": "{platform} ({tone}) — {length} {unit}, NON valide :",
    "content.variant.title": "titre : {title}",
    "content.problem.over": "{platform} : {length}/{limit}, {over} de trop",
    "content.problem.overUnit": "{platform} : {length}/{limit} {unit}, {over} de trop",
    "content.problem.invalid": "{platform} : non valide",
    "content.check.problem": "message {id}, {problem}",
    "content.check.title":
      "message {id}, titre {platform} : {length}/{limit}, {over} de trop",
    "content.check.noVariant":
      "message {id} : aucune déclinaison pour {platforms} (/content adapt {id})",
    "content.check.summary":
      "{variants|# déclinaison vérifiée|# déclinaisons vérifiées} pour {messages|# message|# messages} :",
    "content.check.allValid": "tout est valide.",
    "content.overview.title": "Ligne éditoriale de la marque {name} :",
    "content.overview.pillars": "piliers",
    "content.overview.messages": "messages",
    "content.overview.mix": "règle de mix",
    "content.overview.tones": "tons",
    "content.overview.noPillars": "— aucun pour l'instant (/content pillars add THÈME)",
    "content.overview.addMessage": "(/content message add TEXTE)",
    "content.overview.noMix": "— aucune choisie (/content mix RÈGLE)",
    "content.pillars.none":
      "Aucun pilier pour l'instant : /content pillars add THÈME (3 à 5 thèmes).",
    "content.pillars.title": "Piliers de la marque {name} ({count} sur {min} à {max}) :",
    "content.pillars.more":
      "Ajoutez-en encore {count} pour une ligne éditoriale complète.",
    "content.tones.title":
      "Ton par plateforme (/content tone PLATEFORME TON en change un) :",
    "content.tones.default": "(par défaut)",
    "content.messages.none": "Aucun message pour l'instant : /content message add TEXTE.",
    "content.messages.variants": "déclinaisons : {platforms}",
    "content.mix.title": "Mix de contenus de la marque {name} selon la règle {rule} :",
    "content.mix.titleNoRule":
      "Mix de contenus de la marque {name} selon la règle {rule} (aucune règle choisie : /content mix RÈGLE) :",
    "content.mix.messages": "messages : {counts}",
    "content.percent": "{value} %",
    "content.mix.target": "cible {value} %",
    "content.mix.balanced":
      "Équilibré selon {rule} : la marque ne parle pas que d'elle-même.",
    "content.mix.source": "Règle empirique : {source}.",

    "count.limit": "{platform} : {length}/{limit} {unit}",
    "count.noLimit": "{platform} : {length} {unit}, sans limite",
    "count.left": "reste {count}",
    "count.over": "{count} de trop",
    "count.valid": "valide",
    "count.invalid": "NON valide",

    "calendar.none":
      "Pas encore de calendrier : /calendar plan SEMAINES répartit les déclinaisons sur les semaines à venir.",
    "calendar.title":
      "Calendrier de la marque {name} : {weeks|# semaine|# semaines} à partir du lundi {start} ; publications par semaine : {cadence}.",
    "calendar.weekOf": "Semaine du",
    "calendar.day.mon": "Lun",
    "calendar.day.tue": "Mar",
    "calendar.day.wed": "Mer",
    "calendar.day.thu": "Jeu",
    "calendar.day.fri": "Ven",
    "calendar.day.sat": "Sam",
    "calendar.day.sun": "Dim",
    "calendar.legend":
      "{posts|# publication|# publications} ; {example} désigne la déclinaison {platform} du message {id}. Codes : {codes}.",
    "calendar.legendToWrite":
      "{posts|# publication|# publications} ; {example} désigne la déclinaison {platform} du message {id}, ✎ une déclinaison encore à rédiger ({toWrite}). Codes : {codes}.",
  ]
}
