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
    var converted: [String: Phrase.Value] = [:]
    for (name, value) in values { converted[name] = .text(value) }
    return format(key, converted)
  }

  /// The template for `key` filled with `values`. A key missing from the catalog shows as
  /// itself in brackets, so it is visible (the catalog test fails before that ships).
  public func format(_ key: String, _ values: [String: Phrase.Value]) -> String {
    guard let template = table[key] ?? StringCatalog.table(.en)[key] else { return "[\(key)]" }
    return fill(template, values)
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

  private func fill(_ template: String, _ values: [String: Phrase.Value]) -> String {
    guard template.contains("{") else { return template }
    var result = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      result += rest[..<open]
      guard let close = rest[open...].firstIndex(of: "}") else { break }
      let inside = rest[rest.index(after: open)..<close]
      rest = rest[rest.index(after: close)...]
      let parts = inside.split(separator: "|", omittingEmptySubsequences: false)
      let name = String(parts[0])
      if parts.count == 3 {
        let number: Int
        switch values[name] {
        case .number(let n)?: number = n
        case .text(let t)?: number = Int(t) ?? 0
        case .decimal(let d)?: number = d == 1 ? 1 : 2
        default: number = 0
        }
        let singular = language == .fr ? number <= 1 && number >= -1 : number == 1
        let form = String(singular ? parts[1] : parts[2])
        result += form.replacingAll("#", with: String(number))
      } else if let value = values[name] {
        result += text(of: value)
      } else {
        result += "{\(inside)}"
      }
    }
    result += rest
    return result
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
