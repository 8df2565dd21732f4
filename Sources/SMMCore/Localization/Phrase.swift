/// Something to say, not yet in a language: a catalog key and the values for its
/// placeholders. The domain returns phrases; the shell renders them in the user's language.
public struct Phrase: Equatable, Sendable {
  /// A value put in a placeholder.
  public indirect enum Value: Equatable, Sendable {
    /// Text used as is (a name, a command, a platform).
    case text(String)
    /// A number, written with the language's digits.
    case number(Int)
    /// A decimal number, to one decimal place: 2.5 in English, 2,5 in French.
    case decimal(Double)
    /// Another phrase, rendered in the same language.
    case phrase(Phrase)
    /// The name of a platform's profile field (`display-name` on LinkedIn: "Company name",
    /// « Nom de l'entreprise »), as that platform's interface shows it in the language.
    case profileField(Platform, String)
    /// Text given in every language (a sentence of the platform catalog), shown in the
    /// language of the phrase.
    case localized(LocalizedText)
    /// A command the user may type (`/spaces recommend`), printed by the printer the shell
    /// gives its strings (``Strings/printingCommands(_:)``): the core writes no shell syntax.
    case command(CommandRequest)
  }

  /// The catalog key, e.g. `guide.next.choose`.
  public var key: String
  /// The placeholder values, by name.
  public var values: [String: Value]

  /// A phrase for `key` with placeholder values.
  public init(_ key: String, _ values: [String: Value] = [:]) {
    self.key = key
    self.values = values
  }

  /// A phrase whose placeholders are all plain text.
  public init(_ key: String, text values: [String: String]) {
    self.key = key
    self.values = values.mapValues { .text($0) }
  }

  /// The phrase in `strings`' language.
  public func render(_ strings: Strings) -> String {
    strings.format(key, values)
  }
}

extension Phrase {
  /// Text shown as written, in every language (e.g. a note stored before notes were phrases).
  public static func verbatim(_ text: String) -> Phrase {
    Phrase("domain.verbatim", text: ["text": text])
  }

  /// The phrase in English, the language of scripts, exports and stored text.
  public var english: String { render(.english) }
}

/// A phrase is stored as its key and values; a plain string (text stored before it was a
/// phrase) decodes as that text, verbatim.
extension Phrase: Codable {
  private enum CodingKeys: String, CodingKey { case key, values }

  public init(from decoder: any Decoder) throws {
    // The usual case first: trying a string on an object would throw, and throwing is slow
    // when a snapshot holds thousands of phrases.
    guard let container = try? decoder.container(keyedBy: CodingKeys.self) else {
      self = .verbatim(try decoder.singleValueContainer().decode(String.self))
      return
    }
    self.init(
      try container.decode(String.self, forKey: .key),
      try container.decodeIfPresent([String: Value].self, forKey: .values) ?? [:])
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(key, forKey: .key)
    if !values.isEmpty { try container.encode(values, forKey: .values) }
  }
}

extension Phrase.Value: Codable {
  private enum CodingKeys: String, CodingKey {
    case text, number, decimal, phrase, platform, field, localized, command
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    // Each value holds one case's key: the commonest cases are tried first (a large brand's
    // snapshot holds tens of thousands of values; issue 16). Reading `allKeys` instead was
    // slower, packed and in JSON.
    if let text = try container.decodeIfPresent(String.self, forKey: .text) {
      self = .text(text)
    } else if let phrase = try container.decodeIfPresent(Phrase.self, forKey: .phrase) {
      self = .phrase(phrase)
    } else if let number = try container.decodeIfPresent(Int.self, forKey: .number) {
      self = .number(number)
    } else if let decimal = try container.decodeIfPresent(Double.self, forKey: .decimal) {
      self = .decimal(decimal)
    } else if let localized = try container.decodeIfPresent(
      LocalizedText.self, forKey: .localized)
    {
      self = .localized(localized)
    } else if let request = try container.decodeIfPresent(CommandRequest.self, forKey: .command) {
      self = .command(request)
    } else {
      self = .profileField(
        try container.decode(Platform.self, forKey: .platform),
        try container.decode(String.self, forKey: .field))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .text(let text): try container.encode(text, forKey: .text)
    case .number(let number): try container.encode(number, forKey: .number)
    case .decimal(let decimal): try container.encode(decimal, forKey: .decimal)
    case .profileField(let platform, let field):
      try container.encode(platform, forKey: .platform)
      try container.encode(field, forKey: .field)
    case .phrase(let phrase): try container.encode(phrase, forKey: .phrase)
    case .localized(let localized): try container.encode(localized, forKey: .localized)
    case .command(let request): try container.encode(request, forKey: .command)
    }
  }
}

extension Phrase {
  /// Items joined with ", " (with `or`, with the language's "or"): `a, b, c`; `a or b`.
  public static func list(_ items: [String], or: Bool = false) -> Phrase {
    list(values: items.map { .text($0) }, or: or)
  }

  /// Values joined like ``list(_:or:)``.
  public static func list(values items: [Value], or: Bool = false) -> Phrase {
    guard let last = items.last else { return .verbatim("") }
    guard items.count > 1 else {
      if case .phrase(let phrase) = last { return phrase }
      return Phrase("domain.verbatim", ["text": last])
    }
    let rest = list(values: Array(items.dropLast()), or: or)
    return Phrase(or ? "domain.or" : "domain.list", ["a": .phrase(rest), "b": last])
  }
}
