import Foundation
import SMMCore

/// What the shell reads from the world, passed in so tests can fix it: the clock, the time
/// zone, the output width, whether a person is typing, and the folder relative paths start from.
public struct ShellEnvironment {
  /// The current time.
  public var now: () -> Date
  /// The time zone used to show times.
  public var timeZone: TimeZone
  /// Output width in columns, for wrapping help; measured anew for each command when
  /// `measureWidth` is set (a terminal that can be resized).
  public var width: Int {
    get { measureWidth?() ?? fixedWidth }
    set { fixedWidth = newValue }
  }
  private var fixedWidth: Int
  /// Measures the terminal's width now, when there is a terminal.
  public var measureWidth: (() -> Int)?
  /// Whether a person types at a terminal (questions are asked instead of failing).
  public var isInteractive: Bool
  /// The folder relative file paths are resolved against.
  public var workingDirectory: String
  /// The user's home folder, for `~` in paths.
  public var homeDirectory: String
  /// The language to speak when the workspace has no choice saved (from the locale).
  public var language: Language

  /// Creates an environment.
  public init(
    now: @escaping () -> Date = Date.init, timeZone: TimeZone = .current, width: Int = 80,
    isInteractive: Bool = false,
    workingDirectory: String = FileManager.default.currentDirectoryPath,
    homeDirectory: String = NSHomeDirectory(), language: Language = .en
  ) {
    self.language = language
    self.now = now
    self.timeZone = timeZone
    self.fixedWidth = width
    self.isInteractive = isInteractive
    self.workingDirectory = workingDirectory
    self.homeDirectory = homeDirectory
  }

  /// An absolute path for what the user typed: `~` expanded, relative paths joined to the
  /// working directory.
  public func resolve(_ path: String) -> String {
    if path == "~" { return homeDirectory }
    if path.hasPrefix("~/") { return homeDirectory + String(path.dropFirst(1)) }
    if path.hasPrefix("/") { return path }
    let base = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
    return base + path
  }

  /// `2026-11-26 15:30:12` in the environment's time zone.
  public func formatTime(_ date: Date) -> String {
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
