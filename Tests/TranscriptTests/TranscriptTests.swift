import Foundation
import SMMCore
import SMMShell
import SMMShellTestSupport
import Testing

/// Replays every `Transcripts/*.smm` in-process (fixed clock, UTC, width 80, no colour) and
/// compares what it shows with the `.transcript` beside it. `RECORD_TRANSCRIPTS=1` rewrites
/// the expected files.
///
/// A script whose first line is `# interactive` runs as if a person typed it, so questions are
/// asked instead of failing.
struct TranscriptTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Transcripts")

  static var scripts: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasSuffix(".smm") }.sorted()
  }

  @Test(arguments: scripts)
  func transcript(_ name: String) throws {
    let script = Self.folder.appendingPathComponent(name)
    let expectedURL = script.deletingPathExtension().appendingPathExtension("transcript")
    let head = try Data(contentsOf: script).prefix(13)
    let shell = try TestShell(interactive: head == Data("# interactive".utf8))
    // Fixtures the scripts may read live next to them; copy them into the shell's folder.
    let fixtures = Self.folder.appendingPathComponent(
      script.deletingPathExtension().lastPathComponent + ".files")
    if FileManager.default.fileExists(atPath: fixtures.path) {
      for file in try FileManager.default.contentsOfDirectory(atPath: fixtures.path) {
        try FileManager.default.copyItem(
          atPath: fixtures.appendingPathComponent(file).path, toPath: shell.folder + "/" + file)
      }
    }
    let reader = try ScriptFile.open(script.path, shownAs: name)
    _ = shell.runner.run(reader, source: name)
    // The shell's folder is random: show it as <tmp> so transcripts stay stable.
    let actual = shell.transcript.text.replacingOccurrences(of: shell.folder, with: "<tmp>")
    if ProcessInfo.processInfo.environment["RECORD_TRANSCRIPTS"] == "1"
      || !FileManager.default.fileExists(atPath: expectedURL.path)
    {
      try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
      Issue.record("Recorded a new transcript for \(name); check it in and run again")
      return
    }
    let expected = try String(contentsOf: expectedURL, encoding: .utf8)
    if let diff = LineDiff.describe(expected: expected, actual: actual) {
      Issue.record(
        "\(name) differs from its transcript (RECORD_TRANSCRIPTS=1 re-records):\n\(diff)")
    }
  }

  /// A newcomer's walk-through (`walkthrough-*.smm`) types no command: plain words only, in
  /// English or French, none refused, from the first hello to the plan written, with every step
  /// of the method done (a crisis role the brand has nobody for may stay open) and a plan that
  /// holds together (``Guidance/blockers(_:)``: hours that fit, no message repeated).
  @Test(arguments: scripts.filter { $0.hasPrefix("walkthrough-") })
  func aWalkthroughFinishesInPlainWords(_ name: String) throws {
    let script = Self.folder.appendingPathComponent(name)
    let lines = try String(contentsOf: script, encoding: .utf8).split(separator: "\n")
    #expect(!lines.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("/") })
    let shell = try TestShell(interactive: true)
    _ = shell.runner.run(try ScriptFile.open(script.path, shownAs: name), source: name)
    #expect(shell.runner.failures == 0, "\(shell.transcript.text)")
    let state = try #require(shell.session.current?.state)
    let left = Guidance.review(state).flatMap(\.missing).map { $0.described(.english) }
    #expect(left.allSatisfy { $0.contains("crisis team") }, "\(left)")
    let blockers = Guidance.blockers(Guidance.review(state)).map { $0.described(.english) }
    #expect(blockers.isEmpty, "the plan holds together: \(blockers)")
    let plans = try FileManager.default.contentsOfDirectory(atPath: shell.folder)
      .filter { $0.hasSuffix("-plan.html") }
    #expect(plans.count == 1, "the plan is written")
    #expect(shell.session.nextAction() == nil, "nothing is left to offer")
  }

  /// The scripts in `examples/` replay without a single failure. An example with a
  /// `.transcript` beside it is also compared with it, and an onboarding example must end with
  /// the four steps complete and a plan that holds together.
  @Test(arguments: exampleScripts)
  func example(_ path: String) throws {
    let shell = try TestShell()
    let name = "examples/" + URL(fileURLWithPath: path).lastPathComponent
    let reader = try ScriptFile.open(path, shownAs: name)
    _ = shell.runner.run(reader, source: name)
    #expect(shell.runner.failures == 0, "\(shell.transcript.text)")
    #expect(shell.runner.commandsRun > 0)
    if name.hasPrefix("examples/onboarding-") {
      let state = try #require(shell.session.current?.state, "the onboarding creates a brand")
      #expect(
        Guidance.review(state).allSatisfy { $0.stage == .done },
        "\(Guidance.review(state).flatMap(\.missing).map { $0.described(.english) })")
      #expect(Guidance.next(state) == nil, "nothing is left to do")
      let blockers = Guidance.blockers(Guidance.review(state)).map { $0.described(.english) }
      #expect(blockers.isEmpty, "the plan holds together: \(blockers)")
      #expect(PlanReport.build(state).progress.complete, "the plan says it is complete")
    }
    let expectedURL = URL(fileURLWithPath: path).deletingPathExtension()
      .appendingPathExtension("transcript")
    guard FileManager.default.fileExists(atPath: expectedURL.path) else { return }
    let actual = shell.transcript.text.replacingOccurrences(of: shell.folder, with: "<tmp>")
    if ProcessInfo.processInfo.environment["RECORD_TRANSCRIPTS"] == "1" {
      try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: expectedURL, encoding: .utf8)
    if let diff = LineDiff.describe(expected: expected, actual: actual) {
      Issue.record(
        "\(name) differs from its transcript (RECORD_TRANSCRIPTS=1 re-records):\n\(diff)")
    }
  }

  /// An onboarding example replayed a second time in the same folder, on a new workspace: the
  /// plan file of the first run is older than the new brand, so the guide offers to write it
  /// again (replacing it) and the last "yes" does, instead of failing on the file.
  @Test(arguments: exampleScripts.filter { $0.contains("/onboarding-") })
  func anOnboardingReplaysASecondTime(_ path: String) throws {
    let first = try TestShell()
    _ = first.runner.run(try ScriptFile.open(path, shownAs: "first"), source: "first")
    #expect(first.runner.failures == 0)
    let plans = try FileManager.default.contentsOfDirectory(atPath: first.folder)
      .filter { $0.hasSuffix("-plan.html") }
    guard let plan = plans.first else { return }  // an example that writes no plan file
    let planPath = first.folder + "/" + plan
    // Written before the brand of the second run (whose clock is fixed in 2026).
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSince1970: 0)], ofItemAtPath: planPath)
    let second = try TestShell(
      workspacePath: first.folder + "/second.sqlite", folder: first.folder)
    _ = second.runner.run(try ScriptFile.open(path, shownAs: "second"), source: "second")
    #expect(second.runner.failures == 0, "\(second.transcript.text)")
    let written = try FileManager.default.attributesOfItem(atPath: planPath)[.modificationDate]
    #expect((written as? Date).map { $0 > Date(timeIntervalSince1970: 0) } == true)
  }

  static var exampleScripts: [String] {
    let examples = folder.deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("examples")
    return ((try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? [])
      .filter { $0.hasSuffix(".smm") }.sorted().map { examples.appendingPathComponent($0).path }
  }
}
