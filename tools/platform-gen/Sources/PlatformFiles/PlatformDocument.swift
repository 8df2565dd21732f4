/// One platform file as written: every field optional, so that the same type holds a complete
/// built-in file (`platforms/x.yaml`) and a user's override that sets a few fields.
///
/// Enumerated values (units, formats, goals, source kinds) stay the strings of the file; the
/// generator and the override loader check them against SMMCore's types.
public struct PlatformDocument: Equatable, Sendable {
  /// The file it was read from, as given to the reader.
  public var path: String
  /// The platform's id, lowercase: `x`, `linkedin`.
  public var id: String?
  /// Its place in the catalog's order (1 first); built-in files only.
  public var order: Int?
  /// Its name as people write it, per language.
  public var name: Texts?
  /// Other words a command argument accepts for it (`twitter` for `x`).
  public var aliases: [String]?
  /// Words the assistant reads as this platform in a free sentence (`insta`).
  public var assistantWords: [String]?
  /// Its two-letter code in the calendar grid.
  public var calendarCode: String?
  /// One line on what it is for.
  public var summary: Texts?
  /// The countries where it operates (`operates-in`); nil when it operates everywhere.
  public var operatesIn: Availability?
  /// smm's editorial defaults there: tone and posting time.
  public var defaults: Defaults?
  /// Audience figures.
  public var audience: [Audience]?
  /// The B2B and B2C fit.
  public var market: Market?
  /// The formats it rewards, most important first (ContentFormat raw values).
  public var formats: [String]?
  /// The formats a brand must produce to be there at all.
  public var requiredFormats: [String]?
  /// The goals it serves (Goal raw values), with why.
  public var goals: [Fit]?
  /// The reaches where it is strong (Reach raw values), with why.
  public var reach: [Fit]?
  /// What running a profile there takes.
  public var effort: Effort?
  /// The fields of a profile there.
  public var profileFields: [ProfileField]?
  /// The rules of a post's text.
  public var post: Post?
  /// The sources the file cites, by the id its fields use, in the file's order.
  public var sources: [SourceEntry]
  /// The line of every field the file sets, by its dotted path (`post.text.limit`).
  public var lines: [String: Int]

  /// An empty document read from `path`.
  public init(path: String) {
    self.path = path
    self.sources = []
    self.lines = [:]
  }

  /// The dotted paths of the fields the file sets, in file order: leaves of mappings, and
  /// lists whole (a list in a file replaces the list); `id` and `sources` left out.
  public var setFields: [String] {
    let leaves = lines.keys.filter { path in
      !lines.keys.contains { $0.hasPrefix(path + ".") }
    }
    var result: [String] = []
    for path in leaves.sorted(by: { (lines[$0] ?? 0, $0) < (lines[$1] ?? 0, $1) }) {
      let field = String(path.prefix { $0 != "[" })
      if field == "id" || field == "sources" || field.hasPrefix("sources.") { continue }
      if !result.contains(field) { result.append(field) }
    }
    return result
  }
}

extension PlatformDocument {
  /// A text in English and in French.
  public struct Texts: Equatable, Sendable {
    public var en: String?
    public var fr: String?
    public init(en: String?, fr: String?) {
      self.en = en
      self.fr = fr
    }
  }

  /// The id of a source the file (or, for an override, the built-in file) defines.
  public struct SourceRef: Equatable, Sendable {
    public var id: String
    public var line: Int
    public init(id: String, line: Int) {
      self.id = id
      self.line = line
    }
  }

  /// A source, under its id.
  public struct SourceEntry: Equatable, Sendable {
    public var id: String
    public var short: String?
    public var citation: String?
    public var kind: String?
    public var checked: String?
    /// The bibliography entry: publisher, title, year, url (`reference:`), when given.
    public var reference: ReferenceEntry?
    public var line: Int
    public init(
      id: String, short: String?, citation: String?, kind: String?, checked: String?,
      reference: ReferenceEntry? = nil, line: Int
    ) {
      self.id = id
      self.short = short
      self.citation = citation
      self.kind = kind
      self.checked = checked
      self.reference = reference
      self.line = line
    }
  }

  /// A source's bibliography entry, as the file gives it.
  public struct ReferenceEntry: Equatable, Sendable {
    public var publisher: String?
    public var title: String?
    /// `title-fr`: the French wording of a description in brackets.
    public var frenchTitle: String?
    public var year: String?
    public var url: String?
    public init(
      publisher: String?, title: String?, frenchTitle: String? = nil, year: String?, url: String?
    ) {
      self.publisher = publisher
      self.title = title
      self.frenchTitle = frenchTitle
      self.year = year
      self.url = url
    }
  }

  /// Where a platform operates: ISO 3166-1 alpha-2 codes, with the source that lists them.
  public struct Availability: Equatable, Sendable {
    public var countries: [String]?
    public var source: SourceRef?
    public init() {}
  }

  /// smm's editorial defaults.
  public struct Defaults: Equatable, Sendable {
    /// The default tone, in English (the value `/content tone` would set).
    public var tone: String?
    /// The string-catalog key that shows the tone in the session's language.
    public var tonePhrase: String?
    /// The usual posting time, `HH:MM`.
    public var postingTime: String?
    public init() {}
  }

  /// An audience figure.
  public struct Audience: Equatable, Sendable {
    public var percent: Double?
    /// ISO 3166-1 alpha-2 code of the country measured.
    public var country: String?
    /// What it measures: ever-use, daily-use, monthly-reach, monthly-use, ad-audience.
    public var measure: String?
    public var ages: [Int]?
    public var year: Int?
    public var statement: Texts?
    public var source: SourceRef?
    public init() {}
  }

  /// A claim with its source.
  public struct Reason: Equatable, Sendable {
    public var text: Texts
    public var source: SourceRef?
    public init(text: Texts, source: SourceRef?) {
      self.text = text
      self.source = source
    }
  }

  /// The B2B and B2C fit.
  public struct Market: Equatable, Sendable {
    public var b2b: Int?
    public var b2c: Int?
    public var reasons: [Reason]?
    public init() {}
  }

  /// A goal or reach, with why.
  public struct Fit: Equatable, Sendable {
    public var name: String?
    public var reason: Reason
    public init(name: String?, reason: Reason) {
      self.name = name
      self.reason = reason
    }
  }

  /// The effort a profile takes.
  public struct Effort: Equatable, Sendable {
    public var postsPerWeek: [Int]?
    public var hoursPerWeek: Double?
    public var source: SourceRef?
    public init() {}
  }

  /// A profile field.
  public struct ProfileField: Equatable, Sendable {
    public var key: String?
    public var label: Texts?
    /// `text` (the default) or `done`.
    public var kind: String?
    public var limit: Int?
    public var unit: String?
    public var source: SourceRef?
    /// The fewest characters the field takes.
    public var minimum: Int?
    /// The only characters besides letters and digits the field takes.
    public var punctuation: String?
    public init() {}
  }

  /// The limit of one field of a post.
  public struct Limit: Equatable, Sendable {
    public var field: String?
    public var limit: Int?
    /// Whether the file says `limit: none` (no limit, or none known).
    public var noLimit: Bool = false
    public var unit: String?
    public var forbidden: String?
    public var source: SourceRef?
    /// The key of the brand's own setting that replaces the limit (`server-limit`).
    public var setting: String?
    public init() {}
  }

  /// A value with its source; the value stays the file's scalar text, or a pair for ranges.
  public struct Sourced: Equatable, Sendable {
    public var value: String?
    public var range: [Int]?
    /// `separateField` links: the link field's own limit.
    public var limit: Int?
    public var source: SourceRef?
    public init() {}
  }

  /// The rules of a post's text.
  public struct Post: Equatable, Sendable {
    public var text: Limit?
    public var secondary: Limit?
    public var title: Limit?
    /// `alt-text`: the image description field (alt text) and its limit; absent where the
    /// platform has none.
    public var altText: Limit?
    public var urlWeight: Sourced?
    public var mentions: Sourced?
    public var hashtagCap: Sourced?
    public var hashtagAdvice: Sourced?
    public var mentionCap: Sourced?
    public var linkCap: Sourced?
    public var links: Sourced?
    /// `single` (the default), `thread`, `titled` or `outline`.
    public var shape: String?
    public var hashtagsAtEnd: Bool?
    public var note: Texts?
    public init() {}
  }
}
