extension EnglishCatalog {
  /// What the user's platform files (overrides of the built-in catalog) make smm say.
  static let platformFiles: KeyValuePairs<String, String> = [
    "platformFiles.ignored": "{error} (smm uses its built-in catalog for that platform)",
    "platformFiles.fromFile": "From your platform file {path}: {fields}.",
    "platformFiles.problem.invalidYAML":
      "this is not valid YAML ({reason}); fix the syntax there",
    "platformFiles.problem.unreadable":
      "cannot be read as UTF-8 text; check that it exists and is readable",
    "platformFiles.problem.idMismatch":
      "the id is \"{id}\" but the file is named {name}.yaml; make them the same",
    "platformFiles.problem.notMapping":
      "expected a mapping of `key: value` lines; write it as one",
    "platformFiles.problem.unknownField":
      "unknown field; the fields here are {known}",
    "platformFiles.problem.notText":
      "expected a text; write it on the same line, quoted if need be",
    "platformFiles.problem.notWholeNumber":
      "expected a whole number, such as 280",
    "platformFiles.problem.notBool":
      "expected true or false",
    "platformFiles.problem.notNumber":
      "expected a number, such as 3 or 3.5",
    "platformFiles.problem.notList":
      "expected a list, such as [a, b]",
    "platformFiles.problem.notPair":
      "expected two whole numbers, lowest first, such as [1, 5]",
    "platformFiles.problem.pairOrder":
      "the first number is the lowest; write them in that order",
    "platformFiles.problem.notEntries":
      "expected a list of entries, each starting with `- `",
    "platformFiles.problem.notTime":
      "expected a time of day as HH:MM, such as \"12:00\"",
    "platformFiles.problem.notScore":
      "expected a score from 0 (poorly) to 3 (very well)",
    "platformFiles.problem.notPositive":
      "expected a limit above 0",
    "platformFiles.problem.notSources":
      "expected sources by id, each with short, citation, kind, checked",
    "platformFiles.problem.badId":
      "expected a lowercase id of letters and digits, such as x",
    "platformFiles.problem.sameOrder":
      "{other} has the same order or id; give each file its own",
    "platformFiles.problem.unknownValue":
      "unknown value \"{value}\"; use one of {allowed}",
    "platformFiles.problem.missingBuiltIn":
      "missing; a built-in platform file sets it (see docs/platforms.md)",
    "platformFiles.problem.unknownSourceBuiltIn":
      "no source \"{id}\" in this file's sources; add it there or fix the id",
    "platformFiles.problem.noSuchFolder":
      "no such folder; give --catalog a folder of platform files (<id>.yaml)",
    "platformFiles.problem.unknownPlatform":
      "smm has no platform \"{id}\"; name the file after one of {platforms}",
    "platformFiles.problem.missingInList":
      "missing; an entry of a list the file sets needs it (see docs/platforms.md)",
    "platformFiles.problem.unknownSource":
      "no source \"{id}\" under sources: in this file; add it there or leave source out (the value is then cited as coming from this file)",
    "platformFiles.problem.unknownCatalogKey":
      "no catalog text \"{key}\"; use a tone.* key such as tone.conversational",
    "platformFiles.problem.orderInOverride":
      "only smm's built-in files set the order; remove this line",
    "platformFiles.problem.negativeHours":
      "expected hours of 0 or more",
    "platformFiles.problem.missingValue":
      "missing; set the value along with its source",
    "platformFiles.problem.notCount":
      "expected a whole number of 0 or more, such as 5",
  ]
}
