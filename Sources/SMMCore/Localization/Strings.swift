/// What the shell says, in one language: templates from that language's catalog, with
/// `{name}` placeholders filled in.
///
/// A plural entry of the catalog (`msgid_plural` in the `.po` file) takes the form that the
/// language's plural rule gives for the number in its count placeholder. Inside a text, a
/// second number may pick its own words with `{n|one form|other form…}` (one form per plural
/// form of the language, by the same rule); `#` in such a form stands for the number.
public struct Strings: Sendable {
  /// The language spoken.
  public let language: Language
  private let table: TemplateTable
  /// How a ``Phrase/Value/command(_:)`` is written, given by the shell; without one, a
  /// command shows as the words of its path (`spaces recommend`).
  private var commandPrinter: (@Sendable (CommandRequest, Strings) -> String)?

  /// The strings of `language`.
  public init(_ language: Language) {
    self.language = language
    self.table = language.catalog.templates
  }

  /// These strings, writing the commands their phrases name with `printer` (given the
  /// request and these strings, for the words that stand for values).
  public func printingCommands(
    _ printer: @escaping @Sendable (CommandRequest, Strings) -> String
  ) -> Strings {
    var strings = self
    strings.commandPrinter = printer
    return strings
  }

  /// The English strings (scripts, tests and exports default to them).
  public static let english = Strings(.en)
  /// The French strings.
  public static let french = Strings(.fr)
  /// The strings of `language`, shared.
  public static func of(_ language: Language) -> Strings {
    Strings(language)
  }

  /// The template for `key` filled with text values.
  public func callAsFunction(_ key: String, _ values: KeyValuePairs<String, String> = [:]) -> String
  {
    let value: (String) -> Phrase.Value? = { name in
      values.first(where: { $0.key == name }).map { .text($0.value) }
    }
    guard let template = template(key, value) else { return "[\(key)]" }
    return fill(template, value)
  }

  /// The template for `key` filled with `values`. A key missing from the catalog shows as
  /// itself in brackets, so it is visible (the catalog test fails before that ships).
  public func format(_ key: String, _ values: [String: Phrase.Value]) -> String {
    let value: (String) -> Phrase.Value? = { values[$0] }
    guard let template = template(key, value) else { return "[\(key)]" }
    return fill(template, value)
  }

  /// The text for `key` (English when the language lacks it), in the plural form its count
  /// takes.
  private func template(_ key: String, _ value: (String) -> Phrase.Value?) -> String? {
    guard let entry = table[key] ?? Language.en.catalog.templates[key] else { return nil }
    guard let count = entry.count, entry.forms.count > 1 else { return entry.forms.first }
    let form = language.pluralForm(Self.number(value(count)))
    return entry.forms[min(form, entry.forms.count - 1)]
  }

  /// The number that picks a plural form: a number, text holding one, 1 for the decimal 1 and
  /// 2 for any other, 0 when there is none.
  private static func number(_ value: Phrase.Value?) -> Int {
    switch value {
    case .number(let n)?: return n
    case .text(let t)?: return Int(t) ?? 0
    case .decimal(let d)?: return d == 1 ? 1 : 2
    default: return 0
    }
  }

  /// Whether the catalog has `key`.
  public func has(_ key: String) -> Bool { table[key] != nil }

  private func text(of value: Phrase.Value) -> String {
    switch value {
    case .text(let text): return text
    case .number(let number): return String(number)
    case .decimal(let value): return language.decimal(value)
    case .phrase(let phrase): return phrase.render(self)
    case .profileField(let platform, let key):
      let rule = PlatformCatalog.entry(platform).profileFields.first { $0.key == key }
      return rule?.label(in: language) ?? key
    case .localized(let localized): return localized.text(in: language)
    case .command(let request):
      return commandPrinter?(request, self) ?? request.path.joined(separator: " ")
    }
  }

  /// Fills the placeholders of `template`, scanning its UTF-8 bytes (braces and bars are
  /// ASCII): templates are filled for every command, so this stays off the grapheme path.
  private func fill(_ template: String, _ value: (String) -> Phrase.Value?) -> String {
    var template = template
    return template.withUTF8 { bytes -> String in
      let open = UInt8(ascii: "{")
      let close = UInt8(ascii: "}")
      guard bytes.contains(open) else { return String(decoding: bytes, as: UTF8.self) }
      // The text gathered as bytes and made a string once: the pieces are cut at ASCII braces
      // of valid UTF-8, so what is gathered is valid UTF-8 too.
      var result: [UInt8] = []
      result.reserveCapacity(bytes.count + 32)
      var literalStart = 0
      var index = 0
      while index < bytes.count {
        guard bytes[index] == open else {
          index += 1
          continue
        }
        var end = index + 1
        while end < bytes.count && bytes[end] != close { end += 1 }
        guard end < bytes.count else { break }
        result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[literalStart..<index]))
        let inside = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end]), as: UTF8.self)
        result.append(contentsOf: placeholder(inside, value).utf8)
        index = end + 1
        literalStart = index
      }
      result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[literalStart...]))
      return String(decoding: result, as: UTF8.self)
    }
  }

  /// One placeholder's text: `name`, or `n|one form|other form…`.
  private func placeholder(_ inside: String, _ value: (String) -> Phrase.Value?) -> String {
    // Most placeholders are a name alone: no split.
    if !inside.utf8.contains(UInt8(ascii: "|")) {
      return value(inside).map { text(of: $0) } ?? "{\(inside)}"
    }
    let parts = inside.split(separator: "|", omittingEmptySubsequences: false)
    let name = String(parts[0])
    guard parts.count >= 3 else {
      return value(name).map { text(of: $0) } ?? "{\(inside)}"
    }
    let number = Self.number(value(name))
    let form = String(parts[1 + min(language.pluralForm(number), parts.count - 2)])
    return form.replacingAll("#", with: String(number))
  }
}

extension String {
  fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
    var out = ""
    for character in self {
      if character == target { out += replacement } else { out.append(character) }
    }
    return out
  }
}
