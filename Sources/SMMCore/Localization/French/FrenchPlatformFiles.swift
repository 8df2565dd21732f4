extension FrenchCatalog {
  /// Ce que disent les fichiers de plateforme de l'utilisateur (qui remplacent des valeurs du
  /// catalogue intégré).
  static let platformFiles: KeyValuePairs<String, String> = [
    "platformFiles.ignored":
      "{error} (smm utilise son catalogue intégré pour cette plateforme)",
    "platformFiles.fromFile": "Depuis votre fichier de plateforme {path} : {fields}.",
  ]
}
