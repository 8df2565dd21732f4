/// The triage of a negative post, after the US Air Force Public Affairs "Web Posting Response
/// Assessment" (a public-domain decision tree): troll, rager, misguided, unhappy customer —
/// each with what to do and a first reply that fits the platform.
public enum NegativePost: String, CaseIterable, Codable, Sendable {
  /// Deliberately provocative or mocking.
  case troll
  /// Angry, ranting, not about facts.
  case rager
  /// Wrong about the facts.
  case misguided
  /// Had a bad experience with the brand.
  case unhappy

  /// What to do, one line.
  public var advice: String {
    switch self {
    case .troll:
      return
        "Do not answer: answering feeds it. Watch it; hide or report it if it breaks the platform's rules."
    case .rager:
      return "Watch it. Answer once, calmly and briefly, only if others pick it up; never argue."
    case .misguided:
      return
        "Fix the facts: politely, with the evidence or a link to it, without blaming the author."
    case .unhappy:
      return
        "Put it right: thank, apologise for the experience, move to a private channel, fix it, then say so in public."
    }
  }

  /// A first reply (nil: no reply), before it is fitted to the platform.
  public func reply(brand: String) -> String? {
    switch self {
    case .troll: return nil
    case .rager:
      return
        "We hear you and we're sorry you're upset. If something went wrong with \(brand), tell us in a private message and we'll look into it."
    case .misguided:
      return
        "Thanks for raising this. To set the record straight: [the fact, in one sentence]. Here are the details: [link]. Happy to answer any question."
    case .unhappy:
      return
        "We're sorry — that's not the experience we want you to have at \(brand). Could you send us a private message with the details? We'll put it right."
    }
  }

  /// Reads the answers to the triage questions, asked in order: troll? rager? wrong facts? bad
  /// experience? Returns nil when the answers say none of these (then it is not negative).
  public static func classify(troll: Bool, rager: Bool, wrongFacts: Bool, badExperience: Bool)
    -> NegativePost?
  {
    if troll { return .troll }
    if wrongFacts { return .misguided }
    if badExperience { return .unhappy }
    if rager { return .rager }
    return nil
  }

  /// The reply for `platform`, cut to its limit at a sentence or word boundary.
  public func fittedReply(brand: String, platform: Platform) -> String? {
    guard let text = reply(brand: brand) else { return nil }
    return TextPieces.shorten(text) { PlatformCounter.isValid($0, on: platform) }.text
  }
}

/// When a thread stops being community management and becomes a crisis (step 4).
public enum CrisisThreshold {
  /// Whether to hand over to step 4, with the reasons.
  public static func assess(
    mentionsPerHour: Int?, usualPerHour: Int?, reach: Int?, claimTrue: Bool?, harm: Bool
  )
    -> (isCrisis: Bool, reasons: [String])
  {
    var reasons: [String] = []
    if let mentions = mentionsPerHour, let usual = usualPerHour, usual > 0, mentions >= 3 * usual {
      reasons.append(
        "volume: \(mentions) mentions an hour against \(usual) usually (3× or more — the k = 3 spike rule of social listening tools, domain.md §4)"
      )
    }
    if let reach, reach >= 10_000 {
      reasons.append(
        "reach: about \(reach) people have seen it (10,000 or more: beyond the community — smm's rule)"
      )
    }
    if claimTrue == true && harm {
      reasons.append(
        "veracity: the claim is true and someone was harmed — that is a crisis, whatever the volume"
      )
    }
    return (!reasons.isEmpty, reasons)
  }
}
