import SMMCore
import Testing

struct EngagementTests {
  func state(hours: Double? = nil) throws -> BrandState {
    var state = BrandState(name: try BrandName("Le Fournil"))
    if let hours { state = try state.applying(.setProfile(.hours(hours))) }
    state = try state.applying(.addCommunity("Lyon food lovers", .instagram, .place))
    state = try state.applying(.setCommunity("Lyon food lovers", .gives, "recipes"))
    state = try state.applying(.setCommunity("Lyon food lovers", .gets, "visits"))
    state = try state.applying(.addCommunity("home bakers", .reddit, .practice))
    return state
  }

  @Test func thePlanHasTheThreeKindsPerCommunity() throws {
    let plan = try EngagementPlanner.plan(try state())
    #expect(plan.actions.count == 6)
    #expect(plan.actions.map(\.kind) == [.create, .share, .spread, .create, .share, .spread])
    // 4×60 + 4×15 + 4×10 minutes a month per community, over 52/12 weeks.
    #expect(abs(plan.hoursPerWeek - 2 * (4.0 * 85 / 60) / (52.0 / 12)) < 1e-9)
    #expect(
      plan.notes.contains { $0.english.contains("home bakers") }, "unmapped communities are named")
  }

  @Test func thePlanFitsTheHoursLeftByThePlatforms() throws {
    var tight = try state(hours: 6)
    tight = try tight.applying(.chooseSpaces([.instagram]))
    let plan = try EngagementPlanner.plan(tight)
    let platforms = PlatformCatalog.entry(.instagram).effort.hoursPerWeek
    #expect(
      plan.hoursPerWeek <= 6 - platforms + 1e-9 || plan.actions.allSatisfy { $0.perMonth == 1 })
    #expect(plan.actions.allSatisfy { $0.perMonth >= 1 })
    #expect(throws: SMMCoreError.self) {
      try EngagementPlanner.plan(BrandState(name: try BrandName("x")))
    }
  }

  @Test func theBalanceCheckNamesWhatIsWrongAndTheBestChange() throws {
    var state = try state()
    state = try state.applying(.addMessage("Buy our bread", .brand))
    state = try state.applying(.addMessage("Our bread is the best", .brand))
    state = try state.applying(.addMessage("How we bake", .educational))
    var balance = EngagementBalance.check(state)
    #expect(balance.findings.count == 3, "\(balance.findings)")
    #expect(balance.findings[0].contains("talks mostly about itself: 67%"))
    #expect(
      balance.findings[1].contains("Get nothing from the brand: Lyon food lovers, home bakers"))
    #expect(balance.findings[2].contains("Give nothing back that is known: home bakers"))
    #expect(balance.change == "more curate messages (33% targeted, 0% now)")

    state = try state.applying(.addMessage("Worth reading: a miller's notes", .curated))
    state = try state.applying(.addMessage("A baker's blog we love", .curated))
    state = try state.applying(.addMessage("Thank you, neighbours", .conversation))
    state = try state.applying(.addMessage("Tell us your favourite loaf", .conversation))
    state = try state.applying(.addMessage("Meet Anna", .conversation))
    state = try state.applying(.setCommunity("home bakers", .gets, "feedback on new recipes"))
    state = try state.applying(.planEngagement)
    balance = EngagementBalance.check(state)
    #expect(balance.findings.isEmpty, "\(balance.findings)")
    #expect(balance.change == nil)
  }
}
