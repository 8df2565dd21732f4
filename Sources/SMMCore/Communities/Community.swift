/// The kinds of community (FeverBee, Richard Millington, 2010).
public enum CommunityType: String, CaseIterable, Codable, Sendable {
  /// People who share a passion or a topic.
  case interest
  /// People who want to change something together.
  case action
  /// People who live in the same place.
  case place
  /// People who do the same job or practice.
  case practice
  /// People going through the same situation (new parents, a diagnosis, a move).
  case circumstance

  /// One line on what holds the community together.
  public var meaning: String {
    switch self {
    case .interest: return "a shared passion or topic"
    case .action: return "a change its members want to bring about"
    case .place: return "a shared place: a town, a neighbourhood"
    case .practice: return "a shared job or practice"
    case .circumstance: return "a shared situation in life"
    }
  }
}

/// A community around the brand's field, on one platform, and the exchange of value with it.
public struct Community: Equatable, Sendable, Codable {
  /// The fields `/community set NAME FIELD VALUE` takes.
  public enum Field: String, CaseIterable, Sendable {
    case size, needs, gives, gets, people
  }

  /// Its name, unique for the brand (any case).
  public var name: String
  /// Where it gathers.
  public var platform: Platform
  /// What holds it together.
  public var type: CommunityType
  /// About how many members it has.
  public var size: Int?
  /// Its needs and interests.
  public var needs: String?
  /// What the brand brings it.
  public var gives: String?
  /// What it brings the brand back.
  public var gets: String?
  /// Its ambassadors, experts and influencers, with their handles.
  public var people: [String]

  /// Creates a community.
  public init(
    name: String, platform: Platform, type: CommunityType, size: Int? = nil, needs: String? = nil,
    gives: String? = nil, gets: String? = nil, people: [String] = []
  ) {
    self.name = name
    self.platform = platform
    self.type = type
    self.size = size
    self.needs = needs
    self.gives = gives
    self.gets = gets
    self.people = people
  }

  /// Mapped: both what the brand brings it and what it brings back are known.
  public var isMapped: Bool { !(gives ?? "").isEmpty && !(gets ?? "").isEmpty }

  /// What is missing before it counts as mapped.
  public var missing: [String] {
    var missing: [String] = []
    if (gives ?? "").isEmpty { missing.append("gives (what the brand brings it)") }
    if (gets ?? "").isEmpty { missing.append("gets (what it brings the brand back)") }
    return missing
  }
}
