extension FrenchCatalog {
  /// Les erreurs : ce qui ne va pas et comment y remédier (`ShellError`, et les `SMMCoreError`
  /// courantes).
  static let errors: KeyValuePairs<String, String> = [
    "error.unknownCommand": "commande inconnue {command} ; tapez /help pour la liste",
    "error.unknownCommand.suggest":
      "commande inconnue {command}{didYouMean} (/help liste toutes les commandes)",
    "error.didYouMean.one": " — vouliez-vous dire {name} ?",
    "error.didYouMean.many": " — vouliez-vous dire {names} ou {last} ?",
    "error.unterminatedQuote":
      "guillemet non fermé : le {quote} de la colonne {column} n'est jamais refermé ; ajoutez le {quote} fermant",
    "error.unterminatedTextBlock":
      "bloc de texte non fermé : un \"\"\" n'est jamais refermé ; terminez le texte par une ligne contenant \"\"\"",
    "error.danglingContinuation":
      "la dernière ligne se termine par \\ mais rien ne suit ; retirez le \\ ou ajoutez la suite de la commande",
    "error.lineTooLong":
      "ligne trop longue : {bytes} octets, pour une limite de {limit} ; découpez le texte en plusieurs commandes",
    "error.invalidUTF8":
      "la ligne n'est pas en UTF-8 valide (octet incorrect à la position {offset}) ; enregistrez le fichier en UTF-8 et réessayez",
    "error.controlCharacter":
      "la ligne contient le caractère de contrôle {name} à la colonne {column} ; retirez-le et retapez le texte (seuls les tabulations et les retours à la ligne sont acceptés)",
    "error.controlCharacter.inBlock":
      "la ligne {line} de la commande contient le caractère de contrôle {name} à la colonne {column} ; retirez-le et retapez le texte (seuls les tabulations et les retours à la ligne sont acceptés)",
    "error.arguments.none": "/{command} ne prend pas d'argument (reçu : {got}) ; syntaxe : {usage}",
    "error.arguments.missing": "il manque un argument à /{command} ; syntaxe : {usage}",
    "error.arguments.tooMany":
      "/{command} prend au plus {maximum|# argument|# arguments} (reçu : {got}) ; syntaxe : {usage}{hint}",
    "error.arguments.quotePath":
      " — mettez entre guillemets un chemin qui contient des espaces : \"mon fichier.smm\"",
    "error.scriptLoop":
      "{script} est déjà en cours d'exécution ({chain}) ; retirez le /run qui boucle",
    "error.unknownFlag": "/{command} n'a pas d'option {flag}{hint} ; voir /help {command}",
    "error.noActiveBrand":
      "aucune marque n'est ouverte ; créez-en une avec /new NOM ou ouvrez-en une avec /use NOM (/brands les liste)",
    "error.unknownBrand":
      "aucune marque ne s'appelle « {name} » ; /brands les liste, /new {quoted} la crée",
    "error.unknownBrand.suggest":
      "aucune marque ne s'appelle « {name} »{didYouMean} (/brands les liste)",
    "error.brandExists":
      "une marque nommée « {name} » existe déjà ; ouvrez-la avec /use {quoted} ou choisissez un autre nom",
    "error.nothingToUndo":
      "rien à annuler : le journal de la marque ne contient que sa création (pour supprimer la marque, utilisez /delete NOM)",
    "error.nothingToRedo":
      "rien à rétablir : /redo rejoue ce que /undo a repris, et rien n'a été annulé depuis la dernière modification",
    "error.fileExists":
      "{path} existe déjà ; ajoutez --force pour le remplacer, ou choisissez un autre nom de fichier",
    "error.cannotRead": "impossible de lire {path} : {reason}",
    "error.cannotWrite": "impossible d'écrire {path} : {reason}",
    "error.confirmationNeeded":
      "{command} demande une confirmation ; dans un script ou avec -c, ajoutez --yes",
    "error.brandGoneElsewhere":
      "la marque « {name} » a été supprimée dans une autre session smm ; /brands liste celles qui restent",
    "error.scriptTooDeep":
      "{path} imbrique des scripts sur plus de {limit} niveaux (un script qui se lance lui-même ?) ; retirez la boucle de /run",
    "error.usage": "{message} ; syntaxe : {usage}",
    "error.readOnly.notWritable":
      "l'espace de travail {path} est en lecture seule (son fichier ou son dossier ne peut pas être écrit), donc rien n'a été modifié ; rendez-les accessibles en écriture, ou copiez-le avec smm backup FICHIER et utilisez --workspace FICHIER",
    "error.readOnly.damaged":
      "l'espace de travail {path} est abîmé ({detail}), il est donc ouvert en lecture seule et rien n'a été modifié ; récupérez-le avec : sqlite3 {path} .recover | sqlite3 recovered.sqlite, puis smm --workspace recovered.sqlite — ou revenez à votre dernière sauvegarde smm backup",
    "error.workspaceUnreadable":
      "l'espace de travail n'a pas pu être lu ({reason}) ; rien n'a été modifié — réessayez, ou vérifiez le fichier avec sqlite3",
    "error.damagedRead":
      "l'espace de travail {path} est abîmé là où cette commande lit ({reason}) ; désormais il est seulement lu. Récupérez-le avec : sqlite3 {path} .recover | sqlite3 recovered.sqlite, puis smm --workspace recovered.sqlite — ou revenez à votre dernière sauvegarde smm backup",
    "error.backup.sameFile":
      "impossible de sauvegarder dans {path} : c'est l'espace de travail lui-même ; choisissez un autre fichier",
    "error.backup.integrity":
      "la copie pour {path} échoue au contrôle d'intégrité de SQLite ({detail}) ; rien n'a été écrit — l'espace de travail lui-même est peut-être abîmé (voir le README, Recovering a workspace)",
    "error.backup.counts":
      "la copie pour {path} contient {found} marques/entrées de journal alors que l'espace de travail en contient {expected} ; rien n'a été écrit — relancez la sauvegarde",
    "error.backup.sqlite":
      "impossible de sauvegarder l'espace de travail dans {path} ({reason}) ; rien n'a été écrit — vérifiez que son dossier existe, est accessible en écriture et a de la place",
    "error.corruptLog":
      "le journal de « {brand} » est illisible à l'entrée {entry} ({reason}) ; rien n'a été modifié — /repair enregistre les entrées illisibles à côté de l'espace de travail et les retire",
    "error.damagedLog":
      "le journal de « {brand} » a {count|une entrée illisible|# entrées illisibles} ({entries}), il n'est donc pas modifié ; /repair {count|l'enregistre|les enregistre} dans un fichier à côté de l'espace de travail et {count|la retire|les retire}, puis relancez la commande",

    "error.brandAlreadyCreated":
      "cette marque existe déjà ; un journal ne crée sa marque qu'une seule fois",
    "error.logMustStartWithCreation":
      "le journal d'une marque doit commencer par sa création (/new NOM)",
    "error.unknownPlatform": "plateforme inconnue « {id} » ; les plateformes sont : {platforms}",
    "error.unknownPlatform.suggest":
      "plateforme inconnue « {id} » — vouliez-vous dire {suggestions} ? Les plateformes sont : {platforms}",
    "error.or": " ou ",
  ]
}
