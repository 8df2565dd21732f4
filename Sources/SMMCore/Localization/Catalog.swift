/// The compiled string catalog of one language: the entries of `po/CODE.po` and its plural
/// rule, generated into `Generated/Catalog+CODE.swift` by `scripts/gen-strings` (nothing is
/// parsed at start-up).
final class Catalog: Sendable {
  /// The language code of the `.po` file (`en`, `fr`).
  let code: String
  /// How many plural forms the language has (`nplurals` of the `Plural-Forms` header).
  let pluralForms: Int
  /// The `plural=` expression of the header, as written there.
  let pluralRule: String
  /// The plural form (0-based) that a number takes: the header's expression, compiled.
  let plural: @Sendable (Int) -> Int
  /// Every entry, by key.
  let templates: TemplateTable

  init(
    code: String, pluralForms: Int, pluralRule: String, plural: @escaping @Sendable (Int) -> Int,
    templates: TemplateTable
  ) {
    self.code = code
    self.pluralForms = pluralForms
    self.pluralRule = pluralRule
    self.plural = plural
    self.templates = templates
  }

  /// A plural expression's value as a form number: C counts `true` as 1.
  static func form(_ value: Bool) -> Int { value ? 1 : 0 }
  /// A plural expression's value as a form number.
  static func form(_ value: Int) -> Int { value }
}
