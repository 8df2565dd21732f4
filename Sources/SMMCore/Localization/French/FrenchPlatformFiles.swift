extension FrenchCatalog {
  /// Ce que disent les fichiers de plateforme de l'utilisateur (qui remplacent des valeurs du
  /// catalogue intégré).
  static let platformFiles: KeyValuePairs<String, String> = [
    "platformFiles.ignored":
      "{error} (smm utilise son catalogue intégré pour cette plateforme)",
    "platformFiles.fromFile": "Depuis votre fichier de plateforme {path} : {fields}.",
    "platformFiles.problem.invalidYAML":
      "ce n'est pas du YAML valide ({reason}) ; corrigez la syntaxe à cet endroit",
    "platformFiles.problem.unreadable":
      "illisible comme texte UTF-8 ; vérifiez qu'il existe et qu'il est lisible",
    "platformFiles.problem.idMismatch":
      "l'id est « {id} » mais le fichier s'appelle {name}.yaml ; donnez-leur le même nom",
    "platformFiles.problem.notMapping":
      "une suite de lignes `clé: valeur` est attendue ; écrivez-la ainsi",
    "platformFiles.problem.unknownField":
      "champ inconnu ; les champs possibles ici sont {known}",
    "platformFiles.problem.notText":
      "un texte est attendu ; écrivez-le sur la même ligne, entre guillemets au besoin",
    "platformFiles.problem.notWholeNumber":
      "un nombre entier est attendu, par exemple 280",
    "platformFiles.problem.notBool":
      "true ou false est attendu",
    "platformFiles.problem.notNumber":
      "un nombre est attendu, par exemple 3 ou 3.5",
    "platformFiles.problem.notList":
      "une liste est attendue, par exemple [a, b]",
    "platformFiles.problem.notPair":
      "deux nombres entiers sont attendus, le plus petit d'abord, par exemple [1, 5]",
    "platformFiles.problem.pairOrder":
      "le premier nombre est le plus petit ; écrivez-les dans cet ordre",
    "platformFiles.problem.notEntries":
      "une liste d'entrées est attendue, chacune commençant par `- `",
    "platformFiles.problem.notTime":
      "une heure est attendue au format HH:MM, par exemple \"12:00\"",
    "platformFiles.problem.notScore":
      "une note de 0 (mal) à 3 (très bien) est attendue",
    "platformFiles.problem.notPositive":
      "une limite supérieure à 0 est attendue",
    "platformFiles.problem.notSources":
      "des sources par id sont attendues, chacune avec short, citation, kind, checked",
    "platformFiles.problem.badId":
      "un id en minuscules, fait de lettres et de chiffres, est attendu, par exemple x",
    "platformFiles.problem.sameOrder":
      "{other} a le même ordre ou le même id ; donnez à chaque fichier le sien",
    "platformFiles.problem.unknownValue":
      "valeur inconnue « {value} » ; utilisez l'une de celles-ci : {allowed}",
    "platformFiles.problem.missingBuiltIn":
      "manquant ; un fichier de plateforme intégré le renseigne (voir docs/platforms.md)",
    "platformFiles.problem.unknownSourceBuiltIn":
      "pas de source « {id} » dans les sources de ce fichier ; ajoutez-la ou corrigez l'id",
    "platformFiles.problem.noSuchFolder":
      "dossier introuvable ; donnez à --catalog un dossier de fichiers de plateforme (<id>.yaml)",
    "platformFiles.problem.unknownPlatform":
      "smm ne connaît pas de plateforme « {id} » ; nommez le fichier d'après l'une de celles-ci : {platforms}",
    "platformFiles.problem.missingInList":
      "manquant ; chaque entrée d'une liste que le fichier renseigne en a besoin (voir docs/platforms.md)",
    "platformFiles.problem.unknownSource":
      "pas de source « {id} » sous sources: dans ce fichier ; ajoutez-la ou retirez source (la valeur est alors citée comme venant de ce fichier)",
    "platformFiles.problem.unknownCatalogKey":
      "pas de texte « {key} » dans le catalogue ; utilisez une clé tone.*, par exemple tone.conversational",
    "platformFiles.problem.orderInOverride":
      "seuls les fichiers intégrés de smm fixent l'ordre ; retirez cette ligne",
    "platformFiles.problem.negativeHours":
      "un nombre d'heures de 0 ou plus est attendu",
    "platformFiles.problem.missingValue":
      "manquant ; donnez la valeur avec sa source",
    "platformFiles.problem.notCount":
      "un nombre entier de 0 ou plus est attendu, par exemple 5",
  ]
}
