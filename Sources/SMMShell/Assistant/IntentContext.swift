import SMMCore

/// What the intent matcher may refer to: the open brand's platforms and messages, and the
/// names it can recognise in a line.
public struct IntentContext: Sendable {
  /// The chosen spaces of the open brand (may be empty). Every ``Platform`` is recognised by
  /// name whatever this holds; the chosen ones decide what `/spaces choose` still adds.
  public var platforms: [Platform]
  /// The ids of the brand's core messages.
  public var messageIDs: [Int]
  /// The brands of the workspace.
  public var brandNames: [String]
  /// The brand's communities (their words are taken as written, never as typos).
  public var communityNames: [String]
  /// The brand's crisis risks, most important first.
  public var riskNames: [String]
  /// Whether a brand is open.
  public var hasBrand: Bool

  /// A context; every part defaults to empty.
  public init(
    platforms: [Platform] = [], messageIDs: [Int] = [], brandNames: [String] = [],
    communityNames: [String] = [], riskNames: [String] = [], hasBrand: Bool = false
  ) {
    self.platforms = platforms
    self.messageIDs = messageIDs
    self.brandNames = brandNames
    self.communityNames = communityNames
    self.riskNames = riskNames
    self.hasBrand = hasBrand
  }
}
