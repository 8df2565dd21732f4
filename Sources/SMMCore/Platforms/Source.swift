/// Where a figure or rule comes from, and when it was last checked.
public struct Source: Codable, Equatable, Hashable, Sendable {
  /// How much weight the source carries (`reference/domain.md` tags).
  public enum Kind: String, Codable, Sendable {
    /// The platform's or vendor's own docs, spec or code.
    case official
    /// Open-source product code.
    case code
    /// A survey or peer-reviewed work (Pew, academic).
    case research
    /// A third-party page: secondary.
    case thirdParty
    /// smm's own stated rule of thumb, where no source was found: said so plainly.
    case editorial
  }

  /// Short citation shown after a figure: "Pew 2025".
  public var short: String
  /// Full citation: title, publisher, and where to find it.
  public var citation: String
  /// What kind of source it is.
  public var kind: Kind
  /// The date it was checked, `YYYY-MM-DD`.
  public var checked: String
  /// The entry a client document's bibliography gives (publisher, title, year, address);
  /// nil where no published work stands behind the figure (smm's own assessment, a tool's
  /// code): the document then says it is our assessment.
  public var reference: Reference?

  /// Creates a source.
  public init(
    short: String, citation: String, kind: Kind, checked: String, reference: Reference? = nil
  ) {
    self.short = short
    self.citation = citation
    self.kind = kind
    self.checked = checked
    self.reference = reference
  }
}

/// A published work as a bibliography gives it: who published it, its title, its year and
/// where to read it.
public struct Reference: Codable, Equatable, Hashable, Sendable {
  /// The publisher or author: "Pew Research Center", "Meta for Developers".
  public var publisher: String
  /// The title of the page, report or article; [in brackets] when the work has no title of its
  /// own and this describes it.
  public var title: String
  /// The French wording of a description in brackets (a work's own title is never translated).
  public var frenchTitle: String?
  /// The year it was published or last updated, when known.
  public var year: String?
  /// Where to read it (a platform's help page, a survey), when it is online.
  public var url: String?

  /// Creates a reference.
  public init(
    publisher: String, title: String, frenchTitle: String? = nil, year: String? = nil,
    url: String? = nil
  ) {
    self.publisher = publisher
    self.title = title
    self.frenchTitle = frenchTitle
    self.year = year
    self.url = url
  }

  /// The title as a reader of `language` reads it: the French description in French when there
  /// is one, else the title as given.
  public func title(in language: Language) -> String {
    language == .fr ? frenchTitle ?? title : title
  }
}
