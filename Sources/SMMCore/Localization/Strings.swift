/// What the shell says, in one language: templates from that language's catalog, with
/// `{name}` placeholders filled in.
///
/// A template may pick a plural form with `{n|one form|other form}`: the first form when the
/// number `n` is 1 (English) or 0 or 1 (French), the second otherwise; `#` in a form stands for
/// the number.
public struct Strings: Sendable {
  /// The language spoken.
  public let language: Language
  private let table: [String: String]

  /// The strings of `language`.
  public init(_ language: Language) {
    self.language = language
    self.table = StringCatalog.table(language)
  }

  /// The English strings (scripts, tests and exports default to them).
  public static let english = Strings(.en)
  /// The French strings.
  public static let french = Strings(.fr)
  /// The strings of `language`, shared.
  public static func of(_ language: Language) -> Strings {
    language == .fr ? french : english
  }

  /// The template for `key` filled with text values.
  public func callAsFunction(_ key: String, _ values: KeyValuePairs<String, String> = [:]) -> String
  {
    guard let template = template(key) else { return "[\(key)]" }
    return fill(template) { name in
      values.first(where: { $0.key == name }).map { .text($0.value) }
    }
  }

  /// The template for `key` filled with `values`. A key missing from the catalog shows as
  /// itself in brackets, so it is visible (the catalog test fails before that ships).
  public func format(_ key: String, _ values: [String: Phrase.Value]) -> String {
    guard let template = template(key) else { return "[\(key)]" }
    return fill(template) { values[$0] }
  }

  private func template(_ key: String) -> String? {
    table[key] ?? (language == .en ? nil : StringCatalog.table(.en)[key])
  }

  /// Whether the catalog has `key`.
  public func has(_ key: String) -> Bool { table[key] != nil }

  private func text(of value: Phrase.Value) -> String {
    switch value {
    case .text(let text): return text
    case .number(let number): return String(number)
    case .decimal(let value):
      let text = SpaceScoring.format(value)
      return language == .fr ? String(text.map { $0 == "." ? "," : $0 }) : text
    case .phrase(let phrase): return phrase.render(self)
    case .profileField(let platform, let key):
      let rule = PlatformCatalog.entry(platform).profileFields.first { $0.key == key }
      return rule?.label(in: language) ?? key
    case .localized(let localized): return localized.text(in: language)
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
      var result = ""
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
        result += String(
          decoding: UnsafeBufferPointer(rebasing: bytes[literalStart..<index]), as: UTF8.self)
        let inside = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end]), as: UTF8.self)
        result += placeholder(inside, value)
        index = end + 1
        literalStart = index
      }
      result += String(
        decoding: UnsafeBufferPointer(rebasing: bytes[literalStart...]), as: UTF8.self)
      return result
    }
  }

  /// One placeholder's text: `name`, or `n|one form|other form`.
  private func placeholder(_ inside: String, _ value: (String) -> Phrase.Value?) -> String {
    let parts = inside.split(separator: "|", omittingEmptySubsequences: false)
    let name = String(parts[0])
    guard parts.count == 3 else {
      return value(name).map { text(of: $0) } ?? "{\(inside)}"
    }
    let number: Int
    switch value(name) {
    case .number(let n)?: number = n
    case .text(let t)?: number = Int(t) ?? 0
    case .decimal(let d)?: number = d == 1 ? 1 : 2
    default: number = 0
    }
    let singular = language == .fr ? number <= 1 && number >= -1 : number == 1
    let form = String(singular ? parts[1] : parts[2])
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
