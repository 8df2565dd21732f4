/// Who the brand sells to.
public enum Market: String, CaseIterable, Codable, Sendable {
  case b2c, b2b, both
}

/// An age band of the brand's audience.
public enum AgeBand: String, CaseIterable, Codable, Sendable, Comparable {
  case teens = "13-17"
  case youngAdults = "18-24"
  case twentyFiveToThirtyFour = "25-34"
  case thirtyFiveToFortyFour = "35-44"
  case fortyFiveToFiftyFour = "45-54"
  case fiftyFiveToSixtyFour = "55-64"
  case sixtyFivePlus = "65+"

  /// The youngest and oldest ages in the band (the last band stops at 99).
  public var range: ClosedRange<Int> {
    switch self {
    case .teens: return 13...17
    case .youngAdults: return 18...24
    case .twentyFiveToThirtyFour: return 25...34
    case .thirtyFiveToFortyFour: return 35...44
    case .fortyFiveToFiftyFour: return 45...54
    case .fiftyFiveToSixtyFour: return 55...64
    case .sixtyFivePlus: return 65...99
    }
  }

  public static func < (lhs: AgeBand, rhs: AgeBand) -> Bool {
    lhs.range.lowerBound < rhs.range.lowerBound
  }
}

/// What the brand wants from social media.
public enum Goal: String, CaseIterable, Codable, Sendable {
  /// `visits` is footfall (people coming to the shop, the venue, the office); `bookings` are
  /// reservations of a table, a class, an appointment.
  case awareness, traffic, leads, sales, visits, bookings, recruitment
  case customerCare = "customer-care"
  case community, reputation
}

/// What the brand can produce.
public enum ContentFormat: String, CaseIterable, Codable, Sendable {
  case text, image
  case shortVideo = "short-video"
  case longVideo = "long-video"
  case longForm = "long-form"
  case live, audio
}

/// How far the brand's customers are.
public enum Reach: String, CaseIterable, Codable, Sendable {
  case local, national, international
}
