/// The four steps of the method, in the order a brand goes through them.
public enum MethodStep: Int, CaseIterable, Sendable, Codable, Comparable {
  /// Choose the networks and build the profiles there.
  case spaces = 1
  /// Write each message the way each channel needs it.
  case content
  /// Find the communities, what the brand brings them and what they bring back.
  case communities
  /// Prepare the response to negative information before it happens.
  case crisis

  /// The step's number, 1 to 4.
  public var number: Int { rawValue }

  /// A one-word label, used in the prompt (`acme 1/4 spaces>`).
  public var slug: String {
    switch self {
    case .spaces: return "spaces"
    case .content: return "content"
    case .communities: return "communities"
    case .crisis: return "crisis"
    }
  }

  /// The step's title, as the method names it.
  public var title: String {
    switch self {
    case .spaces: return "Choose the spaces"
    case .content: return "Adapt content to each channel"
    case .communities: return "Engage communities"
    case .crisis: return "Prepare the crisis response"
    }
  }

  /// What the step asks of the brand, in one line.
  public var purpose: String {
    switch self {
    case .spaces:
      return "pick the networks where the brand builds its profiles, and build them"
    case .content:
      return "write each core message the way each chosen channel needs it"
    case .communities:
      return "map the communities: what the brand brings them, what they bring back"
    case .crisis:
      return "rank the risks and prepare statements, a team and drills before a crisis"
    }
  }

  /// The inputs the step needs before it can produce its deliverable.
  public var needs: [String] {
    switch self {
    case .spaces:
      return [
        "the brand profile: market, audience ages, goals, weekly hours, formats, reach",
        "a ranked choice of platforms sized to the brand's hours",
      ]
    case .content:
      return [
        "3 to 5 content pillars and the brand's core messages",
        "one variant per chosen platform, within its limits",
      ]
    case .communities:
      return [
        "the communities around the brand's field, with what each gives and gets",
        "an engagement plan: create, share, spread",
      ]
    case .crisis:
      return [
        "a risk register ranked by likelihood and impact",
        "a playbook per risk, with a holding statement for each channel",
      ]
    }
  }

  public static func < (lhs: MethodStep, rhs: MethodStep) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
