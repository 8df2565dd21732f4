/// What an audience figure measures: surveys and panels count different things, and a share of
/// one kind is never compared with a share of another without saying so.
public enum AudienceMeasure: String, CaseIterable, Sendable {
  /// Share of adults who say they ever use the platform (Pew's survey question).
  case everUse = "ever-use"
  /// Share of adults who say they use it every day.
  case dailyUse = "daily-use"
  /// Share of the country's online adults who visited it in a month, measured on their devices
  /// (Ofcom's Online Nation, from the Ipsos iris panel).
  case monthlyReach = "monthly-reach"
  /// Share of internet users aged 16 to 64 who say they used it in the past month (GWI's panel,
  /// as published in We Are Social and Meltwater's Digital reports).
  case monthlyUse = "monthly-use"
  /// The audience a platform's advertising tools say an advert can reach.
  case advertisingAudience = "ad-audience"

  /// Whether the scoring ranks platforms on it: a share of the population that uses the
  /// platform at all. Daily use and advertising audiences are kept for the record only.
  public var isScored: Bool {
    switch self {
    case .everUse, .monthlyReach, .monthlyUse: return true
    case .dailyUse, .advertisingAudience: return false
    }
  }

  /// The percent that counts as a full audience value in the scoring: about the reach of the most-used
  /// platform measured this way, so each measure is read against its own scale. Ever-use: 85
  /// (YouTube, 84% of US adults, Pew 2025); monthly reach: 94 (YouTube, 94% of UK online adults,
  /// Ofcom 2025); monthly use 16–64: 70.4 (Facebook, 70.4% of French internet users, Digital
  /// 2025 France, the first of its list).
  public var fullPercent: Double {
    switch self {
    case .everUse, .dailyUse, .advertisingAudience: return 85
    case .monthlyReach: return 94
    case .monthlyUse: return 70.4
    }
  }

  /// What it measures, in words, for the reasons shown to the user.
  public var named: Phrase { Phrase("audience.measure.\(rawValue)") }
}
