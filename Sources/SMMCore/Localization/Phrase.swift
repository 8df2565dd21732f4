/// Something to say, not yet in a language: a catalog key and the values for its
/// placeholders. The domain returns phrases; the shell renders them in the user's language.
public struct Phrase: Equatable, Sendable, Codable {
  /// A value put in a placeholder.
  public indirect enum Value: Equatable, Sendable, Codable {
    /// Text used as is (a name, a command, a platform).
    case text(String)
    /// A number, written with the language's digits.
    case number(Int)
    /// Another phrase, rendered in the same language.
    case phrase(Phrase)
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
