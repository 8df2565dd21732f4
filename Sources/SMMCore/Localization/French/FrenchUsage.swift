extension FrenchCatalog {
  /// Les erreurs d'usage : une commande mal employée, et comment l'écrire.
  static let usage: KeyValuePairs<String, String> = [
    "usage.export.format": "/export attend un format : html, md, json, ics, csv ou script",
    "usage.export.section": "--section va avec html ou md",
    "usage.seeHelp": "{message} (/help {command})",
    "usage.noAction": "/{command} n'a pas d'action « {action} » ; les actions sont {actions}",
    "usage.noAction.suggest":
      "/{command} n'a pas d'action « {action} » — vouliez-vous dire {name} ? Les actions sont {actions}",
    "usage.noPart": "/{command} n'a pas de partie « {action} » ; les parties sont {actions}",
    "usage.noPart.suggest":
      "/{command} n'a pas de partie « {action} » — vouliez-vous dire {name} ? Les parties sont {actions}",
    "usage.flag.needsValue": "{flag} attend une valeur",
    "usage.flag.needsValue.among": "{flag} attend une valeur : {values}",
    "usage.flag.value": "{flag} accepte {values}, pas « {value} »{hint}",
    "usage.wholeNumber": "{option} attend un nombre entier ≥ 0, pas « {text} »",

    "usage.brand.set":
      "/brand set attend un champ et une valeur, par exemple /brand set market b2c",
    "usage.brand.value":
      "/brand set {field} attend une valeur, par exemple /brand set {field} {example}",
    "usage.profile.set":
      "/profile {platform} set attend un champ et son texte, par exemple /profile {platform} set bio \"…\"",
    "usage.spaces.recommend": "/spaces recommend ne prend aucun argument",
    "usage.spaces.why": "/spaces why attend une plateforme, par exemple /spaces why instagram",
    "usage.spaces.choose":
      "/spaces choose attend une ou plusieurs plateformes, par exemple /spaces choose instagram facebook",
    "usage.spaces.drop": "/spaces drop attend une plateforme, par exemple /spaces drop facebook",

    "usage.content.pillars":
      "/content pillars attend add THÈME ou remove THÈME, par exemple /content pillars add \"savoir-faire boulanger\"",
    "usage.content.tone":
      "/content tone attend une plateforme et un ton, par exemple /content tone linkedin \"expert, chaleureux\"",
    "usage.content.tag":
      "/content message tag attend un numéro de message et une étiquette (brand, educational, curated, conversation), par exemple /content message tag 2 educational",
    "usage.content.message":
      "/content message attend add TEXTE ou tag ID ÉTIQUETTE, par exemple /content message add \"Nous cuisons chaque matin dès 5 h\"",
    "usage.content.messages": "/content messages ne prend aucun argument",
    "usage.content.check": "/content check ne prend aucun argument",
    "usage.content.adapt":
      "/content adapt attend un numéro de message et, si besoin, des plateformes, par exemple /content adapt 2 linkedin x",
    "usage.content.edit":
      "/content edit attend un numéro de message, une plateforme et le nouveau texte, par exemple /content edit 2 x \"Nouveau texte\"",
    "usage.content.mix": "/content mix attend une règle : {rules}",
    "usage.calendar.plan":
      "/calendar plan attend un nombre de semaines, par exemple /calendar plan 4",

    "usage.community.add":
      "/community add attend un nom, --platform et --type, par exemple /community add \"Gourmands lyonnais\" --platform instagram --type place",
    "usage.community.platform":
      "une communauté a besoin de --platform P : où « {name} » se rassemble-t-elle ?",
    "usage.community.type": "une communauté a besoin de --type T, parmi : {types}",
    "usage.community.show": "/community show attend le nom d'une communauté",
    "usage.community.remove": "/community remove attend le nom d'une communauté",
    "usage.community.set":
      "/community set attend un nom, un champ ({fields}) et une valeur, par exemple /community set \"Gourmands lyonnais\" size 1200",
    "usage.community.field":
      "« {field} » n'est pas un champ de communauté ; les champs sont {fields} (mettez entre guillemets un nom qui contient des espaces)",
    "usage.community.field.suggest":
      "« {field} » n'est pas un champ de communauté — vouliez-vous dire {name} ? Les champs sont {fields} (mettez entre guillemets un nom qui contient des espaces)",
    "usage.engage.plan": "/engage plan ne prend aucun argument",
    "usage.engage.balance": "/engage balance ne prend aucun argument",
    "usage.engage.owner":
      "/engage owner attend une communauté, un type d'action (create, share, spread) et un nom, par exemple /engage owner \"Gourmands lyonnais\" spread Anna",
    "usage.engage.actions": "plan, balance et owner",
    "usage.reply.actions": "targets et triage",
    "usage.metrics.add": "/metrics add attend une plateforme et les cinq options",
    "usage.metrics.missing": "il manque à /metrics add : {options}",
    "usage.metrics.import": "/metrics import attend un fichier CSV",
    "usage.metrics.load": "/metrics load attend les lignes du CSV",
    "usage.metrics.actions": "add et import",

    "usage.crisis.riskAdd": "/crisis risk add attend un nom et --type T",
    "usage.crisis.type": "un risque a besoin de --type T, parmi : {types}",
    "usage.crisis.riskRemove": "/crisis risk remove attend le nom d'un risque",
    "usage.crisis.risk": "/crisis risk attend add NOM --type T, ou remove NOM",
    "usage.crisis.drill": "/crisis drill attend le nom d'un risque",
    "usage.crisis.playbook": "/crisis playbook attend le nom d'un risque",
    "usage.crisis.statement":
      "/crisis statement attend un risque, une plateforme et le texte, par exemple /crisis statement \"intoxication alimentaire signalée\" x \"…\"",
    "usage.crisis.team":
      "/crisis team attend un rôle, un nom et un contact, par exemple /crisis team spokesperson \"Anna Martin\" \"+33 6 12 34 56 78\"",
    "usage.crisis.triageValue":
      "/crisis triage : une des valeurs ne fait pas partie de celles que son option accepte",
    "usage.export.noCalendar":
      "{brand} n'a pas encore de calendrier ; planifiez-en un d'abord avec /calendar plan SEMAINES",
  ]
}
