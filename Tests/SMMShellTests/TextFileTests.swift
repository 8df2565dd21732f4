import Foundation
import SMMShell
import SMMShellTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `TextFile` writes atomically: through a temporary file beside the target, linked (no
/// `--force`) or renamed (`--force`) into place, never leaving a temporary file behind.
struct TextFileTests {
  func folder() throws -> String { try TestShell.makeTemporaryFolder() }

  func entries(_ folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
  }

  @Test func writesANewFileWhole() throws {
    let folder = try folder()
    let text = String(repeating: "line of the plan\n", count: 10_000)
    try TextFile.write(text, to: folder + "/plan.md", shown: "plan.md", force: false)
    #expect(try String(contentsOfFile: folder + "/plan.md", encoding: .utf8) == text)
    #expect(try entries(folder) == ["plan.md"], "no temporary file left")
  }

  @Test func aNewFileHasTheModeOfANormalFileUnderTheUmask() throws {
    let folder = try folder()
    let old = umask(0o027)
    defer { umask(old) }
    try TextFile.write("x", to: folder + "/a.smm", shown: "a.smm", force: false)
    try TextFile.write("x", to: folder + "/b.smm", shown: "b.smm", force: true)
    for name in ["a.smm", "b.smm"] {
      let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/" + name)
      #expect((attributes[.posixPermissions] as? Int) == 0o640, "\(name)")
    }
  }

  @Test func anExistingFileIsKeptWithoutForce() throws {
    let folder = try folder()
    try "mine".write(toFile: folder + "/plan.md", atomically: false, encoding: .utf8)
    #expect(throws: ShellError.fileExists("plan.md")) {
      try TextFile.write("new", to: folder + "/plan.md", shown: "plan.md", force: false)
    }
    #expect(try String(contentsOfFile: folder + "/plan.md", encoding: .utf8) == "mine")
    #expect(try entries(folder) == ["plan.md"])
  }

  @Test func forceReplacesTheFileWhole() throws {
    let folder = try folder()
    try "mine".write(toFile: folder + "/plan.md", atomically: false, encoding: .utf8)
    try TextFile.write("new plan", to: folder + "/plan.md", shown: "plan.md", force: true)
    #expect(try String(contentsOfFile: folder + "/plan.md", encoding: .utf8) == "new plan")
    #expect(try entries(folder) == ["plan.md"])
  }

  @Test func aFolderIsNeverWrittenOver() throws {
    let folder = try folder()
    try FileManager.default.createDirectory(
      atPath: folder + "/plans", withIntermediateDirectories: false)
    for force in [false, true] {
      #expect(
        throws: ShellError.cannotWriteFile("plans", reason: "it is a folder; give a file name")
      ) {
        try TextFile.write("x", to: folder + "/plans", shown: "plans", force: force)
      }
    }
    #expect(try entries(folder) == ["plans"])
  }

  @Test func aMissingFolderSaysSo() throws {
    let folder = try folder()
    do {
      try TextFile.write(
        "x", to: folder + "/nowhere/plan.md", shown: "nowhere/plan.md", force: false)
      Issue.record("wrote into a folder that does not exist")
    } catch {
      #expect(error == .cannotWriteFile("nowhere/plan.md", reason: "no such file or directory"))
    }
  }

  @Test func anUnwritableFolderFailsAndLeavesNothing() throws {
    let folder = try folder()
    let locked = folder + "/locked"
    try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false)
    try "old".write(toFile: locked + "/plan.md", atomically: false, encoding: .utf8)
    chmod(locked, 0o555)
    defer { chmod(locked, 0o755) }
    guard geteuid() != 0 else { return }  // root writes anywhere: nothing to check
    for force in [false, true] {
      do {
        try TextFile.write("x", to: locked + "/new.md", shown: "new.md", force: force)
        Issue.record("wrote into a read-only folder")
      } catch {
        #expect(error == .cannotWriteFile("new.md", reason: "permission denied"))
      }
    }
    #expect(throws: ShellError.cannotWriteFile("plan.md", reason: "permission denied")) {
      try TextFile.write("x", to: locked + "/plan.md", shown: "plan.md", force: true)
    }
    #expect(try entries(locked) == ["plan.md"])
    #expect(try String(contentsOfFile: locked + "/plan.md", encoding: .utf8) == "old")
  }

  @Test func concurrentWritersWithoutForceNeverReplaceEachOther() throws {
    let folder = try folder()
    let path = folder + "/plan.md"
    let tally = Tally()
    DispatchQueue.concurrentPerform(iterations: 8) { index in
      do {
        try TextFile.write("writer \(index)\n", to: path, shown: "plan.md", force: false)
        tally.add("ok")
      } catch {
        tally.add("\(error)")
      }
    }
    #expect(tally.counts["ok"] == 1, "exactly one writer wins: \(tally.counts)")
    #expect(tally.counts[ShellError.fileExists("plan.md").description] == 7)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.hasPrefix("writer ") && text.hasSuffix("\n"))
    #expect(try entries(folder) == ["plan.md"])
  }
}

/// Outcomes counted across threads.
private final class Tally: @unchecked Sendable {
  private let lock = NSLock()
  private var storage: [String: Int] = [:]

  func add(_ outcome: String) {
    lock.lock()
    storage[outcome, default: 0] += 1
    lock.unlock()
  }

  var counts: [String: Int] {
    lock.lock()
    defer { lock.unlock() }
    return storage
  }
}
