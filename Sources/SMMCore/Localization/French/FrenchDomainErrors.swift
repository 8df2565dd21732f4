extension FrenchCatalog {
  /// Les erreurs du domaine (`SMMCoreError`) : ce qui ne va pas et comment y remédier.
  static let domainErrors: KeyValuePairs<String, String> = [
    "error.invalidBrandName": "nom de marque invalide : {reason}",
    "error.invalidProfileValue": "valeur invalide pour {field} : {reason}",
    "error.invalidProfileValue.field": "champ invalide : {reason}",
    "error.invalidProfileValue.action": "action invalide : {reason}",

    "error.brandName.empty":
      "un nom de marque ne peut pas être vide ; donnez-lui au moins un caractère",
    "error.brandName.tooLong":
      "un nom de marque compte au plus {maximum} caractères, celui-ci en compte {count} ; raccourcissez-le",
    "error.brandName.control":
      "un nom de marque ne peut pas contenir de caractères de contrôle (tabulations, retours à la ligne) ; écrivez-le sur une seule ligne",

    "error.brand.action":
      "/brand accepte set (par exemple /brand set market b2c), ou rien pour afficher le profil",
    "error.profile.atLeastOne": "indiquez au moins une valeur parmi : {allowed}",
    "error.profile.notOneOf": "« {item} » ne fait pas partie des valeurs possibles : {allowed}",
    "error.profile.chooseOne": "choisissez une valeur parmi : {allowed}",
    "error.profile.sector.empty":
      "décrivez le secteur en quelques mots, par exemple « boulangerie artisanale »",
    "error.profile.sector.tooLong":
      "le secteur doit tenir en moins de {maximum} caractères ; raccourcissez-le",
    "error.profile.hours.number": "indiquez un nombre d'heures par semaine, par exemple 4 ou 2,5",
    "error.profile.hours.range":
      "le nombre d'heures par semaine doit être supérieur à 0 et ne pas dépasser 168",
    "error.profile.languages.empty": "indiquez des codes ISO 639-1, par exemple en, fr, de",
    "error.profile.languages.unknown":
      "« {code} » n'est pas un code de langue ISO 639-1 (deux lettres, comme en, fr, es)",
    "error.profile.unknownField":
      "« {text} » n'est pas un champ du profil ; les champs sont : {fields}",
    "error.profile.unknownField.suggest":
      "« {text} » n'est pas un champ du profil — vouliez-vous dire {name} ? Les champs sont : {fields}",

    "error.spaces.alreadyChosen":
      "la plateforme {platform} est déjà choisie ; /spaces affiche le choix",
    "error.spaces.notChosen":
      "la plateforme {platform} n'est pas choisie, elle ne peut donc pas être retirée ; plateformes choisies : {chosen}",
    "error.spaces.noneChosen": "aucune pour l'instant",
    "error.spaces.chooseFirst":
      "la plateforme {platform} ne fait pas partie des plateformes choisies ; choisissez-la d'abord avec /spaces choose {platform}",
    "error.spaces.action":
      "/spaces n'a pas d'action « {action} » ; les actions sont recommend, why, choose et drop",
    "error.spaces.action.suggest":
      "/spaces n'a pas d'action « {action} » — vouliez-vous dire {name} ? Les actions sont recommend, why, choose et drop",

    "error.profileText.takesDone":
      "le champ {key} de {platform} est fait ou non : répondez oui ou non",
    "error.profileText.tooLong":
      "{platform} : le champ {label} fait {length}/{limit} {unit}, soit {over} de trop ; raccourcissez-le",
    "error.profileText.takesText": "le champ {key} de {platform} attend un texte, pas oui ou non",
    "error.profileText.noField":
      "les profils {platform} n'ont pas de champ « {key} » ; leurs champs sont : {fields}",
    "error.profileText.yesOrNo": "le champ {key} de {platform} attend oui ou non (fait ou pas)",
    "error.profileText.missing":
      "donnez le texte du champ {key} de {platform}, entre guillemets s'il contient des espaces",

    "error.content.pillarExists": "« {pillar} » est déjà un pilier ; /content pillars les liste",
    "error.content.tooManyPillars":
      "une ligne éditoriale compte au plus {maximum} piliers ; retirez-en un d'abord (/content pillars remove THÈME)",
    "error.content.noPillar": "« {pillar} » n'est pas un pilier ; les piliers sont : {pillars}",
    "error.content.noPillars": "aucun pour l'instant",
    "error.content.tone":
      "un ton tient en quelques mots sur une seule ligne, par exemple « chaleureux, expert »",
    "error.content.adaptNoPlatform":
      "nommez les plateformes vers lesquelles adapter, ou choisissez d'abord celles de la marque (/spaces choose)",
    "error.content.adaptBeforeSpaces":
      "aucune plateforme n'est encore choisie : nommez les plateformes (/content adapt {id} linkedin x) ou choisissez-les d'abord (/spaces choose) — on peut adapter avant l'étape 1, mais c'est l'étape 1 qui fixe les plateformes",
    "error.content.pillar":
      "un pilier est un thème de quelques mots sur une seule ligne, par exemple « savoir-faire boulanger »",
    "error.content.noMessage.none":
      "il n'y a pas de message {id} ; aucun pour l'instant : /content message add TEXTE",
    "error.content.noMessage":
      "il n'y a pas de message {id} ; les messages sont {ids} (/content messages)",
    "error.message.empty":
      "un message ne peut pas être vide ; écrivez son texte après la commande, ou entre deux lignes \"\"\"",
    "error.message.tooLong":
      "un message compte au plus {maximum} caractères, celui-ci en compte {count} ; découpez-le",
    "error.message.control":
      "le message contient un caractère de contrôle (U+{code}) ; retirez-le",
    "error.message.nonCharacter":
      "le message contient U+{code}, que les plateformes refusent ; retirez-le",

    "error.date.invalid":
      "{date} n'est pas une date valide ; écrivez-la sous la forme AAAA-MM-JJ, par exemple 2026-12-07",
    "error.date.unreadable":
      "« {text} » n'est pas une date ; écrivez-la sous la forme AAAA-MM-JJ, par exemple 2026-12-07",
    "error.calendar.weeks":
      "un calendrier couvre de 1 à {maximum} semaines, pas {weeks} ; choisissez un nombre dans cet intervalle",
    "error.calendar.noPlatform":
      "aucune plateforme n'est encore choisie, il n'y a donc rien à planifier : /spaces recommend, puis /spaces choose",

    "error.community.exists":
      "une communauté nommée « {name} » figure déjà sur la carte ; /community show \"{name}\" l'affiche",
    "error.community.size":
      "la taille est un nombre approximatif de membres, par exemple 1200 (pas « {value} »)",
    "error.community.people":
      "les personnes sont des noms suivis de leur identifiant, séparés par des virgules : \"Anna @anna, Paul @paul\"",
    "error.community.unknown.none":
      "aucune communauté ne s'appelle « {name} » ; la carte est vide pour l'instant (/community add NOM --platform P --type T)",
    "error.community.unknown":
      "aucune communauté ne s'appelle « {name} » ; la carte contient : {names}",
    "error.community.name":
      "le nom d'une communauté tient en quelques mots sur une seule ligne, par exemple « Gourmands lyonnais »",
    "error.community.text.empty": "décrivez {field} en une phrase",
    "error.community.text.tooLong":
      "{field} doit tenir en moins de {maximum} caractères ; raccourcissez le texte",
    "error.engage.owner":
      "un responsable est un nom ou un rôle, par exemple « Anna (community manager) »",
    "error.engage.noPlan":
      "il n'y a pas encore de plan d'engagement : /engage plan en construit un",
    "error.engage.noAction":
      "le plan n'a pas d'action {kind} pour « {name} » ; /engage affiche le plan",
    "error.engage.noCommunity":
      "la carte des communautés est vide : commencez par /community add NOM --platform P --type T (/community en suggère)",

    "error.crisis.riskName":
      "un risque se nomme en quelques mots sur une seule ligne, par exemple « intoxication alimentaire signalée »",
    "error.crisis.scale": "la probabilité et l'impact vont de 1 (faible) à 5 (fort)",
    "error.crisis.riskExists": "« {name} » figure déjà dans le registre ; /crisis risks le liste",
    "error.crisis.statement.over": " ({length}/{limit} {unit}, soit {over} de trop)",
    "error.crisis.statement.tooLong":
      "la déclaration ne tient pas sur {platform}{over} ; raccourcissez-la — une déclaration d'attente doit pouvoir partir telle quelle",
    "error.crisis.role":
      "indiquez un rôle et un nom, par exemple spokesperson \"Anna Martin\" \"+33 6 12 34 56 78\"",
    "error.crisis.unknownRisk.none":
      "aucun risque ne s'appelle « {name} » ; le registre est vide pour l'instant (/crisis risk add NOM --type T)",
    "error.crisis.unknownRisk":
      "aucun risque ne s'appelle « {name} » ; le registre contient : {names}",
    "error.triage.trueRumor":
      "une information exacte n'est pas une rumeur : choisissez le type qu'elle décrit (par exemple misdeed ou technical-accident), ou indiquez que l'information est fausse ou tronquée",
    "error.triage.falseInjury":
      "si l'information est fausse, il ne peut pas y avoir de {type} avec des blessés : vérifiez le type ou la véracité (une information fausse relève de la rumeur ; des blessés réels rendent l'information vraie ou tronquée)",
    "error.triage.negativeReach":
      "la portée est un nombre de personnes et ne peut pas être négative ({reach}) ; indiquez 0 ou plus, ou omettez-la",
    "error.triage.negativeVelocity":
      "la vélocité est un nombre de mentions par heure et ne peut pas être négative ({velocity}) ; indiquez 0 ou plus, ou omettez-la",

    "error.metrics.none": "aucune mesure à enregistrer : indiquez au moins une semaine",
    "error.metrics.platform":
      "plateforme inconnue « {platform} » ; utilisez l'un des identifiants {platforms}",
    "error.metrics.count":
      "{column} doit être un nombre entier ≥ 0, pas « {text} » ; écrivez-le en chiffres, par exemple 1250 ou \"1 250\"",
    "error.week.year":
      "{year} n'est pas une année utilisable ; écrivez la semaine sous la forme AAAA-Wss, par exemple 2026-W05",
    "error.week.none":
      "{year} n'a pas de semaine {week} ; l'année ISO {year} compte les semaines 1 à {last}, par exemple {year}-W05",
    "error.week.unreadable":
      "« {text} » n'est pas une semaine ISO ; écrivez-la sous la forme AAAA-Wss, par exemple 2026-W05",
    "error.csv.header":
      "l'en-tête doit nommer les colonnes {columns}, séparées par des virgules (les points-virgules ou les tabulations conviennent aussi) ; la ligne 1 contient « {line} ». Rien n'a été importé.",
    "error.csv.unclosedQuote":
      "ligne {row} : un champ entre guillemets n'est jamais refermé ; ajoutez le \" fermant (écrivez \"\" pour un guillemet à l'intérieur des guillemets). Rien n'a été importé.",
    "error.csv.empty":
      "le fichier est vide ; sa première ligne doit nommer les colonnes {columns}",
    "error.csv.repeatedColumn":
      "ligne 1 : la colonne {name} apparaît {count} fois (colonnes {positions}) ; n'en gardez qu'une. Rien n'a été importé.",
    "error.csv.and": "{a} et {b}",
    "error.csv.missingColumns":
      "ligne 1 : il manque à l'en-tête {count|la colonne|les colonnes} {missing} ; {count|ajoutez-la|ajoutez-les} (les colonnes requises sont {columns}). Rien n'a été importé.",
    "error.csv.column": ", colonne {column}",
    "error.csv.shortRow":
      "ligne {row}{column} : la ligne a {fields|# champ|# champs} mais l'en-tête en a {header} ; complétez les valeurs manquantes. Rien n'a été importé.",
    "error.csv.longRow":
      "ligne {row}{column} : la ligne a {fields|# champ|# champs} mais l'en-tête en a {header} ; un nombre avec un séparateur de milliers doit être entre guillemets, comme \"12,000\". Rien n'a été importé.",
    "error.csv.field": "ligne {row}, colonne {column} : {problem}. Rien n'a été importé.",
    "error.csv.controlCharacter":
      "ligne {row}, colonne {column} : la cellule contient le caractère de contrôle {name} ; retirez-le du fichier et importez-le à nouveau. Rien n'a été importé.",
    "error.csv.duplicate":
      "les lignes {first} et {row} donnent toutes deux {platform} {week} ; n'en gardez qu'une. Rien n'a été importé.",
  ]
}
