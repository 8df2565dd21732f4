import SMMCore

/// A field of a platform profile of one brand, as the guide's checklist asks for it.
package struct PostponedField: Hashable, Sendable {
  /// The brand's id in the workspace.
  package var brand: Int64
  /// The platform whose profile holds the field.
  package var platform: Platform
  /// The field's key (`display-name`, `bio`…).
  package var key: String
}

/// A crisis team role left open for a brand ("we don't have a lawyer", "skip"): nobody is
/// named, and the guide asks for the next role instead.
package struct OpenRole: Hashable, Sendable {
  /// The brand's id in the workspace.
  package var brand: Int64
  /// The role (`legal`, `spokesperson`…).
  package var role: String
}

extension GuideAction {
  /// The crisis team role this action asks who holds (`/crisis team ROLE …`) for the brand
  /// `brand`, if it asks for one.
  func teamRole(of brand: Int64?) -> OpenRole? {
    guard let brand, request.path == ["crisis", "team"],
      case .value(let role) = request.arguments.first, request.needsAnswer
    else { return nil }
    return OpenRole(brand: brand, role: role)
  }

  /// The same question for another role.
  func asking(role: String) -> GuideAction {
    var action = self
    action.request.arguments[0] = .value(role)
    if case .ask(_, let suggestion, let shape) = kind {
      action.kind = .ask(
        question: Phrase("guide.ask.role", text: ["role": role]), suggestion: suggestion,
        shape: shape)
    }
    return action
  }

  /// The brand profile field this action asks for (`/brand set FIELD …`), if it asks for one:
  /// the guide's question on the hours a plan needs.
  var brandField: ProfileField? {
    guard request.path == ["brand", "set"], request.needsAnswer,
      case .value(let name) = request.arguments.first
    else { return nil }
    return ProfileField(rawValue: name)
  }

  /// The platform profile field this action asks about (`/profile PLATFORM set KEY …`) for the
  /// brand `brand`, if it asks about one.
  func profileField(of brand: Int64?) -> PostponedField? {
    guard let brand, request.path == ["profile"], request.arguments.count == 4,
      case .value(let id) = request.arguments[0], case .value("set") = request.arguments[1],
      case .value(let key) = request.arguments[2], let platform = Platform(id: id)
    else { return nil }
    return PostponedField(brand: brand, platform: platform, key: key)
  }
}

/// "Later", "not yet", "skip", « plus tard » to a profile checklist question: the item stays a
/// to-do (nothing is recorded) and the guide asks the next one; the items put off come back
/// when nothing else is left.
extension ShellSession {
  /// `/skip` with no interview running: puts off the checklist item the guide asked for last,
  /// if it is still to do; nil when the guide's last advice is no such item.
  func postponeLastAdvice() -> [String]? {
    guard let current, let field = lastAdvice?.profileField(of: current.record.id),
      ProfileCheck.run(current.state).completeness.contains(where: {
        $0.platform == field.platform && $0.missing.contains(field.key)
      })
    else { return nil }
    return postponing(field)
  }

  /// Records `field` as put off; the lines that say so and offer what comes next.
  func postponing(_ field: PostponedField) -> [String] {
    postponed.insert(field)
    var lines = [
      wrapped(
        strings.format(
          "guide.postponed",
          [
            "label": .profileField(field.platform, field.key),
            "platform": .text(field.platform.displayName),
          ]))
    ]
    if let next = nextAction() {
      show(next)
      lines.append(offerLine(next))
    }
    return lines
  }

  /// The crisis team roles left open for the open brand and still unnamed, in the playbook's
  /// order.
  var stillOpenRoles: [String] {
    guard let current else { return [] }
    return current.state.crisisRoles.filter { role in
      openRoles.contains(OpenRole(brand: current.record.id, role: role))
        && !current.state.crisisTeam.contains { $0.role == role }
    }
  }

  /// The guide's question for the first role left open, as the review asks for a role.
  package func openRoleAction() -> GuideAction? {
    guard let current, let role = stillOpenRoles.first else { return nil }
    let asked = reviews(of: current).flatMap(\.missing).compactMap(\.action).first {
      $0.teamRole(of: current.record.id) != nil
    }
    return asked?.asking(role: role)
  }

  /// Records `role` as left open; the lines that say so and offer what comes next.
  func leavingOpen(_ role: OpenRole) -> [String] {
    openRoles.insert(role)
    var lines = [wrapped(strings.format("guide.roleOpen", ["role": .text(role.role)]))]
    if let next = nextAction() {
      show(next)
      lines.append(offerLine(next))
    }
    return lines
  }

  /// `reviews` of `brand` with the items put off passed over: a platform's profile item asks
  /// for its first missing field not put off, or offers nothing when all of them are; the
  /// crisis team asks for its first role not left open. When nothing else is left, the profile
  /// items put off are asked again; a role left open stays open (the plan shows it to fill),
  /// so the plan can be written without it.
  func puttingOff(_ reviews: [StepReview], _ brand: OpenBrand) -> [StepReview] {
    let putOff = postponed.filter { $0.brand == brand.record.id }
    let open = Set(openRoles.filter { $0.brand == brand.record.id }.map(\.role))
    guard !putOff.isEmpty || !open.isEmpty else { return reviews }
    let check = ProfileCheck.run(brand.state)
    func passing(_ reviews: [StepReview], _ pass: (StepReview.Item) -> StepReview.Item)
      -> [StepReview]
    {
      reviews.map { review in
        var review = review
        review.missing = review.missing.map(pass)
        return review
      }
    }
    let rolesPassed = passing(reviews) { item in
      guard let role = item.action?.teamRole(of: brand.record.id), open.contains(role.role)
      else { return item }
      var item = item
      let next = brand.state.crisisRoles.first { role in
        !open.contains(role) && !brand.state.crisisTeam.contains { $0.role == role }
      }
      item.action = next.flatMap { item.action?.asking(role: $0) }
      return item
    }
    let passed = passing(rolesPassed) { item in
      guard let field = item.action?.profileField(of: brand.record.id), putOff.contains(field),
        let missing = check.completeness.first(where: { $0.platform == field.platform })?.missing
      else { return item }
      var item = item
      item.action = missing.first {
        !putOff.contains(PostponedField(brand: field.brand, platform: field.platform, key: $0))
      }.map { Guidance.profileAction(brand.state, field.platform, $0) }
      return item
    }
    return Guidance.next(reviews: passed) == nil ? rolesPassed : passed
  }
}
