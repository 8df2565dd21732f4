import SMMCore

/// A change of the session or the workspace rather than of a brand's plan (take back the last
/// change, speak another language, open or delete a brand, write a file), returned by a leaf
/// for the dispatcher to make.
package enum SessionEffect: Equatable, Sendable {
  /// Moves the open brand's log back one entry (`/undo`).
  case undo
  /// Moves it forward one entry (`/redo`).
  case redo
  /// Speaks `language` from now on, and saves the choice in the workspace.
  case setLanguage(Language)
  /// Turns the hint after each command on or off.
  case setHints(Bool)
  /// Creates the brand `name` (its log starts with `canonical`), opens it, and starts its
  /// interview.
  case createBrand(BrandName, canonical: String)
  /// Opens the brand named `name` (any case), remembering how far the one left was seen.
  case openBrand(String)
  /// Deletes the brand of `record` with its whole log; closes it if it is open.
  case deleteBrand(BrandRecord)
  /// Sets the unreadable entries of brand `id` aside in a file, then removes them.
  case repairBrand(id: Int64)
  /// Writes each file, in order (a plan, a script and the datasets beside it).
  case writeFiles([FileWrite])
  /// Prints the HTML page in `file.text` to the PDF file `file` names, with a headless browser.
  case printPDF(FileWrite)
  /// Copies the whole workspace to `path` (resolved), shown as `shown`.
  case backup(path: String, shown: String, replacing: Bool)
  /// Starts (or starts again) the interview on the open brand.
  case startInterview
  /// Skips the interview's question, or, with no interview, puts off the checklist item the
  /// guide offered last.
  case skipQuestion
  /// Ends the interview.
  case stopInterview
  /// Puts off the profile checklist item `field` (it stays to do) and offers what comes next.
  case putOff(PostponedField)
  /// Leaves the crisis team's `role` open for now ("we don't have a lawyer"): nobody is named,
  /// the role stays to fill, and the guide offers what comes next.
  case leaveOpen(OpenRole)
  /// Shows `action` as the guide's offer: the next line may take it up, `/why` explains it.
  case offer(GuideAction)
}

/// A text file a leaf asks the dispatcher to write.
package struct FileWrite: Equatable, Sendable {
  /// The file's content.
  package var text: String
  /// Where it goes, resolved against the working folder.
  package var path: String
  /// The path as the user gave it, for messages.
  package var shown: String
  /// Whether an existing file is replaced.
  package var replacing: Bool

  /// A file to write.
  package init(_ text: String, to path: String, shown: String, replacing: Bool) {
    self.text = text
    self.path = path
    self.shown = shown
    self.replacing = replacing
  }
}

/// What the dispatcher hands a leaf's view once it made a ``SessionEffect``: the session as
/// it now is.
package struct SessionEffectResult {
  /// What the shell says now (in the language just chosen).
  package var strings: Strings
  /// Whether hints are on now.
  package var hintsOn: Bool
  /// For `undo` and `redo`: the brand as it now is, the log entry taken back or brought
  /// back, and what reading the log noted.
  package var moved: (brand: OpenBrand, entry: LogEntry, notes: [String])?
  /// The brand open after the effect (created, opened or repaired), if any.
  package var brand: OpenBrand?
  /// Lines the session said while making the effect: the interview's next question, where
  /// an opened brand stands.
  package var lines: [String] = []
  /// For `deleteBrand`: whether the deleted brand was the open one.
  package var closedOpenBrand = false
  /// For `repairBrand`: the entries set aside, and the file they were saved to.
  package var repaired: (damage: [DamagedEntry], file: String)?
  /// For `backup`: what was copied.
  package var backup: WorkspaceBackup?
  /// For `writeFiles` and `printPDF`: the size of each file written, in bytes, in order.
  package var written: [Int] = []

  /// The session's state after an effect.
  package init(
    strings: Strings, hintsOn: Bool,
    moved: (brand: OpenBrand, entry: LogEntry, notes: [String])? = nil
  ) {
    self.strings = strings
    self.hintsOn = hintsOn
    self.moved = moved
  }
}
