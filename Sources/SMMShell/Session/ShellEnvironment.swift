import Foundation
import SMMCore

/// What the shell reads from the world, passed in so tests can fix it: the clock, the time
/// zone, the output width, whether a person is typing, and the folder relative paths start from.
package struct ShellEnvironment {
  /// The current time.
  package var now: () -> Date
  /// The time zone used to show times: the one given, else the system's, read when a time is
  /// first shown (finding the system's cost 1.4 million instructions, a tenth of a start that
  /// may show none; issue 16).
  package var timeZone: TimeZone {
    get { givenTimeZone ?? .current }
    set { givenTimeZone = newValue }
  }
  private var givenTimeZone: TimeZone?
  /// Output width in columns, for wrapping help; measured anew for each command when
  /// `measureWidth` is set (a terminal that can be resized).
  package var width: Int {
    get { measureWidth?() ?? fixedWidth }
    set { fixedWidth = newValue }
  }
  private var fixedWidth: Int
  /// Measures the terminal's width now, when there is a terminal.
  package var measureWidth: (() -> Int)?
  /// Whether a person types at a terminal (questions are asked instead of failing).
  package var isInteractive: Bool
  /// The folder relative file paths are resolved against.
  package var workingDirectory: String
  /// The user's home folder, for `~` in paths.
  package var homeDirectory: String
  /// The language to speak when the workspace has no choice saved (from the locale).
  package var language: Language
  /// Whether the locale named that language (`fr_FR.UTF-8`), rather than smm falling back to
  /// English: when nobody chose, a first line typed in the other language gets the offer.
  package var languageFromLocale = false

  /// Creates an environment.
  package init(
    now: @escaping () -> Date = Date.init, timeZone: TimeZone? = nil, width: Int = 80,
    isInteractive: Bool = false,
    workingDirectory: String = FileManager.default.currentDirectoryPath,
    homeDirectory: String = NSHomeDirectory(), language: Language = .en
  ) {
    self.language = language
    self.now = now
    self.givenTimeZone = timeZone
    self.fixedWidth = width
    self.isInteractive = isInteractive
    self.workingDirectory = workingDirectory
    self.homeDirectory = homeDirectory
  }

  /// An absolute path for what the user typed: `~` expanded, relative paths joined to the
  /// working directory.
  package func resolve(_ path: String) -> String {
    if path == "~" { return homeDirectory }
    if path.hasPrefix("~/") { return homeDirectory + String(path.dropFirst(1)) }
    if path.hasPrefix("/") { return path }
    let base = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
    return base + path
  }

  /// `2026-11-26 15:30:12` in the environment's time zone.
  package func formatTime(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    func two(_ value: Int?) -> String {
      let v = value ?? 0
      return v < 10 ? "0\(v)" : "\(v)"
    }
    return
      "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute)):\(two(c.second))"
  }
}
