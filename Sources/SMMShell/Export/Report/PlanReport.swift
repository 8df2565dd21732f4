import SMMCore

/// A brand's plan computed once, as data: the profile, the four steps and where each stands.
/// `smm export --format json` encodes it (``PlanExport``) under `schemas/plan.schema.json`;
/// every key is spelled out in `CodingKeys`, and an absent value is `null`, never a missing key.
///
/// Texts the plan derives (reasons, findings, checklists) are rendered in English, as the
/// schema documents.
package struct PlanReport: Codable, Sendable, Equatable {
  /// The schema version written in every export.
  package static let version = 1

  package var version: Int
  package var brand: Brand
  package var spaces: Spaces
  /// Per chosen platform (raw id), its profile fields by key.
  package var profiles: [String: [String: ProfileField]]
  package var content: Content
  package var calendar: [Slot]
  package var communities: [Community]
  package var engagement: Engagement
  package var metrics: [MetricWeek]
  /// The crisis watch: the hours imported and the alerts.
  package var watch: Watch
  package var crisis: Crisis
  package var progress: Progress
  /// The domain's answers the report was built from; nil for a decoded report.
  package var facts: Facts? = nil

  enum CodingKeys: String, CodingKey {
    case version = "smm_plan_version"
    case brand, spaces, profiles, content, calendar, communities, engagement, metrics, crisis
    case progress, watch
  }

  /// The crisis watch as imported (`/watch import`): per hour, the mentions, the negative
  /// ones, their summed reach and the kept ones (negative first, by reach); the alerts.
  package struct Watch: Codable, Sendable, Equatable {
    package var hours: [Hour]
    package var alerts: [Alert]
    /// The rules the watch applies to this brand, with their numbers (as the binder says them).
    package var rules: WatchRules?
    /// Who is alerted, in escalation order: the binder's chain, one line per level.
    package var alerted: [String]?

    enum CodingKeys: String, CodingKey { case hours, alerts, rules, alerted }
  }

  /// The watch's thresholds: the volume spike detector's, the negative share's, and the levels.
  package struct WatchRules: Codable, Sendable, Equatable {
    package var spike: SpikeRule
    package var negative: NegativeRule
    package var levels: LevelRule

    /// Each span's volume compared with the same hour of the last `historyDays` days; an
    /// alert when its robust score passes the span's threshold.
    package struct SpikeRule: Codable, Sendable, Equatable {
      package var historyDays: Int
      package var warmupDays: Int
      package var spans: [Span]

      enum CodingKeys: String, CodingKey {
        case historyDays = "history_days", warmupDays = "warmup_days", spans
      }
    }

    /// One span of the spike detector.
    package struct Span: Codable, Sendable, Equatable {
      package var minutes: Int
      package var threshold: Double
    }

    /// An hour of at least `minimumMentions` whose negative share is `ratio` times the usual
    /// and `margin` above it (shares as fractions), the usual share floored at `floor`, scored
    /// against the last `windowHours` hours.
    package struct NegativeRule: Codable, Sendable, Equatable {
      package var minimumMentions: Int
      package var ratio: Double
      package var margin: Double
      package var floor: Double
      package var windowHours: Int
      package var threshold: Double

      enum CodingKeys: String, CodingKey {
        case minimumMentions = "minimum_mentions", ratio, margin, floor
        case windowHours = "window_hours", threshold
      }
    }

    /// An alert's level: 1 below the first ratio of value to baseline, up to 4 above the last;
    /// `fastVelocity` mentions an hour is the brand's fast spread (the triage's).
    package struct LevelRule: Codable, Sendable, Equatable {
      package var ratios: [Double]
      package var fastVelocity: Int

      enum CodingKeys: String, CodingKey { case ratios, fastVelocity = "fast_velocity" }
    }
  }

  /// One hour of the watch (its start in ISO 8601, UTC).
  package struct Hour: Codable, Sendable, Equatable {
    package var start: String
    package var mentions: Int
    package var reach: Int
    package var top: [TopMention]
    /// The mentions that read negative; null when unknown (a volume series).
    @Nullable package var negative: Int?

    enum CodingKeys: String, CodingKey { case start, mentions, reach, top, negative }
  }

  /// A mention kept for its reach (text cut to 280 characters).
  package struct TopMention: Codable, Sendable, Equatable {
    package var time: String
    package var reach: Int
    @Nullable package var author: String?
    @Nullable package var platform: String?
    @Nullable package var url: String?
    package var text: String
    package var negative: Bool

    enum CodingKeys: String, CodingKey { case time, reach, author, platform, url, text, negative }
  }

  /// An alert: the hour's mentions ending at `at`, what that hour usually holds, the level.
  package struct Alert: Codable, Sendable, Equatable {
    package var at: String
    package var value: Double
    package var baseline: Double
    package var level: Int
    package var kind: String
    package var score: Double

    enum CodingKeys: String, CodingKey { case at, value, baseline, level, kind, score }
  }

  /// The brand profile; answers not given yet are null or empty.
  package struct Brand: Codable, Sendable, Equatable {
    package var name: String
    @Nullable package var sector: String?
    @Nullable package var market: String?
    package var ages: [String]
    package var goals: [String]
    @Nullable package var hours: Double?
    package var formats: [String]
    @Nullable package var reach: String?
    /// ISO 3166-1 alpha-2 codes, the home market first.
    package var countries: [String]
    package var languages: [String]
    /// Whether its X account has X Premium (posts up to 25,000 characters).
    package var xPremium: Bool
    /// How many people post and answer.
    @Nullable package var team: Int?
    /// The opening hours, canonical (`Mon-Fri 09:00-18:00`).
    @Nullable package var open: String?
    /// The away message for outside the opening hours, in the brand's language.
    @Nullable package var awayMessage: String?

    enum CodingKeys: String, CodingKey {
      case name, sector, market, ages, goals, hours, formats, reach, countries, languages
      case xPremium = "x_premium"
      case team, open
      case awayMessage = "away_message"
    }
  }

  /// Step 1: the ranking, what the model proposes and what the brand chose.
  package struct Spaces: Codable, Sendable, Equatable {
    package var ranking: [Ranked]
    package var proposed: [String]
    package var chosen: [String]

    enum CodingKeys: String, CodingKey { case ranking, proposed, chosen }
  }

  /// One platform of the ranking (also the `data` of `/spaces recommend --json`).
  package struct Ranked: Codable, Sendable, Equatable {
    package var platform: String
    package var score: Int
    package var hoursPerWeek: Double
    package var reasons: [String]

    enum CodingKeys: String, CodingKey {
      case platform, score
      case hoursPerWeek = "hours_per_week"
      case reasons
    }
  }

  /// A profile field: a text (null when empty) or a done flag.
  package enum ProfileField: Codable, Sendable, Equatable {
    case text(String?)
    case done(Bool)

    package init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if container.decodeNil() {
        self = .text(nil)
      } else if let flag = try? container.decode(Bool.self) {
        self = .done(flag)
      } else {
        self = .text(try container.decode(String.self))
      }
    }

    package func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      switch self {
      case .text(let text?): try container.encode(text)
      case .text(nil): try container.encodeNil()
      case .done(let flag): try container.encode(flag)
      }
    }
  }

  /// Step 2: the editorial line and the messages with their variants.
  package struct Content: Codable, Sendable, Equatable {
    package var pillars: [String]
    /// The tone per chosen platform (raw id).
    package var tones: [String: String]
    @Nullable package var mixRule: String?
    package var messages: [Message]
    /// With WhatsApp among the spaces, the rule that messaging needs each person's opt-in
    /// first, and where it is written (``PrivacyRules``); null otherwise.
    @Nullable package var whatsappOptIn: SourcedRule?

    enum CodingKeys: String, CodingKey {
      case pillars, tones
      case mixRule = "mix_rule"
      case messages
      case whatsappOptIn = "whatsapp_opt_in"
    }
  }

  /// A rule the plan must follow, as data: its short source and the full citation.
  package struct SourcedRule: Codable, Sendable, Equatable {
    package var source: String
    package var citation: String
    @Nullable package var url: String?
  }

  /// A message and its adapted variants, by platform (raw id).
  package struct Message: Codable, Sendable, Equatable {
    package var id: Int
    package var text: String
    package var tag: String
    /// Whether it is a paid partnership, a gift or an ad.
    package var sponsored: Bool
    /// The image or video it goes with, null for text alone.
    @Nullable package var media: Media?
    package var variants: [String: Variant]

    enum CodingKeys: String, CodingKey { case id, text, tag, sponsored, media, variants }
  }

  /// A message's image or video: its kind, its alt text (null while none is written), whether
  /// a video has captions.
  package struct Media: Codable, Sendable, Equatable {
    package var kind: String
    @Nullable package var alt: String?
    package var captions: Bool

    enum CodingKeys: String, CodingKey { case kind, alt, captions }
  }

  /// A message adapted to one platform, with its count.
  package struct Variant: Codable, Sendable, Equatable {
    package var text: String
    package var parts: [String]
    @Nullable package var title: String?
    package var length: Int
    package var unit: String
    package var valid: Bool
    package var edited: Bool
    package var changes: [String]

    enum CodingKeys: String, CodingKey {
      case text, parts, title, length, unit, valid, edited, changes
    }
  }

  /// One slot of the calendar.
  package struct Slot: Codable, Sendable, Equatable {
    package var date: String
    package var time: String
    package var platform: String
    @Nullable package var messageID: Int?

    enum CodingKeys: String, CodingKey {
      case date, time, platform
      case messageID = "message_id"
    }
  }

  /// Step 3: one community of the map.
  package struct Community: Codable, Sendable, Equatable {
    package var name: String
    package var platform: String
    package var type: String
    @Nullable package var size: Int?
    @Nullable package var needs: String?
    @Nullable package var gives: String?
    @Nullable package var gets: String?
    package var people: [String]
    package var mapped: Bool

    enum CodingKeys: String, CodingKey {
      case name, platform, type, size, needs, gives, gets, people, mapped
    }
  }

  /// Step 3: the engagement plan and its balance.
  package struct Engagement: Codable, Sendable, Equatable {
    package var actions: [Action]
    package var hoursPerWeek: Double
    package var balance: [String]
    @Nullable package var bestChange: String?

    enum CodingKeys: String, CodingKey {
      case actions
      case hoursPerWeek = "hours_per_week"
      case balance
      case bestChange = "best_change"
    }

    /// One recurring engagement action.
    package struct Action: Codable, Sendable, Equatable {
      package var community: String
      package var kind: String
      package var what: String
      package var perMonth: Int
      package var minutesEach: Int
      package var owner: String

      enum CodingKeys: String, CodingKey {
        case community, kind, what
        case perMonth = "per_month"
        case minutesEach = "minutes_each"
        case owner
      }
    }
  }

  /// One imported week of one platform, with its engagement rates (percent, two decimals).
  package struct MetricWeek: Codable, Sendable, Equatable {
    package var platform: String
    package var week: String
    package var followers: Int
    package var reach: Int
    package var impressions: Int
    package var engagements: Int
    @Nullable package var byReach: Double?
    @Nullable package var byFollowers: Double?
    @Nullable package var byImpressions: Double?
    @Nullable package var reachChange: Double?

    enum CodingKeys: String, CodingKey {
      case platform, week, followers, reach, impressions, engagements
      case byReach = "er_reach"
      case byFollowers = "er_followers"
      case byImpressions = "er_impressions"
      case reachChange = "er_reach_change"
    }
  }
}
