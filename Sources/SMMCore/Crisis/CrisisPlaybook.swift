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
  /// The crisis team: every role, with who holds it where someone is named.
  public var team: [CrisisSeat]
  /// Who escalates to whom, in order.
  public var escalation: [Phrase]
  /// The first hour, in order.
  public var checklist: [Phrase]
  /// One holding statement per channel.
  public var statements: [Statement]
  /// The dark-site page, ready to publish, in the brand's language; nil for a team of one to
  /// three people (the holding statement is pinned on the profiles and the website instead).
  public var darkSite: String?
  /// The team it is built for (nil: not said, the full crisis team).
  public var teamSize: TeamSize?
  /// The message to the staff, in the brand's language.
  public var internalMessage: String

  /// The roles a crisis team needs, in the order of the escalation chain.
  public static let roles = [
    "community manager", "communications lead", "spokesperson", "legal", "executive sponsor",
  ]

  /// `roles` as a list of their labels ("spokesperson and legal", « porte-parole et juridique »).
  public static func roleList(_ roles: [String]) -> Phrase {
    Phrase.list(values: roles.map { .phrase(roleLabel($0)) })
  }

  /// The label of `role` in the shell's language: the roles of ``roles`` have a catalog entry
  /// (`crisis.role.…`); any other role shows as it was given.
  public static func roleLabel(_ role: String) -> Phrase {
    switch role {
    case "community manager": return Phrase("crisis.role.communityManager")
    case "communications lead": return Phrase("crisis.role.communicationsLead")
    case "spokesperson": return Phrase("crisis.role.spokesperson")
    case "legal": return Phrase("crisis.role.legal")
    case "executive sponsor": return Phrase("crisis.role.executiveSponsor")
    default: return Phrase("crisis.role.other", text: ["role": role])
    }
  }

  /// Who holds `role` for `state`, as the playbook names them: the member named with
  /// `/crisis team`, else for a small team the person who holds the role (legal found
  /// outside), else the role itself.
  public static func who(_ role: String, in state: BrandState) -> Phrase {
    let size = state.profile.team
    let small = size?.isSmall == true
    let team = CrisisSeat.seats(of: state.crisisTeam, team: size)
    guard let member = team.first(where: { $0.role == role })?.member else {
      // A small team: the person who holds the role, legal found outside.
      if let size, small {
        guard let person = size.person(for: role) else {
          return Phrase("crisis.role.legalOutside")
        }
        let holder =
          size.people == 1
          ? Phrase("crisis.person.you") : Phrase("crisis.person", ["n": .number(person)])
        return Phrase(
          "crisis.who.named", ["name": .phrase(holder), "role": .phrase(roleLabel(role))])
      }
      return roleLabel(role)
    }
    return Phrase(
      "crisis.who.named", ["name": .text(member.name), "role": .phrase(roleLabel(role))])
  }

  /// The escalation chain of `state`, one phrase a level: who answers, who is told, who
  /// decides (three levels for a small team, four otherwise).
  public static func escalation(for state: BrandState) -> [Phrase] {
    let small = state.profile.team?.isSmall == true
    func who(_ role: String) -> Phrase { Self.who(role, in: state) }
    return small
      ? [
        Phrase("crisis.escalation.small.level1", ["who": .phrase(who("community manager"))]),
        Phrase("crisis.escalation.small.level2", ["who": .phrase(who("communications lead"))]),
        Phrase(
          "crisis.escalation.small.level3",
          ["speaker": .phrase(who("spokesperson")), "reviewer": .phrase(who("legal"))]),
      ]
      : [
        Phrase("crisis.escalation.level1", ["who": .phrase(who("community manager"))]),
        Phrase("crisis.escalation.level2", ["who": .phrase(who("communications lead"))]),
        Phrase(
          "crisis.escalation.level3",
          ["speaker": .phrase(who("spokesperson")), "reviewer": .phrase(who("legal"))]),
        Phrase("crisis.escalation.level4", ["who": .phrase(who("executive sponsor"))]),
      ]
  }

  /// The playbook of `risk` for `state`: the explanations (escalation, checklist) are phrases
  /// for the shell's language; what the brand publishes or sends (statements, dark-site page,
  /// internal message) is written in the brand's language (``BrandState/publishingLanguage``).
  public static func build(_ risk: CrisisRisk, for state: BrandState) -> CrisisPlaybook {
    let brand = state.name.value
    let size = state.profile.team
    let small = size?.isSmall == true
    let team = CrisisSeat.seats(of: state.crisisTeam, team: size)
    func who(_ role: String) -> Phrase { Self.who(role, in: state) }
    let escalation = Self.escalation(for: state)
    let channels = state.spaces.isEmpty ? risk.channels : state.spaces
    let checklist = [
      Phrase("crisis.checklist.confirm"),
      channels.isEmpty
        ? Phrase("crisis.checklist.alertEverywhere", ["who": .phrase(who("communications lead"))])
        : Phrase(
          "crisis.checklist.alert",
          [
            "who": .phrase(who("communications lead")),
            "channels": .text(channels.map(\.displayName).joined(separator: ", ")),
          ]),
      risk.channels.isEmpty
        ? Phrase("crisis.checklist.publish")
        : Phrase(
          "crisis.checklist.publishWhere",
          text: ["channels": risk.channels.map(\.displayName).joined(separator: ", ")]),
      Phrase("crisis.checklist.internal"),
      small ? Phrase("crisis.checklist.pin") : Phrase("crisis.checklist.darkSite"),
      Phrase(
        "crisis.checklist.log", ["crisisTriage": .command(CommandRequest("crisis", "triage"))]),
    ]
    let language = state.publishingLanguage
    let strings = Strings.of(language)
    var statements: [Statement] = []
    for platform in channels {
      let edited = risk.statements[platform]
      let text =
        edited
        ?? HoldingStatement.write(risk: risk, brand: brand, platform: platform, language: language)
      let count = PlatformCounter.count(text, on: platform)
      statements.append(
        Statement(
          platform: platform, text: text, length: count.length, limit: count.limit,
          valid: count.valid, edited: edited != nil))
    }
    let darkSite =
      small ? nil : strings("crisis.publish.darkSite", ["brand": brand, "risk": risk.name])
    // Whom the staff send questions to, with the preposition French needs.
    let lead = team.first { $0.role == "communications lead" }?.member
    let contact =
      lead.map { Phrase("crisis.publish.contactNamed", text: ["name": $0.name]) }
      ?? Phrase("crisis.publish.contactLead")
    let internalMessage = strings.format(
      "crisis.publish.internal",
      [
        "brand": .text(brand), "risk": .text(risk.name),
        "who": .phrase(contact),
      ])
    return CrisisPlaybook(
      risk: risk, team: team, escalation: escalation, checklist: checklist,
      statements: statements, darkSite: darkSite, teamSize: size,
      internalMessage: internalMessage)
  }
}

/// Writes holding statements: what is known, what is not yet known, what is being done, when
/// the next update comes — no speculation, no blame — in the posture the crisis type calls for
/// (Coombs 2007): a rumour is denied with the evidence and where to check it, a crisis the brand
/// suffers gives instructions, an accident gives the facts that limit the brand's share, a
/// preventable crisis apologises and says how the harm is put right; cut to fit the channel.
public enum HoldingStatement {
  /// The strategy a statement for `type` takes before any triage: the SCCT guideline for its
  /// cluster with no intensifier (a rumour is false information: deny).
  public static func strategy(for type: CrisisType) -> CrisisStrategy {
    switch type {
    case .rumor: return .deny
    case .naturalDisaster, .workplaceViolence, .tampering: return .inform
    case .challenge, .technicalAccident, .technicalProductHarm: return .diminish
    case .humanErrorAccident, .humanErrorProductHarm, .misdeed, .managementMisconduct,
      .misdeedInjuries:
      return .rebuild
    }
  }

  /// The statement for `risk` on `platform`, within the platform's limit, in `language`.
  public static func write(
    risk: CrisisRisk, brand: String, platform: Platform, language: Language = .en
  ) -> String {
    let strings = Strings.of(language)
    let aware = strings("crisis.publish.aware", ["risk": risk.name])
    let known = strings("crisis.publish.known")
    let unknown = strings("crisis.publish.unknown")
    let doing = strings("crisis.publish.doing")
    let next = strings("crisis.publish.next")
    let signature = strings("crisis.publish.signature", ["brand": brand])
    // Each posture's parts, in reading order, and the order they are kept in when the channel
    // is short (kept first → dropped last).
    let parts: [String]
    let priority: [Int]
    switch strategy(for: risk.type) {
    case .deny:
      parts = [aware, strings("crisis.publish.deny"), next, signature]
      priority = [1, 0, 2, 3]
    case .inform:
      parts = [
        aware, known, strings("crisis.publish.inform"), doing, strings("crisis.publish.sorry"),
        next, signature,
      ]
      priority = [0, 2, 5, 3, 1, 4, 6]
    case .diminish:
      parts = [
        aware, known, strings("crisis.publish.diminish"), unknown, doing,
        strings("crisis.publish.sorry"), next, signature,
      ]
      priority = [0, 6, 2, 4, 1, 5, 3, 7]
    case .rebuild:
      parts = [
        strings("crisis.publish.rebuild", ["risk": risk.name]), doing,
        strings(
          "crisis.publish.compensate"), next, signature,
      ]
      priority = [0, 1, 2, 3, 4]
    }
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
