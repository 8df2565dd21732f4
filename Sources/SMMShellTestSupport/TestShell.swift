import Foundation
import SMMShell
import SMMStore

/// A shell for tests: a real SQLite workspace in a fresh temporary folder, a fixed clock,
/// UTC, width 80, and a transcript of everything shown.
package final class TestShell {
  /// The temporary folder (working directory of the shell).
  package let folder: String
  /// The session.
  package let session: ShellSession
  /// The session's store.
  package let store: any WorkspaceStore
  /// The runner, echoing input like `smm run --echo`.
  package let runner: ShellRunner
  /// What was shown.
  package let transcript: TranscriptRecorder

  /// The fixed time every test sees: 2026-01-15 09:30:00 UTC.
  package static let fixedDate = Date(timeIntervalSince1970: 1_768_469_400)

  /// A shell on a new SQLite workspace (or on `workspacePath` to share one with another shell).
  package convenience init(
    interactive: Bool = false, workspacePath: String? = nil, folder: String? = nil
  ) throws {
    let folder = try folder ?? Self.makeTemporaryFolder()
    let store: SQLiteWorkspace
    do {
      store = try SQLiteWorkspace(path: workspacePath ?? folder + "/workspace.sqlite")
    } catch {
      throw ShellError(error)
    }
    try self.init(store: store, interactive: interactive, folder: folder)
  }

  /// A shell on `store`, any ``WorkspaceStore``, working in `folder`.
  package init(store: any WorkspaceStore, interactive: Bool = false, folder: String) throws {
    self.folder = folder
    self.store = store
    let environment = ShellEnvironment(
      now: { TestShell.fixedDate }, timeZone: TimeZone(identifier: "UTC") ?? .current,
      width: 80, isInteractive: interactive, workingDirectory: folder, homeDirectory: folder)
    session = try ShellSession(workspace: store, environment: environment)
    transcript = TranscriptRecorder()
    runner = ShellRunner(session: session, sink: transcript, echo: true)
  }

  /// The store as the SQLite workspace it is, for tests that read its file with SQL.
  package var sqlite: SQLiteWorkspace {
    guard let sqlite = store as? SQLiteWorkspace else {
      preconditionFailure("this TestShell's store is not a SQLiteWorkspace")
    }
    return sqlite
  }

  /// Runs `lines` as if typed; returns what they showed.
  @discardableResult
  package func run(_ lines: String...) -> [String] {
    let before = transcript.lines.count
    _ = runner.run(
      ScriptedLineReader(
        lines.flatMap {
          $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }), source: nil)
    return Array(transcript.lines[before...])
  }

  /// Runs one logical line directly; returns its result.
  package func execute(_ line: String) -> CommandResult {
    session.execute(line).result
  }

  /// A new empty folder under the system's temporary folder.
  package static func makeTemporaryFolder() throws -> String {
    let path = NSTemporaryDirectory() + "smm-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }
}
