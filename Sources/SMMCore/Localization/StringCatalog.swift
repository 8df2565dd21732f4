/// The string catalogs: one per language, compiled from `po/CODE.po` by `scripts/gen-strings`
/// into `Generated/Catalog+CODE.swift`. Keys are dotted names, `area.item` (the `msgctxt` of
/// each entry); templates use `{name}` placeholders (see ``Strings``). Tests fail when a key is
/// in one language and not the other, when placeholders differ, when a plural entry lacks a
/// form, or when a generated file is older than its `.po` file.
public enum StringCatalog {
  /// Every key of `language`'s catalog with its text; a plural entry gives its last form (the
  /// most general: "# brands").
  public static func table(_ language: Language) -> [String: String] {
    language.catalog.templates.dictionary.compactMapValues(\.forms.last)
  }

  /// Every key of `language`'s catalog with all its forms: one text, or one per plural form.
  public static func forms(_ language: Language) -> [String: [String]] {
    language.catalog.templates.dictionary.mapValues(\.forms)
  }
}
