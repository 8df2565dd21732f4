import SMMCore
import SMMShell
import Testing

/// The crisis binder's watch: what is watched, the rules with the detectors' own numbers,
/// who is alerted, the latest alerts; and what to set up when nothing is watched.
struct BinderWatchTests {
  static func watched() throws -> BrandState {
    let text = """
      timestamp,text,author,platform,reach
      2026-03-09T14:01:00Z,Mould in my loaf,@a,x,900
      2026-03-09T14:02:00Z,Lovely bread,@b,bluesky,10
      2026-03-09T15:02:00Z,Lovely bread again,@c,bluesky,10

      """
    var summary = WatchImport(text, format: .mentions).summary
    summary.alerts = [
      WatchAlert(
        at: 1_773_064_800, value: 96, baseline: 6, level: 4, kind: .spike, score: 2)
    ]
    return try BrandState(name: try BrandName("Le Fournil"))
      .applying(.setProfile(.team(TeamSize(2))))
      .applying(
        .setCrisisRole(CrisisRole(role: "communications lead", name: "Marie", contact: "m@x.fr"))
      )
      .applying(.recordWatch(summary))
  }

  @Test func theBinderSaysWhatIsWatchedTheRulesAndWhoIsAlerted() throws {
    let text = MarkdownExport.plan(try Self.watched(), section: "crisis")
    #expect(text.contains("### The watch"))
    #expect(text.contains("3 mentions from Monday 9 March 2026 to Monday 9 March 2026"))
    #expect(text.contains("over 2 hours recorded, on Bluesky and X"))
    // The numbers are the detectors' own.
    let spike = SpikeDetector.Settings()
    #expect(text.contains("the last \(spike.days) days"))
    #expect(text.contains("above 6.5, 6.5 and 3.5"))
    #expect(text.contains("at least \(NegativeShareDetector.Settings().minimumMentions) mentions"))
    #expect(text.contains("4 from 10; one level more from 100 mentions an hour"))
    // Who is alerted: the team's chain, the named lead.
    #expect(text.contains("Level 2 of 3 — Marie (communications lead)"))
    // The team table names the holder the chain names, not "to name".
    #expect(text.contains("| spokesperson | person 2 | — |"))
    #expect(text.contains("- 2026-03-09 14:00 spike, level 4: 96 mentions in the hour, usually 6"))
    let french = MarkdownExport.plan(try Self.watched(), section: "crisis", language: .fr)
    #expect(french.contains("### La veille"))
    #expect(french.contains("au-delà de 6,5, 6,5 et 3,5"))
    #expect(french.contains("Niveau 2 sur 3 — Marie (responsable de la communication)"))
  }

  @Test func withNothingWatchedTheBinderSaysWhatToSetUp() throws {
    let state = BrandState(name: try BrandName("Le Fournil"))
    let text = MarkdownExport.plan(state, section: "crisis")
    #expect(text.contains("Nothing is watched yet. Export the brand's mentions"))
    #expect(text.contains("No alert so far."))
    #expect(!text.contains("/watch"), "no command in the client's binder")
    // The fast spread follows the brand's audience: a local brand's is lower.
    let local = try state.applying(.setProfile(.reach(.local)))
    let audience = BrandAudience.of(local)
    #expect(
      MarkdownExport.plan(local, section: "crisis").contains(
        "one level more from \(audience.fastVelocity) mentions an hour"))
  }

  @Test func theWatchLevelsCountFastSpreadAgainstTheBrandsAudience() {
    #expect(WatchAlert.level(value: 30, baseline: 20) == 1)
    #expect(WatchAlert.level(value: 30, baseline: 20, fastVelocity: 30) == 2)
    #expect(WatchAlert.level(value: 200, baseline: 20, fastVelocity: 30) == 4)
  }
}
