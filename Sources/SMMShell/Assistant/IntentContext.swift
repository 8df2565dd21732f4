import SMMCore

/// What the intent matcher may refer to: the open brand's platforms and messages, and the
/// names it can recognise in a line.
package struct IntentContext: Sendable {
  /// The chosen spaces of the open brand (may be empty). Every ``Platform`` is recognised by
  /// name whatever this holds; the chosen ones decide what `/spaces choose` still adds.
  package var platforms: [Platform]
  /// The ids of the brand's core messages.
  package var messageIDs: [Int]
  /// The texts of the brand's core messages, in the order of ``messageIDs`` (or empty): a
  /// message may be named by what it says ("the Saturday opening message").
  package var messageTexts: [String] = []
  /// The brands of the workspace.
  package var brandNames: [String]
  /// The brand's communities (their words are taken as written, never as typos).
  package var communityNames: [String]
  /// The brand's crisis risks, most important first.
  package var riskNames: [String]
  /// The brand's content pillars (themes), as written.
  package var pillarNames: [String]
  /// Whether a brand is open.
  package var hasBrand: Bool
  /// The open brand's name, if one is open: a sentence naming it does not open it again.
  package var openBrand: String?
  /// The session's date, which dates in words ("1 June") are read from; nil: no date is read.
  package var today: CivilDate?
  /// The open brand's profile, which a fact said with "also" adds to ("we'd also like to
  /// recruit" keeps the goals there are); nil: such a fact is not read.
  package var profile: BrandProfile?
  /// The weeks of the brand's calendar, if it has one: a new start alone ("start the calendar
  /// in March") keeps them.
  package var calendarWeeks: Int?
  /// The first Monday of the brand's calendar, if it has one: a new length keeps it ("make it
  /// six weeks long"), a shift moves it ("push it back a week").
  package var calendarStart: CivilDate?

  /// A context; every part defaults to empty.
  package init(
    platforms: [Platform] = [], messageIDs: [Int] = [], brandNames: [String] = [],
    communityNames: [String] = [], riskNames: [String] = [], pillarNames: [String] = [],
    hasBrand: Bool = false,
    today: CivilDate? = nil, profile: BrandProfile? = nil, calendarWeeks: Int? = nil,
    calendarStart: CivilDate? = nil, openBrand: String? = nil
  ) {
    self.platforms = platforms
    self.messageIDs = messageIDs
    self.brandNames = brandNames
    self.communityNames = communityNames
    self.riskNames = riskNames
    self.pillarNames = pillarNames
    self.hasBrand = hasBrand
    self.today = today
    self.profile = profile
    self.calendarWeeks = calendarWeeks
    self.calendarStart = calendarStart
    self.openBrand = openBrand
  }
}
