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
  public var meaningPhrase: Phrase {
    switch self {
    case .interest: return Phrase("communityType.interest")
    case .action: return Phrase("communityType.action")
    case .place: return Phrase("communityType.place")
    case .practice: return Phrase("communityType.practice")
    case .circumstance: return Phrase("communityType.circumstance")
    }
  }

  /// What holds the community together, in English.
  public var meaning: String { meaningPhrase.english }
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

  /// The fields missing before it counts as mapped: gives, gets.
  public var missingFields: [Field] {
    var missing: [Field] = []
    if (gives ?? "").isEmpty { missing.append(.gives) }
    if (gets ?? "").isEmpty { missing.append(.gets) }
    return missing
  }

  /// What is missing before it counts as mapped, each field with what it means.
  public var missingNotes: [Phrase] {
    missingFields.map {
      $0 == .gives ? Phrase("community.missing.gives") : Phrase("community.missing.gets")
    }
  }

  /// What is missing, in English.
  public var missing: [String] { missingNotes.map(\.english) }
}
