/// Everything the catalog knows of one platform: audience, strengths, the formats it rewards,
/// the effort it needs and its profile fields, each figure with its source.
public struct PlatformEntry: Equatable, Sendable {
  /// The platform.
  public var platform: Platform
  /// Its name as people write it, per language ("X", "LinkedIn").
  public var name: LocalizedText
  /// Other words a command argument accepts for it (`twitter` for X).
  public var aliases: [String]
  /// Words the assistant reads as this platform in a free sentence (`insta`, `fb`).
  public var assistantWords: [String]
  /// Its two-letter code in the calendar grid (`li`).
  public var calendarCode: String
  /// smm's editorial defaults there: tone and posting time.
  public var defaults: PlatformDefaults
  /// One line on what it is for, e.g. "professional network: B2B, recruitment, expertise".
  public var summary: String
  /// The same line in French: « réseau professionnel : B2B, recrutement, expertise ».
  public var frenchSummary: String
  /// Share of adults using it, overall (`ages == nil`) and by age group where known.
  public var audience: [AudienceFigure]
  /// How well it serves B2B and B2C brands, with why.
  public var market: MarketFit
  /// The formats it rewards, most important first.
  public var formats: [ContentFormat]
  /// Formats a brand must be able to produce to run a profile there at all (TikTok: short
  /// video); empty when any format will do.
  public var requiredFormats: [ContentFormat]
  /// The goals it serves best, with why.
  public var goals: [GoalFit]
  /// The reaches where it is strong (local shops on Facebook, for example), with why.
  public var reach: [ReachFit]
  /// What running a profile there takes each week.
  public var effort: Effort
  /// The fields of a profile there, with their limits.
  public var profileFields: [ProfileFieldRule]
  /// The rules of a post's text there: limits in the platform's own units, URLs, mentions,
  /// hashtags and links.
  public var post: PostRules
  /// The countries where it operates (ISO 3166-1 alpha-2 codes, with the source that lists
  /// them); nil when it operates everywhere.
  public var operatesIn: Sourced<[String]>?

  /// Creates an entry.
  public init(
    platform: Platform, name: LocalizedText, aliases: [String], assistantWords: [String],
    calendarCode: String, summary: String, frenchSummary: String, defaults: PlatformDefaults,
    audience: [AudienceFigure], market: MarketFit,
    formats: [ContentFormat], requiredFormats: [ContentFormat], goals: [GoalFit],
    reach: [ReachFit], effort: Effort, profileFields: [ProfileFieldRule], post: PostRules,
    operatesIn: Sourced<[String]>? = nil
  ) {
    self.platform = platform
    self.name = name
    self.aliases = aliases
    self.assistantWords = assistantWords
    self.calendarCode = calendarCode
    self.defaults = defaults
    self.summary = summary
    self.frenchSummary = frenchSummary
    self.audience = audience
    self.market = market
    self.formats = formats
    self.requiredFormats = requiredFormats
    self.goals = goals
    self.reach = reach
    self.effort = effort
    self.profileFields = profileFields
    self.post = post
    self.operatesIn = operatesIn
  }
}

/// The share of a country's people (in a survey's or a panel's population) who use a platform.
public struct AudienceFigure: Equatable, Sendable {
  /// Percent of the population, 0 to 100.
  public var percent: Double
  /// The ISO 3166-1 alpha-2 code of the country measured (`US`, `GB`, `FR`).
  public var country: String
  /// What the percent measures.
  public var measure: AudienceMeasure
  /// The age group, or nil for all adults.
  public var ages: ClosedRange<Int>?
  /// The year of the survey.
  public var year: Int
  /// The figure as a sentence: "80% of US adults 18–29 use Instagram".
  public var statement: String
  /// The same sentence in French: « 80 % des adultes américains de 18 à 29 ans utilisent
  /// Instagram ».
  public var frenchStatement: String
  /// Where it comes from.
  public var source: Source

  /// Creates a figure.
  public init(
    percent: Double, country: String = "US", measure: AudienceMeasure = .everUse,
    ages: ClosedRange<Int>?, year: Int, statement: String, frenchStatement: String,
    source: Source
  ) {
    self.percent = percent
    self.country = country
    self.measure = measure
    self.ages = ages
    self.year = year
    self.statement = statement
    self.frenchStatement = frenchStatement
    self.source = source
  }

  /// The statement in both languages.
  public var localizedStatement: LocalizedText {
    LocalizedText(english: statement, french: frenchStatement)
  }
}

/// A claim with its source, used for strengths and fits.
public struct SourcedReason: Equatable, Sendable {
  /// The claim, one line.
  public var text: String
  /// The same claim in French.
  public var frenchText: String
  /// Where it comes from.
  public var source: Source

  /// Creates a reason.
  public init(_ text: String, french: String, source: Source) {
    self.text = text
    self.frenchText = french
    self.source = source
  }

  /// The claim in both languages.
  public var localized: LocalizedText { LocalizedText(english: text, french: frenchText) }
}

/// How well a platform serves B2B and B2C brands: 0 (poorly) to 3 (very well).
public struct MarketFit: Equatable, Sendable {
  /// Strength for brands selling to companies.
  public var b2b: Int
  /// Strength for brands selling to consumers.
  public var b2c: Int
  /// Why, with sources.
  public var reasons: [SourcedReason]

  /// Creates a fit.
  public init(b2b: Int, b2c: Int, reasons: [SourcedReason]) {
    self.b2b = b2b
    self.b2c = b2c
    self.reasons = reasons
  }
}

/// A goal a platform serves well, and why.
public struct GoalFit: Equatable, Sendable {
  /// The goal.
  public var goal: Goal
  /// Why, with its source.
  public var reason: SourcedReason

  /// Creates a goal fit.
  public init(_ goal: Goal, _ reason: SourcedReason) {
    self.goal = goal
    self.reason = reason
  }
}

/// A reach where a platform is strong, and why.
public struct ReachFit: Equatable, Sendable {
  /// The reach.
  public var reach: Reach
  /// Why, with its source.
  public var reason: SourcedReason

  /// Creates a reach fit.
  public init(_ reach: Reach, _ reason: SourcedReason) {
    self.reach = reach
    self.reason = reason
  }
}

/// What running one profile well takes.
public struct Effort: Equatable, Sendable {
  /// Posts per week that work.
  public var postsPerWeek: ClosedRange<Int>
  /// Hours per week to run the profile at that cadence (creating, posting, answering).
  public var hoursPerWeek: Double
  /// Where the cadence comes from.
  public var source: Source

  /// Creates an effort guide.
  public init(postsPerWeek: ClosedRange<Int>, hoursPerWeek: Double, source: Source) {
    self.postsPerWeek = postsPerWeek
    self.hoursPerWeek = hoursPerWeek
    self.source = source
  }
}

/// A field of a profile on a platform, with its limit.
public struct ProfileFieldRule: Equatable, Sendable {
  /// What the field holds.
  public enum Kind: Equatable, Sendable {
    /// Text with a limit in a counting unit (nil limit: none known).
    case text(limit: Int?, unit: CountingUnit)
    /// Something done or not (avatar uploaded, banner set).
    case done
  }

  /// The key `/profile P set KEY` takes: `display-name`, `handle`, `bio`, `link`, `avatar`,
  /// `banner`, `pinned-post`.
  public var key: String
  /// The platform's own name for it ("Headline" on LinkedIn).
  public var label: String
  /// The name the platform's French interface uses ("Titre").
  public var frenchLabel: String
  /// Text with a limit, or done / not done.
  public var kind: Kind
  /// Where the limit comes from (nil for done / not done fields).
  public var source: Source?
  /// The fewest characters the field takes (Facebook usernames: 5), or nil when any length up
  /// to the limit will do.
  public var minimum: Int?
  /// The only characters besides letters and digits the field takes (Facebook usernames: "."),
  /// or nil when any character will do.
  public var punctuation: String?

  /// Creates a field rule.
  public init(
    key: String, label: String, frenchLabel: String, kind: Kind, source: Source?,
    minimum: Int? = nil, punctuation: String? = nil
  ) {
    self.key = key
    self.label = label
    self.frenchLabel = frenchLabel
    self.kind = kind
    self.source = source
    self.minimum = minimum
    self.punctuation = punctuation
  }
}

extension ProfileFieldRule {
  /// The field's name as shown to the user in `language`: the platform's own English name, or
  /// the name the platform's French interface uses.
  public func label(in language: Language) -> String {
    LocalizedText(english: label, french: frenchLabel).text(in: language)
  }
}

extension PlatformEntry {
  /// The summary in both languages.
  public var localizedSummary: LocalizedText {
    LocalizedText(english: summary, french: frenchSummary)
  }
}

extension PlatformEntry {
  /// Whether it is the listing of a place people come to (it has opening hours: Google's):
  /// visited rather than followed, and reviewed.
  public var isPlaceListing: Bool { profileFields.contains { $0.key == "opening-hours" } }
}

extension BrandState {
  /// The brand's chosen spaces that are listings of its place, where customers leave reviews.
  public var reviewListings: [Platform] {
    spaces.filter { PlatformCatalog.entry($0).isPlaceListing }
  }

  /// How reviews on those listings are answered (in public, good and bad; fakes reported),
  /// as `/reply triage` and the plan's reply guide say it; nil without a listing.
  public var reviewsNote: Phrase? {
    let listings = reviewListings
    guard !listings.isEmpty else { return nil }
    return Phrase(
      "reply.reviews", ["platforms": .text(listings.map(\.displayName).joined(separator: ", "))])
  }
}
