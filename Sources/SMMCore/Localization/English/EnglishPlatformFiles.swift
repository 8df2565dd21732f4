extension EnglishCatalog {
  /// What the user's platform files (overrides of the built-in catalog) make smm say.
  static let platformFiles: KeyValuePairs<String, String> = [
    "platformFiles.ignored": "{error} (smm uses its built-in catalog for that platform)",
    "platformFiles.fromFile": "From your platform file {path}: {fields}.",
  ]
}
