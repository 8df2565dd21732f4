extension BrandState {
  /// Applies a step 3 change to the community map.
  mutating func applyCommunity(_ change: BrandChange) throws(SMMCoreError) {
    switch change {
    case .addCommunity(let raw, let platform, let type):
      let name = try Self.validateCommunityName(raw)
      if communities.contains(where: { $0.name.lowercased() == name.lowercased() }) {
        throw SMMCoreError.invalidMessage(Phrase("error.community.exists", text: ["name": name]))
      }
      communities.append(Community(name: name, platform: platform, type: type))
    case .removeCommunity(let name):
      let index = try communityIndex(name)
      communities.remove(at: index)
    case .setCommunity(let name, let field, let raw):
      let index = try communityIndex(name)
      let value = raw.trimmingWhiteSpace()
      switch field {
      case .size:
        guard let size = Int(value.filter { $0 != "," && $0 != " " && $0 != "_" }), size >= 0 else {
          throw SMMCoreError.invalidMessage(Phrase("error.community.size", text: ["value": value]))
        }
        communities[index].size = size
      case .needs: communities[index].needs = try Self.validateCommunityText(value, field)
      case .gives: communities[index].gives = try Self.validateCommunityText(value, field)
      case .gets: communities[index].gets = try Self.validateCommunityText(value, field)
      case .people:
        let people = value.split(separator: ",").map { String($0).trimmingWhiteSpace() }
          .filter { !$0.isEmpty }
        guard !people.isEmpty else {
          throw SMMCoreError.invalidMessage(Phrase("error.community.people"))
        }
        communities[index].people = people
      }
    case .planEngagement:
      engagement = try EngagementPlanner.plan(self)
    case .setEngagementOwner(let name, let kind, let raw):
      let owner = raw.trimmingWhiteSpace()
      guard !owner.isEmpty, owner.count <= 80 else {
        throw SMMCoreError.invalidMessage(Phrase("error.engage.owner"))
      }
      guard var plan = engagement else {
        throw SMMCoreError.invalidMessage(Phrase("error.engage.noPlan"))
      }
      let indices = plan.actions.indices.filter {
        plan.actions[$0].community.lowercased() == name.lowercased()
          && plan.actions[$0].kind == kind
      }
      guard !indices.isEmpty else {
        throw SMMCoreError.invalidMessage(
          Phrase("error.engage.noAction", text: ["kind": kind.rawValue, "name": name]))
      }
      for index in indices { plan.actions[index].owner = owner }
      engagement = plan
    default:
      break
    }
  }

  /// The index of the community named `name` (any case).
  /// - Throws: ``SMMCoreError/invalidMessage(_:)`` naming the communities on the map.
  public func communityIndex(_ name: String) throws(SMMCoreError) -> Int {
    guard let index = communities.firstIndex(where: { $0.name.lowercased() == name.lowercased() })
    else {
      if communities.isEmpty {
        throw SMMCoreError.invalidMessage(
          Phrase("error.community.unknown.none", text: ["name": name]))
      }
      throw SMMCoreError.invalidMessage(
        Phrase(
          "error.community.unknown",
          text: ["name": name, "names": communities.map(\.name).joined(separator: ", ")]))
    }
    return index
  }

  static func validateCommunityName(_ raw: String) throws(SMMCoreError) -> String {
    let name = raw.trimmingWhiteSpace()
    guard !name.isEmpty, name.count <= 80, !name.contains("\n") else {
      throw SMMCoreError.invalidMessage(Phrase("error.community.name"))
    }
    return name
  }

  static func validateCommunityText(_ value: String, _ field: Community.Field) throws(SMMCoreError)
    -> String
  {
    guard !value.isEmpty else {
      throw SMMCoreError.invalidMessage(
        Phrase("error.community.text.empty", text: ["field": field.rawValue]))
    }
    guard value.count <= 500 else {
      throw SMMCoreError.invalidMessage(
        Phrase(
          "error.community.text.tooLong", ["field": .text(field.rawValue), "maximum": .number(500)])
      )
    }
    return value
  }
}
