extension BrandState {
  /// Applies a step 4 change: risks, statements, the team.
  mutating func applyCrisis(_ change: BrandChange) throws {
    switch change {
    case .addRisk(var risk):
      risk.name = risk.name.trimmingWhiteSpace()
      guard !risk.name.isEmpty, risk.name.count <= 120, !risk.name.contains("\n") else {
        throw SMMCoreError.invalidMessage(
          "a risk is named in a few words on one line, e.g. \"food poisoning reported\"")
      }
      guard (1...5).contains(risk.likelihood), (1...5).contains(risk.impact) else {
        throw SMMCoreError.invalidMessage("likelihood and impact go from 1 (low) to 5 (high)")
      }
      if risks.contains(where: { $0.name.lowercased() == risk.name.lowercased() }) {
        throw SMMCoreError.invalidMessage(
          "\"\(risk.name)\" is already in the register; /crisis risks lists it")
      }
      risks.append(risk)
    case .removeRisk(let name):
      risks.remove(at: try riskIndex(name))
    case .setStatement(let name, let platform, let raw):
      let index = try riskIndex(name)
      let text = try ContentMessage.validate(raw)
      let count = PlatformCounter.count(text, on: platform)
      guard count.valid else {
        let over =
          count.limit.map {
            " (\(count.length)/\($0) \(count.unit.noun), \(count.length - $0) over)"
          } ?? ""
        throw SMMCoreError.invalidMessage(
          "the statement does not fit \(platform.displayName)\(over); shorten it — a holding statement must go out as it is"
        )
      }
      risks[index].statements[platform] = text
    case .setCrisisRole(var member):
      member.role = member.role.trimmingWhiteSpace().lowercased()
      member.name = member.name.trimmingWhiteSpace()
      guard !member.role.isEmpty, !member.name.isEmpty else {
        throw SMMCoreError.invalidMessage(
          "give a role and a name, e.g. spokesperson \"Anna Martin\" \"+33 6 12 34 56 78\"")
      }
      crisisTeam.removeAll { $0.role == member.role }
      crisisTeam.append(member)
    default:
      break
    }
  }

  /// The index of the risk named `name` (any case).
  /// - Throws: ``SMMCoreError/invalidMessage(_:)`` naming the register's risks.
  public func riskIndex(_ name: String) throws -> Int {
    guard let index = risks.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) else {
      throw SMMCoreError.invalidMessage(
        "no risk named \"\(name)\"; the register holds: \(risks.isEmpty ? "none yet (/crisis risk add NAME --type T)" : risks.map(\.name).joined(separator: ", "))"
      )
    }
    return index
  }
}
