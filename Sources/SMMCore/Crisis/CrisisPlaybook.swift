/// A risk's playbook: the team and who approves, the first-hour checklist, a holding statement
/// for every chosen channel (within its limit, in its own counting unit), the dark-site page and
/// the internal message. Built from the risk and the brand, so it is always up to date; the
/// statements written by hand replace the generated ones.
public struct CrisisPlaybook: Equatable, Sendable {
  /// A holding statement for one channel.
  public struct Statement: Equatable, Sendable {
    /// The channel.
    public var platform: Platform
    /// The text.
    public var text: String
    /// Its length in the channel's unit, and the limit.
    public var length: Int
    /// The limit, when the channel has one.
    public var limit: Int?
    /// Whether it fits the channel.
    public var valid: Bool
    /// Whether it was written by hand.
    public var edited: Bool
  }

  /// The risk.
  public var risk: CrisisRisk
  /// The crisis team (roles not named yet say so).
  public var team: [CrisisRole]
  /// Who escalates to whom, in order.
  public var escalation: [String]
  /// The first hour, in order.
  public var checklist: [String]
  /// One holding statement per channel.
  public var statements: [Statement]
  /// The dark-site page, ready to publish.
  public var darkSite: String
  /// The message to the staff.
  public var internalMessage: String

  /// The roles a crisis team needs, in the order of the escalation chain.
  public static let roles = [
    "community manager", "communications lead", "spokesperson", "legal", "executive sponsor",
  ]

  /// The playbook of `risk` for `state`.
  public static func build(_ risk: CrisisRisk, for state: BrandState) -> CrisisPlaybook {
    let brand = state.name.value
    let team =
      roles.map { role in
        state.crisisTeam.first { $0.role.lowercased() == role }
          ?? CrisisRole(role: role, name: "to name", contact: "—")
      } + state.crisisTeam.filter { member in !roles.contains(member.role.lowercased()) }
    func who(_ role: String) -> String {
      let member = team.first { $0.role == role }
      return member.map { $0.name == "to name" ? role : "\($0.name) (\(role))" } ?? role
    }
    let escalation = [
      "Level 1 — \(who("community manager")) answers and watches; escalates within 30 minutes if it spreads",
      "Level 2 — \(who("communications lead")) approves every public statement",
      "Level 3 — crisis team: \(who("spokesperson")) speaks, \(who("legal")) reviews",
      "Level 4 — \(who("executive sponsor")) leads and speaks when people are harmed or it is national news",
    ]
    let channels = state.spaces.isEmpty ? risk.channels : state.spaces
    let checklist = [
      "0–10 min: confirm what happened; protect people first if anyone is at risk",
      "10–15 min: alert the team (\(who("communications lead")) approves); pause scheduled posts on \(channels.map(\.displayName).joined(separator: ", "))",
      "15–30 min: publish the holding statements below on every channel, "
        + (risk.channels.isEmpty
          ? "the first where it broke"
          : "the first where it broke: \(risk.channels.map(\.displayName).joined(separator: ", "))"),
      "30 min: send the internal message to the staff; brief whoever answers the phone",
      "30–45 min: publish the dark-site page; point the replies to it",
      "45–60 min: log mentions an hour and reach; triage again (/crisis triage) and set the next update time",
    ]
    var statements: [Statement] = []
    for platform in channels {
      let edited = risk.statements[platform]
      let text = edited ?? HoldingStatement.write(risk: risk, brand: brand, platform: platform)
      let count = PlatformCounter.count(text, on: platform)
      statements.append(
        Statement(
          platform: platform, text: text, length: count.length, limit: count.limit,
          valid: count.valid, edited: edited != nil))
    }
    let darkSite = """
      \(brand): \(risk.name)
      Last updated: [date and time]

      What we know: [confirmed facts only]
      What we do not know yet: [what is being checked]
      What we are doing: [actions, in order]
      What you can do: [instructions to stay safe, or "nothing is needed from you"]
      Next update: [time], here and on our channels.
      Contact: [press and customer contacts]
      """
    let internalMessage = """
      To the whole team of \(brand): we are dealing with \(risk.name). Please do not comment in \
      public or on your own accounts; send any question from customers or the press to \
      \(who("communications lead")). The facts confirmed so far: [facts]. Next internal update: \
      [time].
      """
    return CrisisPlaybook(
      risk: risk, team: team, escalation: escalation, checklist: checklist,
      statements: statements, darkSite: darkSite, internalMessage: internalMessage)
  }
}

/// Writes holding statements: what is known, what is not yet known, what is being done, when
/// the next update comes, and empathy — no speculation, no blame — cut to fit the channel.
public enum HoldingStatement {
  /// The statement for `risk` on `platform`, within the platform's limit.
  public static func write(risk: CrisisRisk, brand: String, platform: Platform) -> String {
    let parts = [
      "We know about the situation (\(risk.name)) and we are looking into it now.",
      "What we know so far: [confirmed facts].",
      "What we do not know yet: [what is being checked].",
      "What we are doing: [actions].",
      "We are sorry for the worry this causes.",
      "Next update by [time], here.",
      "— \(brand)",
    ]
    // Drop the lower-priority parts (from the middle) until it fits, then cut if needed.
    let priority = [0, 5, 4, 3, 1, 2, 6]  // kept first → dropped last
    var kept = Set(priority)
    func text() -> String {
      parts.indices.filter(kept.contains).map { parts[$0] }.joined(separator: " ")
    }
    for index in priority.reversed()
    where !PlatformCounter.isValid(text(), on: platform) && kept.count > 2 {
      kept.remove(index)
    }
    let candidate = text()
    if PlatformCounter.isValid(candidate, on: platform) { return candidate }
    return TextPieces.shorten(candidate) { PlatformCounter.isValid($0, on: platform) }.text
  }
}
