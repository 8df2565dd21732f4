import SMMCore
import SMMShellTestSupport
import Testing

@testable import SMMShell

/// "More visits" to the goals question: footfall for a brand people come to, visits to the
/// website otherwise; "website visits" and « visites en magasin » say which themselves.
struct VisitsGoalTests {
  static func goals(_ answer: String, receivesVisitors: Bool) -> [Goal] {
    guard
      case .goals(let goals)? = AnswerInterpreter.interpret(
        answer, for: .goals, receivesVisitors: receivesVisitors)
    else { return [] }
    return goals
  }

  @Test(arguments: ["des visites et de la fidélité", "more visits", "plus de visiteurs"])
  func bareVisitsFollowTheKindOfBrand(_ answer: String) {
    #expect(Self.goals(answer, receivesVisitors: true).contains(.visits))
    #expect(!Self.goals(answer, receivesVisitors: true).contains(.traffic))
    #expect(Self.goals(answer, receivesVisitors: false).contains(.traffic))
  }

  @Test func namedVisitsSayWhichThemselves() {
    #expect(Self.goals("visites sur le site", receivesVisitors: true) == [.traffic])
    #expect(Self.goals("website visits", receivesVisitors: true) == [.traffic])
    #expect(Self.goals("store visits", receivesVisitors: false) == [.visits])
  }

  @Test func whoReceivesVisitors() {
    #expect(SectorKind.of("boulangerie artisanale à Lyon")?.receivesVisitors == true)
    #expect(SectorKind.of("accounting software")?.receivesVisitors == false)
  }

  @Test(arguments: [
    ("boulangerie artisanale à Lyon", Goal.visits), ("accounting software", .traffic),
  ])
  func theInterviewReadsTheSector(_ sector: String, _ goal: Goal) throws {
    let shell = try TestShell(interactive: true)
    shell.run("/new Martin", sector, "b2c", "25-34", "des visites")
    #expect(shell.session.current?.state.profile.goals == [goal])
  }
}
