/// Puts the content mix and the engagement plan together: does the brand talk mostly about
/// itself, which communities get nothing, which give nothing back — and the one change that
/// would help most.
public struct EngagementBalance: Equatable, Sendable {
  /// Findings, one line each (empty when balanced).
  public var findings: [String]
  /// The one change that would help most, or nil when balanced.
  public var change: String?

  /// The balance of `state`.
  public static func check(_ state: BrandState) -> EngagementBalance {
    var findings: [String] = []
    var changes: [String] = []
    let rule = state.content.mixRule ?? .thirds
    let mix = ContentMix.evaluate(state.content.messages, rule: rule)
    if mix.isBrandCentred {
      findings.append(
        "The brand talks mostly about itself: \(Int((mix.brandShare * 100).rounded()))% of its messages are about the brand, \(rule.rawValue) allows \(Int((rule.maximumBrandShare * 100).rounded()))%"
      )
      changes.append(mix.bestChange ?? "add messages that are not about the brand")
    }
    let actions = state.engagement?.actions ?? []
    let created = actions.filter { $0.kind == .create }.map(\.perMonth).reduce(0, +)
    let passedOn = actions.filter { $0.kind != .create }.map(\.perMonth).reduce(0, +)
    if !actions.isEmpty && created > passedOn {
      findings.append(
        "In the communities, the brand creates \(created) times a month and shares or spreads \(passedOn): more talking than listening"
      )
      changes.append(
        "share and spread the communities' own posts at least as often as the brand creates its own"
      )
    }
    let getNothing = state.communities.filter { community in
      !actions.contains { $0.community.lowercased() == community.name.lowercased() }
    }.map(\.name)
    if !getNothing.isEmpty {
      findings.append(
        "Get nothing from the brand: \(getNothing.joined(separator: ", ")) (no action planned)")
      changes.append("plan actions for \(getNothing[0]) (/engage plan)")
    }
    let giveNothing = state.communities.filter { ($0.gets ?? "").isEmpty }.map(\.name)
    if !giveNothing.isEmpty {
      findings.append(
        "Give nothing back that is known: \(giveNothing.joined(separator: ", ")) (gets is empty)")
      changes.append(
        "say what \(giveNothing[0]) brings the brand (/community set \"\(giveNothing[0])\" gets …), or spend the time elsewhere"
      )
    }
    if state.communities.isEmpty {
      findings.append("No community is mapped yet: the brand can only talk, not exchange")
      changes.append("map a first community (/community suggests some)")
    }
    return EngagementBalance(findings: findings, change: changes.first)
  }
}
