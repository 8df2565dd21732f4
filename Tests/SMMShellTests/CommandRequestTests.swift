import Foundation
import SMMCore
import SMMShell
import Testing

/// The guide asks for commands as data (``CommandRequest``); the shell prints them.
struct CommandRequestTests {
  @Test func theShellPrintsARequestAsTheTokenizerReadsIt() throws {
    let request = CommandRequest(
      "community", "add", values: ["Lyon food lovers"],
      options: [.init("platform", "instagram"), .init("type", "place")])
    #expect(request.text == #"/community add "Lyon food lovers" --platform instagram --type place"#)
    let tokens = try Tokenizer.tokenize(request.text).map(\.text)
    #expect(
      tokens == [
        "/community", "add", "Lyon food lovers", "--platform", "instagram", "--type", "place",
      ])
    let awkward = #"l'odeur "forte" \ ici"#
    let drill = CommandRequest("crisis", "drill", values: [awkward])
    #expect(try Tokenizer.tokenize(drill.text).map(\.text) == ["/crisis", "drill", awkward])
  }

  @Test func theAnswerGoesWhereTheRequestSays() {
    let request = CommandRequest(["crisis", "team"], arguments: [.value("spokesperson"), .answer])
    #expect(request.needsAnswer)
    #expect(request.text == "/crisis team spokesperson {answer}")
    #expect(request.shown == "/crisis team spokesperson …")
    let filled = request.answering(["Marie Dupont", "marie@x.fr"])
    #expect(!filled.needsAnswer)
    #expect(
      filled.arguments == [.value("spokesperson"), .value("Marie Dupont"), .value("marie@x.fr")])
    #expect(filled.text == #"/crisis team spokesperson "Marie Dupont" marie@x.fr"#)
  }

  @Test func anAnswerFillsTheRequestAsTypedValues() {
    let action = GuideAction(
      CommandRequest(["crisis", "team"], arguments: [.value("legal"), .answer]),
      kind: .ask(question: Phrase("guide.ask.role"), suggestion: nil, shape: .nameAndContact),
      reason: Phrase("guide.why.team"))
    #expect(
      action.request(answering: " Paul +33 6 12 34 56 78 ")?.arguments.dropFirst()
        == [.value("Paul"), .value("+33 6 12 34 56 78")])
    #expect(action.request(answering: "  ") == nil)
  }

  /// No command line is spelled in the core's code any more (the guide builds requests): a
  /// `"/word` literal there would be shell syntax in SMMCore. The catalogs' prose
  /// (Localization) still names commands in sentences. The assistant, in the shell, builds
  /// requests too.
  @Test(arguments: ["Sources/SMMCore", "Sources/SMMShell/Assistant"])
  func theCoreSpellsNoCommandLineOutsideItsCatalogs(_ folder: String) throws {
    let core = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent(folder)
    let files = try #require(FileManager.default.subpaths(atPath: core.path)).filter {
      $0.hasSuffix(".swift") && !$0.hasPrefix("Localization/")
    }
    #expect(files.contains("Guide/Guidance.swift") || files.contains("IntentMatcher.swift"))
    for file in files {
      let text = try String(contentsOf: core.appendingPathComponent(file), encoding: .utf8)
      let lines = text.split(separator: "\n").filter { line in
        !line.trimmingCharacters(in: .whitespaces).hasPrefix("//")
          && line.contains(#/"\/[a-z]/#)
      }
      #expect(lines.isEmpty, "\(file): \(lines)")
    }
  }
}
