import Foundation
import SMMShell
import SMMShellTestSupport
import Testing

/// `/export` writes the open brand's plan from inside the shell, and never replaces a file
/// unless told.
struct ExportCommandTests {
  func brand() throws -> TestShell {
    let shell = try TestShell()
    for line in ["/new \"Le Fournil\"", "/stop", "/brand set sector bakery"] {
      #expect(shell.execute(line).ok, "\(line)")
    }
    return shell
  }

  @Test func writesThePlanUnderANameFromTheBrand() throws {
    let shell = try brand()
    let result = shell.execute("/export html")
    #expect(result.ok, "\(result)")
    #expect(result.command == "/export html le-fournil-plan.html")
    let html = try String(contentsOfFile: shell.folder + "/le-fournil-plan.html", encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("Le Fournil"))
  }

  @Test func keepsAnExistingFileUnlessForced() throws {
    let shell = try brand()
    let path = shell.folder + "/plan.md"
    try "mine".write(toFile: path, atomically: true, encoding: .utf8)
    let refused = shell.execute("/export md plan.md")
    #expect(!refused.ok)
    #expect(refused.error?.contains("--force") == true)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "mine", "nothing lost")
    #expect(shell.execute("/export md plan.md --force").ok)
    #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("# "))
  }

  @Test func writesInTheLanguageSmmSpeaks() throws {
    let shell = try brand()
    #expect(shell.execute("/lang fr").ok)
    let result = shell.execute("/export md --section brand")
    #expect(result.output.first?.contains("écrit dans le-fournil-plan.md") == true, "\(result)")
    let text = try String(contentsOfFile: shell.folder + "/le-fournil-plan.md", encoding: .utf8)
    #expect(text.contains("La marque"))
  }

  @Test func saysWhatIsWrong() throws {
    let shell = try brand()
    #expect(shell.execute("/export docx").error?.contains("html, md, pdf, json") == true)
    #expect(shell.execute("/export json --section crisis").error?.contains("--section") == true)
    #expect(shell.execute("/export ics").error?.contains("/calendar plan") == true)
  }

  /// At a terminal, a file that exists is a question, not an error: no keeps it, a name writes
  /// that file instead, yes replaces it; "what?" or a sentence is asked again.
  @Test func atATerminalAnExistingFileIsAQuestion() throws {
    let shell = try TestShell(interactive: true)
    for line in ["/new \"Le Fournil\"", "/stop"] { #expect(shell.execute(line).ok) }
    let path = shell.folder + "/plan.md"
    try "mine".write(toFile: path, atomically: true, encoding: .utf8)
    let asked = shell.execute("/export md plan.md")
    #expect(asked.ok)
    #expect(
      asked.output == [
        "plan.md already exists. Replace it? yes replaces it, no keeps it, or type another file name."
      ])
    #expect(shell.execute("no").output == ["Kept plan.md as it was; nothing was written."])
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "mine")
    _ = shell.execute("/export md plan.md")
    #expect(!shell.execute("what do you mean?").ok, "a question is no file name")
    let renamed = shell.execute("plan-v2")
    #expect(renamed.ok, "\(renamed)")
    #expect(FileManager.default.fileExists(atPath: shell.folder + "/plan-v2.md"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "mine")
    _ = shell.execute("/save plan.md")
    #expect(shell.execute("yes").ok)
    #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("# smm script"))
  }

  /// Yes or no with a few words more ("yes, replace it", « oui, remplace-le ») is the reply,
  /// never a file name to write instead.
  @Test func yesWithWordsMoreReplacesTheFile() throws {
    for (answer, replaced) in [
      ("yes, replace it", true), ("oui, remplace-le", true), ("no, keep it", false),
      ("non, garde-le", false),
    ] {
      let shell = try TestShell(interactive: true)
      for line in ["/new \"Le Fournil\"", "/stop"] { #expect(shell.execute(line).ok) }
      let path = shell.folder + "/plan.md"
      try "mine".write(toFile: path, atomically: true, encoding: .utf8)
      #expect(shell.execute("/export md plan.md").ok)
      #expect(shell.execute(answer).ok, "\(answer)")
      let text = try String(contentsOfFile: path, encoding: .utf8)
      #expect((text != "mine") == replaced, "\(answer)")
      let others = try FileManager.default.contentsOfDirectory(atPath: shell.folder).filter {
        $0.hasSuffix(".md") && $0 != "plan.md"
      }
      #expect(others.isEmpty, "\(answer) wrote no other file: \(others)")
    }
  }

  /// In a script or a pipe the command fails (scripts stop on it), but "yes, replace it" typed
  /// next replaces the file: it is not taken as the answer to the guide's waiting question.
  @Test func inAPipeYesAfterTheErrorReplacesTheFile() throws {
    let shell = try TestShell()
    for line in [
      "/new \"Kinetic Physio\"", "/stop", "/hints on", "/spaces choose facebook",
      "/profile facebook set display-name \"Kinetic Physio\"",
    ] { #expect(shell.execute(line).ok, "\(line)") }
    let path = shell.folder + "/plan.md"
    try "mine".write(toFile: path, atomically: true, encoding: .utf8)
    let refused = shell.execute("/export md plan.md")
    #expect(!refused.ok)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "mine", "nothing lost")
    let replaced = shell.execute("yes, replace it")
    #expect(replaced.ok, "\(replaced)")
    #expect(replaced.command == "/export md plan.md --force")
    #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("# "))
    let profile = shell.execute("/profile facebook")
    #expect(profile.output.joined().contains("Kinetic Physio"), "the profile is as it was")
  }
}
