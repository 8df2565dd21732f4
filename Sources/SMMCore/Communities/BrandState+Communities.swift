extension BrandState {
  /// Applies a step 3 change to the community map.
  mutating func applyCommunity(_ change: BrandChange) throws {
    switch change {
    case .addCommunity(let raw, let platform, let type):
      let name = try Self.validateCommunityName(raw)
      if communities.contains(where: { $0.name.lowercased() == name.lowercased() }) {
        throw SMMCoreError.invalidMessage(
          "a community named \"\(name)\" is already on the map; /community show \"\(name)\" shows it"
        )
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
          throw SMMCoreError.invalidMessage(
            "size is an approximate number of members, such as 1200 (not \"\(value)\")")
        }
        communities[index].size = size
      case .needs: communities[index].needs = try Self.validateCommunityText(value, field)
      case .gives: communities[index].gives = try Self.validateCommunityText(value, field)
      case .gets: communities[index].gets = try Self.validateCommunityText(value, field)
      case .people:
        let people = value.split(separator: ",").map { String($0).trimmingWhiteSpace() }
          .filter { !$0.isEmpty }
        guard !people.isEmpty else {
          throw SMMCoreError.invalidMessage(
            "people are names with their handles, comma-separated: \"Anna @anna, Paul @paul\"")
        }
        communities[index].people = people
      }
    case .planEngagement:
      engagement = try EngagementPlanner.plan(self)
    case .setEngagementOwner(let name, let kind, let raw):
      let owner = raw.trimmingWhiteSpace()
      guard !owner.isEmpty, owner.count <= 80 else {
        throw SMMCoreError.invalidMessage(
          "an owner is a name or a role, e.g. \"Anna (community manager)\"")
      }
      guard var plan = engagement else {
        throw SMMCoreError.invalidMessage(
          "there is no engagement plan yet: /engage plan builds one")
      }
      let indices = plan.actions.indices.filter {
        plan.actions[$0].community.lowercased() == name.lowercased()
          && plan.actions[$0].kind == kind
      }
      guard !indices.isEmpty else {
        throw SMMCoreError.invalidMessage(
          "the plan has no \(kind.rawValue) action for \"\(name)\"; /engage shows the plan")
      }
      for index in indices { plan.actions[index].owner = owner }
      engagement = plan
    default:
      break
    }
  }

  /// The index of the community named `name` (any case).
  /// - Throws: ``SMMCoreError/invalidMessage(_:)`` naming the communities on the map.
  public func communityIndex(_ name: String) throws -> Int {
    guard let index = communities.firstIndex(where: { $0.name.lowercased() == name.lowercased() })
    else {
      throw SMMCoreError.invalidMessage(
        "no community named \"\(name)\"; the map holds: \(communities.isEmpty ? "none yet (/community add NAME --platform P --type T)" : communities.map(\.name).joined(separator: ", "))"
      )
    }
    return index
  }

  static func validateCommunityName(_ raw: String) throws -> String {
    let name = raw.trimmingWhiteSpace()
    guard !name.isEmpty, name.count <= 80, !name.contains("\n") else {
      throw SMMCoreError.invalidMessage(
        "a community name is a few words on one line, e.g. \"Lyon food lovers\"")
    }
    return name
  }

  static func validateCommunityText(_ value: String, _ field: Community.Field) throws -> String {
    guard !value.isEmpty else {
      throw SMMCoreError.invalidMessage("say what \(field.rawValue) is, in a sentence")
    }
    guard value.count <= 500 else {
      throw SMMCoreError.invalidMessage("keep \(field.rawValue) under 500 characters")
    }
    return value
  }
}
