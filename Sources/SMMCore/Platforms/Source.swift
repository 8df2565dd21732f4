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

  /// Creates a source.
  public init(short: String, citation: String, kind: Kind, checked: String) {
    self.short = short
    self.citation = citation
    self.kind = kind
    self.checked = checked
  }
}
