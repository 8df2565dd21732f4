import SMMCore

/// A brand's plan computed once, as data: the profile, the four steps and where each stands.
/// `smm export --format json` encodes it (``PlanExport``) under `schemas/plan.schema.json`;
/// every key is spelled out in `CodingKeys`, and an absent value is `null`, never a missing key.
///
/// Texts the plan derives (reasons, findings, checklists) are rendered in English, as the
/// schema documents.
public struct PlanReport: Codable, Sendable, Equatable {
  /// The schema version written in every export.
  public static let version = 1

  public var version: Int
  public var brand: Brand
  public var spaces: Spaces
  /// Per chosen platform (raw id), its profile fields by key.
  public var profiles: [String: [String: ProfileField]]
  public var content: Content
  public var calendar: [Slot]
  public var communities: [Community]
  public var engagement: Engagement
  public var metrics: [MetricWeek]
  public var crisis: Crisis
  public var progress: Progress
  /// The domain's answers the report was built from; nil for a decoded report.
  public var facts: Facts? = nil

  enum CodingKeys: String, CodingKey {
    case version = "smm_plan_version"
    case brand, spaces, profiles, content, calendar, communities, engagement, metrics, crisis
    case progress
  }

  /// The brand profile; answers not given yet are null or empty.
  public struct Brand: Codable, Sendable, Equatable {
    public var name: String
    @Nullable public var sector: String?
    @Nullable public var market: String?
    public var ages: [String]
    public var goals: [String]
    @Nullable public var hours: Double?
    public var formats: [String]
    @Nullable public var reach: String?
    public var languages: [String]

    enum CodingKeys: String, CodingKey {
      case name, sector, market, ages, goals, hours, formats, reach, languages
    }
  }

  /// Step 1: the ranking, what the model proposes and what the brand chose.
  public struct Spaces: Codable, Sendable, Equatable {
    public var ranking: [Ranked]
    public var proposed: [String]
    public var chosen: [String]

    enum CodingKeys: String, CodingKey { case ranking, proposed, chosen }
  }

  /// One platform of the ranking (also the `data` of `/spaces recommend --json`).
  public struct Ranked: Codable, Sendable, Equatable {
    public var platform: String
    public var score: Int
    public var hoursPerWeek: Double
    public var reasons: [String]

    enum CodingKeys: String, CodingKey {
      case platform, score
      case hoursPerWeek = "hours_per_week"
      case reasons
    }
  }

  /// A profile field: a text (null when empty) or a done flag.
  public enum ProfileField: Codable, Sendable, Equatable {
    case text(String?)
    case done(Bool)

    public init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if container.decodeNil() {
        self = .text(nil)
      } else if let flag = try? container.decode(Bool.self) {
        self = .done(flag)
      } else {
        self = .text(try container.decode(String.self))
      }
    }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      switch self {
      case .text(let text?): try container.encode(text)
      case .text(nil): try container.encodeNil()
      case .done(let flag): try container.encode(flag)
      }
    }
  }

  /// Step 2: the editorial line and the messages with their variants.
  public struct Content: Codable, Sendable, Equatable {
    public var pillars: [String]
    /// The tone per chosen platform (raw id).
    public var tones: [String: String]
    @Nullable public var mixRule: String?
    public var messages: [Message]

    enum CodingKeys: String, CodingKey {
      case pillars, tones
      case mixRule = "mix_rule"
      case messages
    }
  }

  /// A message and its adapted variants, by platform (raw id).
  public struct Message: Codable, Sendable, Equatable {
    public var id: Int
    public var text: String
    public var tag: String
    public var variants: [String: Variant]

    enum CodingKeys: String, CodingKey { case id, text, tag, variants }
  }

  /// A message adapted to one platform, with its count.
  public struct Variant: Codable, Sendable, Equatable {
    public var text: String
    public var parts: [String]
    @Nullable public var title: String?
    public var length: Int
    public var unit: String
    public var valid: Bool
    public var edited: Bool
    public var changes: [String]

    enum CodingKeys: String, CodingKey {
      case text, parts, title, length, unit, valid, edited, changes
    }
  }

  /// One slot of the calendar.
  public struct Slot: Codable, Sendable, Equatable {
    public var date: String
    public var time: String
    public var platform: String
    @Nullable public var messageID: Int?

    enum CodingKeys: String, CodingKey {
      case date, time, platform
      case messageID = "message_id"
    }
  }

  /// Step 3: one community of the map.
  public struct Community: Codable, Sendable, Equatable {
    public var name: String
    public var platform: String
    public var type: String
    @Nullable public var size: Int?
    @Nullable public var needs: String?
    @Nullable public var gives: String?
    @Nullable public var gets: String?
    public var people: [String]
    public var mapped: Bool

    enum CodingKeys: String, CodingKey {
      case name, platform, type, size, needs, gives, gets, people, mapped
    }
  }

  /// Step 3: the engagement plan and its balance.
  public struct Engagement: Codable, Sendable, Equatable {
    public var actions: [Action]
    public var hoursPerWeek: Double
    public var balance: [String]
    @Nullable public var bestChange: String?

    enum CodingKeys: String, CodingKey {
      case actions
      case hoursPerWeek = "hours_per_week"
      case balance
      case bestChange = "best_change"
    }

    /// One recurring engagement action.
    public struct Action: Codable, Sendable, Equatable {
      public var community: String
      public var kind: String
      public var what: String
      public var perMonth: Int
      public var minutesEach: Int
      public var owner: String

      enum CodingKeys: String, CodingKey {
        case community, kind, what
        case perMonth = "per_month"
        case minutesEach = "minutes_each"
        case owner
      }
    }
  }

  /// One imported week of one platform, with its engagement rates (percent, two decimals).
  public struct MetricWeek: Codable, Sendable, Equatable {
    public var platform: String
    public var week: String
    public var followers: Int
    public var reach: Int
    public var impressions: Int
    public var engagements: Int
    @Nullable public var byReach: Double?
    @Nullable public var byFollowers: Double?
    @Nullable public var byImpressions: Double?
    @Nullable public var reachChange: Double?

    enum CodingKeys: String, CodingKey {
      case platform, week, followers, reach, impressions, engagements
      case byReach = "er_reach"
      case byFollowers = "er_followers"
      case byImpressions = "er_impressions"
      case reachChange = "er_reach_change"
    }
  }
}
