/// What is wrong in a platform file, as a catalog key and its values, so that smm can say it in
/// the session's language (`platformFiles.problem.KEY` in SMMCore's catalogs). `english` is the
/// generator's own wording; a test keeps SMMCore's English catalog equal to it.
public struct PlatformFileProblem: Equatable, Sendable {
  /// The key, after `platformFiles.problem.`.
  public var key: String
  /// The values of the template's `{name}` placeholders.
  public var values: [String: String]

  /// A problem.
  public init(_ key: String, _ values: [String: String] = [:]) {
    self.key = key
    self.values = values
  }

  /// The problem in English.
  public var english: String {
    var text = Self.english[key] ?? key
    for (name, value) in values { text = text.replacingOccurrences("{\(name)}", with: value) }
    return text
  }

  /// Every problem's English template.
  public static let english: [String: String] = [
    "invalidYAML": "this is not valid YAML ({reason}); fix the syntax there",
    "unreadable": "cannot be read as UTF-8 text; check that it exists and is readable",
    "idMismatch": "the id is \"{id}\" but the file is named {name}.yaml; make them the same",
    "notMapping": "expected a mapping of `key: value` lines; write it as one",
    "unknownField": "unknown field; the fields here are {known}",
    "notText": "expected a text; write it on the same line, quoted if need be",
    "notWholeNumber": "expected a whole number, such as 280",
    "notBool": "expected true or false",
    "notNumber": "expected a number, such as 3 or 3.5",
    "notList": "expected a list, such as [a, b]",
    "notPair": "expected two whole numbers, lowest first, such as [1, 5]",
    "pairOrder": "the first number is the lowest; write them in that order",
    "notEntries": "expected a list of entries, each starting with `- `",
    "notTime": "expected a time of day as HH:MM, such as \"12:00\"",
    "notCountries": "expected country codes (ISO 3166-1 alpha-2, upper case), such as [US, GB]",
    "notScore": "expected a score from 0 (poorly) to 3 (very well)",
    "notPositive": "expected a limit above 0",
    "notSources": "expected sources by id, each with short, citation, kind, checked",
    "badId": "expected a lowercase id of letters, digits and hyphens, such as x or google-business",
    "sameOrder": "{other} has the same order or id; give each file its own",
    "unknownValue": "unknown value \"{value}\"; use one of {allowed}",
    "missingBuiltIn": "missing; a built-in platform file sets it (see docs/platforms.md)",
    "unknownSourceBuiltIn":
      "no source \"{id}\" in this file's sources; add it there or fix the id",
    "noSuchFolder": "no such folder; give --catalog a folder of platform files (<id>.yaml)",
    "unknownPlatform": "smm has no platform \"{id}\"; name the file after one of {platforms}",
    "missingInList": "missing; an entry of a list the file sets needs it (see docs/platforms.md)",
    "unknownSource":
      "no source \"{id}\" under sources: in this file; add it there or leave source out (the value is then cited as coming from this file)",
    "unknownCatalogKey":
      "no catalog text \"{key}\"; use a tone.* key such as tone.conversational",
    "orderInOverride": "only smm's built-in files set the order; remove this line",
    "negativeHours": "expected hours of 0 or more",
    "missingValue": "missing; set the value along with its source",
    "notCount": "expected a whole number of 0 or more, such as 5",
  ]
}

extension String {
  func replacingOccurrences(_ target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
