/// A language the shell speaks, as data: its strings (compiled from `po/CODE.po`), its plural
/// rule, the way it writes numbers and lists, and its typography. English is the default.
///
/// Adding a language is `po/CODE.po`, one value here (listed in ``allCases``) and its input
/// words (`po/words/CODE.words`); nothing else branches on the language.
public struct Language: Sendable, Hashable, CaseIterable, RawRepresentable, Codable,
  CustomStringConvertible
{
  /// The language code, `en` or `fr`: what `/lang` takes and the workspace stores.
  public let code: String
  /// The language's own name: `English`, `français`.
  public let nativeName: String
  /// Between the integer part and the decimals: `.` in English, `,` in French.
  public let decimalSeparator: Character
  /// Between groups of three digits: `1,048,576`, `1 048 576`.
  public let thousandsSeparator: Character
  /// Between the items of a list but the last two: `a, b, c`.
  public let listSeparator: String
  /// Before the last item of a list: ` and `, ` et `.
  public let listAnd: String
  /// How a date is written, as a pattern of `yyyy`, `MM` and `dd` (both languages write ISO
  /// dates today: `2026-12-07`).
  public let dateFormat: String
  /// What comes before `:`, `;`, `!`, `?` and `%` (a space in French, nothing in English).
  public let spaceBeforeHighPunctuation: String
  /// The compiled catalog, built the first time a string of the language is asked for (a
  /// start that never speaks French never builds the French catalog).
  var catalog: Catalog { resources.catalog() }
  /// The words the shell reads in the language, built the first time they are read.
  package var words: InputWords { resources.words() }
  /// Where the catalog and the words come from: the generated values (globals, which Swift
  /// initializes once, on first use), given to the initializer as autoclosures.
  private let resources: Resources

  /// The functions giving a language's generated catalog and words.
  struct Resources: Sendable {
    let catalog: @Sendable () -> Catalog
    let words: @Sendable () -> InputWords
  }

  init(
    code: String, nativeName: String, decimalSeparator: Character, thousandsSeparator: Character,
    listSeparator: String, listAnd: String, dateFormat: String,
    spaceBeforeHighPunctuation: String,
    catalog: @autoclosure @escaping @Sendable () -> Catalog,
    words: @autoclosure @escaping @Sendable () -> InputWords
  ) {
    self.code = code
    self.nativeName = nativeName
    self.decimalSeparator = decimalSeparator
    self.thousandsSeparator = thousandsSeparator
    self.listSeparator = listSeparator
    self.listAnd = listAnd
    self.dateFormat = dateFormat
    self.spaceBeforeHighPunctuation = spaceBeforeHighPunctuation
    self.resources = Resources(catalog: catalog, words: words)
  }

  /// English.
  public static let en = Language(
    code: "en", nativeName: "English", decimalSeparator: ".", thousandsSeparator: ",",
    listSeparator: ", ", listAnd: " and ", dateFormat: "yyyy-MM-dd",
    spaceBeforeHighPunctuation: "", catalog: .en, words: .en)

  /// French.
  public static let fr = Language(
    code: "fr", nativeName: "français", decimalSeparator: ",", thousandsSeparator: " ",
    listSeparator: ", ", listAnd: " et ", dateFormat: "yyyy-MM-dd",
    spaceBeforeHighPunctuation: " ", catalog: .fr, words: .fr)

  /// Every language the shell speaks.
  public static let allCases: [Language] = [.en, .fr]

  /// The language whose code is `rawValue` (`en`, `fr`), if the shell speaks it.
  public init?(rawValue: String) {
    guard let language = Self.allCases.first(where: { $0.code == rawValue }) else { return nil }
    self = language
  }

  /// The language code (see ``code``); a language is stored as it, `"en"` or `"fr"`.
  public var rawValue: String { code }
  public var description: String { code }

  /// The language named by the POSIX locale variables, in their order of precedence
  /// (`LC_ALL`, then `LC_MESSAGES`, then `LANG`): the language whose code starts the first
  /// one set (`fr_FR.UTF-8` is French), English otherwise.
  public static func fromLocale(_ variables: [String: String]) -> Language {
    namedByLocale(variables) ?? .en
  }

  /// The language the first locale variable set names, when it is one smm speaks; nil for an
  /// unset locale, `C`, `POSIX`, `C.UTF-8` or another language: nobody chose one of ours.
  public static func namedByLocale(_ variables: [String: String]) -> Language? {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = variables[name], !value.isEmpty else { continue }
      let lowered = value.lowercased()
      return allCases.first { lowered.hasPrefix($0.code) }
    }
    return nil
  }

  /// The plural form (0-based, in the order of the catalog's entries) that `number` takes:
  /// English says "1 brand" and "0 brands", French « 0 marque ».
  public func pluralForm(_ number: Int) -> Int {
    max(0, min(catalog.plural(number), catalog.pluralForms - 1))
  }

  public static func == (lhs: Language, rhs: Language) -> Bool { lhs.code == rhs.code }
  public func hash(into hasher: inout Hasher) { hasher.combine(code) }
}
