import Foundation
import Testing

@testable import SMMCore

/// The limits as the platforms document them (issue 15 §5): each row holds the figure, the
/// kind of source that stands behind it and a word its citation must carry.
struct PlatformLimitsTests {
  struct PostRow: Sendable, CustomStringConvertible {
    var platform: Platform
    var limit: Int
    var kind: Source.Kind
    var cites: String
    var description: String { "\(platform.rawValue) \(limit)" }
  }

  /// Pinterest: the Help Centre's 500 (the API schema's 800 is named as such); Reddit: its own
  /// code's 40,000 for a self post (10,000 is the comment limit); TikTok: the in-app 4,000,
  /// the API's 2,200 and the photo title's 90 named in the citation.
  static let posts: [PostRow] = [
    PostRow(platform: .pinterest, limit: 500, kind: .official, cites: "only what the API takes"),
    PostRow(platform: .reddit, limit: 40000, kind: .code, cites: "SELFTEXT_MAX_LENGTH = 40000"),
    PostRow(platform: .reddit, limit: 40000, kind: .code, cites: "10,000"),
    PostRow(platform: .tiktok, limit: 4000, kind: .thirdParty, cites: "posts by hand"),
    PostRow(platform: .tiktok, limit: 4000, kind: .thirdParty, cites: "at most 2,200"),
    PostRow(platform: .tiktok, limit: 4000, kind: .thirdParty, cites: "photo post's title 90"),
  ]

  @Test(arguments: posts) func postLimit(_ row: PostRow) {
    let text = PlatformCatalog.entry(row.platform).post.text
    #expect(text.limit == row.limit)
    #expect(text.source.kind == row.kind)
    #expect(text.source.citation.contains(row.cites), "\(text.source.citation)")
  }

  struct FieldRow: Sendable, CustomStringConvertible {
    var platform: Platform
    var key: String
    var limit: Int?
    var minimum: Int?
    var punctuation: String?
    var kind: Source.Kind
    var url: String?
    var description: String { "\(platform.rawValue) \(key)" }
  }

  static let fields: [FieldRow] = [
    // Facebook Help Centre: letters, digits and periods, at least 5 characters.
    FieldRow(
      platform: .facebook, key: "handle", limit: nil, minimum: 5, punctuation: ".",
      kind: .official, url: "https://www.facebook.com/help/105399436216001"),
    // Snapchat Support: username 3–15, letters, digits, - _ .; display name 30.
    FieldRow(
      platform: .snapchat, key: "handle", limit: 15, minimum: 3, punctuation: "_.-",
      kind: .official, url: nil),
    FieldRow(
      platform: .snapchat, key: "display-name", limit: 30, minimum: nil, punctuation: nil,
      kind: .official, url: nil),
    // YouTube Help, "Handles overview": 3–30, with _ - . and the Latin middle dot.
    FieldRow(
      platform: .youtube, key: "handle", limit: 30, minimum: 3, punctuation: "_-.·",
      kind: .official, url: "https://support.google.com/youtube/answer/11585688"),
    // YouTube Data API (Google for Developers): a channel description of 1,000.
    FieldRow(
      platform: .youtube, key: "bio", limit: 1000, minimum: nil, punctuation: nil,
      kind: .official, url: "https://developers.google.com/youtube/v3/docs/channels"),
  ]

  @Test(arguments: fields) func profileField(_ row: FieldRow) throws {
    let rule = try #require(
      PlatformCatalog.entry(row.platform).profileFields.first { $0.key == row.key })
    guard case .text(let limit, _) = rule.kind else {
      Issue.record("\(row) is not a text field")
      return
    }
    #expect(limit == row.limit)
    #expect(rule.minimum == row.minimum)
    #expect(rule.punctuation == row.punctuation)
    let source = try #require(rule.source)
    #expect(source.kind == row.kind)
    #expect(source.reference?.url == row.url)
  }

  /// YouTube's post limits come from Google's own documentation.
  @Test func youtubeCitesGoogle() {
    let post = PlatformCatalog.entry(.youtube).post
    for limit in [post.text, post.title].compactMap({ $0 }) {
      #expect(limit.source.kind == .official)
      #expect(limit.source.reference?.url?.hasPrefix("https://developers.google.com/") == true)
    }
  }

  /// A limit without an official source says it is third-party (or code, or smm's own).
  @Test func everyLimitSaysWhatStandsBehindIt() {
    for entry in PlatformCatalog.all {
      var limits = [entry.post.text] + [entry.post.secondary, entry.post.title].compactMap { $0 }
      limits = limits.filter { $0.limit != nil }
      for limit in limits where limit.source.kind != .official {
        #expect(
          [.thirdParty, .code, .editorial].contains(limit.source.kind),
          "\(entry.platform.rawValue) \(limit.field)")
      }
    }
  }

  // MARK: Handle shapes

  func brand(_ spaces: [Platform]) throws -> BrandState {
    try BrandState.fold([.create(try BrandName("Lac d'Annecy Tourisme")), .chooseSpaces(spaces)])
  }

  struct HandleRow: Sendable, CustomStringConvertible {
    var platform: Platform
    var handle: String
    /// nil: accepted; else the suggestion the error offers ("" when it offers none).
    var suggestion: String?
    var description: String { "\(platform.rawValue) \(handle)" }
  }

  static let handles: [HandleRow] = [
    HandleRow(platform: .facebook, handle: "lacannecy_tourisme", suggestion: "lacannecy.tourisme"),
    HandleRow(platform: .facebook, handle: "@lacannecy_tourisme", suggestion: "lacannecy.tourisme"),
    HandleRow(platform: .facebook, handle: "lac-annecy__2026", suggestion: "lac.annecy.2026"),
    HandleRow(platform: .facebook, handle: "lacannecy.tourisme", suggestion: nil),
    HandleRow(platform: .facebook, handle: "LacAnnecy", suggestion: nil),
    HandleRow(platform: .facebook, handle: "lac", suggestion: ""),
    HandleRow(platform: .facebook, handle: "a_b", suggestion: ""),
    HandleRow(platform: .snapchat, handle: "lacannecy_tourisme", suggestion: ""),
    HandleRow(platform: .snapchat, handle: "lac_annecy", suggestion: nil),
    HandleRow(platform: .snapchat, handle: "lac annecy!", suggestion: "lac_annecy"),
    HandleRow(platform: .youtube, handle: "lac_annecy·tourisme", suggestion: nil),
    HandleRow(platform: .instagram, handle: "lacannecy_tourisme", suggestion: nil),
  ]

  @Test(arguments: handles) func handleShape(_ row: HandleRow) throws {
    let state = try brand([row.platform])
    let change = BrandChange.setProfileText(row.platform, key: "handle", text: row.handle)
    guard let suggestion = row.suggestion else {
      let next = try state.applying(change)
      #expect(next.profiles[row.platform]?.texts["handle"] == row.handle)
      return
    }
    do {
      _ = try state.applying(change)
      Issue.record("\(row) was accepted")
    } catch {
      guard case .invalidProfileText(let phrase) = error else {
        Issue.record("\(error)")
        return
      }
      let english = phrase.english
      let french = phrase.render(.french)
      if suggestion.isEmpty {
        #expect(!english.contains("try"), "\(english)")
      } else {
        #expect(english.hasSuffix("try \(suggestion)"), "\(english)")
        #expect(french.hasSuffix("essayez \(suggestion)"), "\(french)")
      }
    }
  }

  @Test func underscoreRefusalNamesWhatFacebookTakes() throws {
    let state = try brand([.facebook])
    #expect {
      try state.applying(.setProfileText(.facebook, key: "handle", text: "lacannecy_tourisme"))
    } throws: { error in
      guard case SMMCoreError.invalidProfileText(let phrase) = error else { return false }
      return phrase.english
        == "Facebook “Username” takes only letters, digits and “.”, not “_”: try lacannecy.tourisme"
        && phrase.render(.french)
          == "Facebook : le champ « Nom d'utilisateur » n'accepte que des lettres, des chiffres et « . », pas « _ » ; essayez lacannecy.tourisme"
    }
  }

  /// The handle suggestion never proposes an underscore on Facebook, even when the brand uses
  /// one on Instagram.
  @Test func suggestionFollowsFacebookRules() throws {
    let state = try brand([.instagram, .facebook]).applying(
      .setProfileText(.instagram, key: "handle", text: "@lacannecy_tourisme"))
    let rule = try #require(
      PlatformCatalog.entry(.facebook).profileFields.first { $0.key == "handle" })
    #expect(rule.conformed("lacannecy_tourisme") == "lacannecy.tourisme")
    let suggested = Guidance.handle(for: state, on: .facebook)
    #expect(suggested == "lacannecy.tourisme")
    #expect(!suggested.contains("_"))
    #expect(Guidance.handle(for: state, on: .x) == "lacannecy_tourisme")
  }
}

/// X Premium (issue 15 §5): a Premium account posts up to 25,000 weighted characters, 280
/// otherwise; counting and adaptation use the brand's limit.
struct XPremiumTests {
  func brand(premium: Bool?) throws -> BrandState {
    var changes: [BrandChange] = [.create(try BrandName("Acme")), .chooseSpaces([.x])]
    if let premium { changes.append(.setProfile(.xPremium(premium))) }
    return try BrandState.fold(changes)
  }

  static let long = String(repeating: "Our sourdough rises for 36 hours. ", count: 12)

  @Test(arguments: [(nil, 280), (false, 280), (true, 25_000)] as [(Bool?, Int)])
  func theBrandsLimitCounts(_ premium: Bool?, _ limit: Int) throws {
    let state = try brand(premium: premium)
    let count = BrandLimits.with(state) { PlatformCounter.count(Self.long, on: .x) }
    #expect(count.limit == limit)
    #expect(count.unit == .weightedX)
    #expect(count.valid == (count.length <= limit))
    // Outside the brand, the catalog's 280 holds.
    #expect(PlatformCounter.count(Self.long, on: .x).limit == 280)
  }

  @Test func premiumKeepsALongPostWhole() throws {
    for premium in [false, true] {
      let state = try brand(premium: premium)
        .applying(.addMessage(Self.long.trimmingCharacters(in: .whitespaces), .brand))
        .applying(.adaptMessage(1, [.x]))
      let variant = try #require(state.content.messages.first?.variants[.x])
      if premium {
        #expect(variant.parts.count == 1)
      } else {
        #expect(variant.parts.count > 1 || variant.text.count < Self.long.count)
      }
    }
  }

  @Test func theSettingReadsYesOrNo() throws {
    #expect(try ProfileValue.parse(.xPremium, "yes") == .xPremium(true))
    #expect(try ProfileValue.parse(.xPremium, "non") == .xPremium(false))
    #expect(throws: SMMCoreError.self) { try ProfileValue.parse(.xPremium, "maybe") }
    // A setting, never a question of the interview.
    #expect(!(try brand(premium: nil)).profile.missingFields.contains(.xPremium))
  }
}

/// Mastodon's 500 is each server's setting (docs.joinmastodon.org): `/profile mastodon set
/// server-limit N` changes the limit used for that brand.
struct ServerLimitTests {
  func brand() throws -> BrandState {
    try BrandState.fold([.create(try BrandName("Acme")), .chooseSpaces([.mastodon])])
  }

  @Test func theCatalogSaysTheLimitIsTheServers() {
    let text = PlatformCatalog.entry(.mastodon).post.text
    #expect(text.limit == 500)
    #expect(text.setting == "server-limit")
    #expect(text.source.citation.contains("each server sets its own"))
    #expect(PlatformCatalog.entry(.x).post.text.setting == nil)
  }

  @Test(arguments: [("1000", 1000), ("5,000", 5000), (" 11000 ", 11000)])
  func aStatedLimitCounts(_ typed: String, _ limit: Int) throws {
    let state = try brand().applying(
      .setProfileText(.mastodon, key: "server-limit", text: typed))
    #expect(BrandLimits.of(state) == [.mastodon: limit])
    let long = String(repeating: "a", count: 800)
    let count = BrandLimits.with(state) { PlatformCounter.count(long, on: .mastodon) }
    #expect(count.limit == limit)
    #expect(count.valid == (800 <= limit))
    // The setting is no profile field: completeness is unchanged.
    #expect(ProfileCheck.run(state).completeness.first?.missing.contains("server-limit") == false)
  }

  @Test(arguments: ["0", "-5", "lots", "", "2.5"])
  func aLimitIsAPositiveWholeNumber(_ typed: String) throws {
    let state = try brand()
    #expect {
      try state.applying(.setProfileText(.mastodon, key: "server-limit", text: typed))
    } throws: { error in
      guard case SMMCoreError.invalidProfileText(let phrase) = error else { return false }
      return phrase.english.contains("a positive whole number")
    }
  }
}
