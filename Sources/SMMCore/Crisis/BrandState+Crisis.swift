extension BrandState {
  /// The crisis roles the brand's team fills, in the order of the escalation chain: every role
  /// of ``CrisisPlaybook/roles``, without the executive sponsor for a team of one to three.
  public var crisisRoles: [String] { profile.team?.crisisRoles ?? CrisisPlaybook.roles }

  /// Applies a step 4 change: risks, statements, the team.
  mutating func applyCrisis(_ change: BrandChange) throws(SMMCoreError) {
    switch change {
    case .addRisk(var risk):
      risk.name = risk.name.trimmingWhiteSpace()
      guard !risk.name.isEmpty, risk.name.count <= 120, !risk.name.contains("\n") else {
        throw SMMCoreError.invalidMessage(Phrase("error.crisis.riskName"))
      }
      guard (1...5).contains(risk.likelihood), (1...5).contains(risk.impact) else {
        throw SMMCoreError.invalidMessage(Phrase("error.crisis.scale"))
      }
      if risks.contains(where: { $0.name.lowercased() == risk.name.lowercased() }) {
        throw SMMCoreError.invalidMessage(
          Phrase("error.crisis.riskExists", text: ["name": risk.name]))
      }
      risks.append(risk)
    case .removeRisk(let name):
      risks.remove(at: try riskIndex(name))
    case .setStatement(let name, let platform, let raw):
      let index = try riskIndex(name)
      let text = try ContentMessage.validate(raw)
      let count = PlatformCounter.count(text, on: platform)
      guard count.valid else {
        let over: Phrase.Value =
          count.limit.map {
            .phrase(
              Phrase(
                "error.crisis.statement.over",
                [
                  "length": .number(count.length), "limit": .number($0),
                  "unit": .phrase(count.unit.nounPhrase), "over": .number(count.length - $0),
                ]))
          } ?? .text("")
        throw SMMCoreError.invalidMessage(
          Phrase(
            "error.crisis.statement.tooLong",
            ["platform": .text(platform.displayName), "over": over]))
      }
      risks[index].statements[platform] = text
    case .setCrisisRole(var member):
      member.role = member.role.trimmingWhiteSpace().lowercased()
      member.name = member.name.trimmingWhiteSpace()
      guard !member.role.isEmpty, !member.name.isEmpty else {
        throw SMMCoreError.invalidMessage(Phrase("error.crisis.role"))
      }
      crisisTeam.removeAll { $0.role == member.role }
      crisisTeam.append(member)
    default:
      break
    }
  }

  /// The index of the risk named `name` (any case).
  /// - Throws: ``SMMCoreError/invalidMessage(_:)`` naming the register's risks.
  public func riskIndex(_ name: String) throws(SMMCoreError) -> Int {
    guard let index = risks.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) else {
      if risks.isEmpty {
        throw SMMCoreError.invalidMessage(
          Phrase("error.crisis.unknownRisk.none", text: ["name": name]))
      }
      throw SMMCoreError.invalidMessage(
        Phrase(
          "error.crisis.unknownRisk",
          text: ["name": name, "names": risks.map(\.name).joined(separator: ", ")]))
    }
    return index
  }
}
