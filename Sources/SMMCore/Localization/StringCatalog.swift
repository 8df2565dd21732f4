/// The string catalogs: one per language, each the union of its sections (one Swift file per
/// area under `Localization/English` and `Localization/French`). Keys are dotted names,
/// `area.item`; templates use `{name}` placeholders (see ``Strings``). A test fails when a key
/// is in one language and not the other, when placeholders differ, or when a key repeats.
public enum StringCatalog {
  /// The sections of `language`'s catalog, by area.
  public static func sections(_ language: Language) -> [(
    area: String, entries: KeyValuePairs<String, String>
  )] {
    switch language {
    case .en: return EnglishCatalog.sections
    case .fr: return FrenchCatalog.sections
    }
  }

  private static let english = merged(.en)
  private static let french = merged(.fr)

  /// Every key of `language`'s catalog with its template (the last one, if a key repeats).
  public static func table(_ language: Language) -> [String: String] {
    language == .fr ? french : english
  }

  private static func merged(_ language: Language) -> [String: String] {
    var table: [String: String] = [:]
    for section in sections(language) {
      for (key, value) in section.entries { table[key] = value }
    }
    return table
  }
}

/// The English catalog's sections.
enum EnglishCatalog {}
/// The French catalog's sections.
enum FrenchCatalog {}
