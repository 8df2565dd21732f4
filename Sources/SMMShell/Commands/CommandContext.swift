import SMMCore

/// What a ``ShellCommand`` is given: the open brand as the session holds it, the world, the
/// language, and the workspace to read. It has no way to write.
package struct CommandContext {
  /// The open brand, if any.
  package let brand: OpenBrand?
  /// The world as the shell sees it (width, clock, working folder).
  package let environment: ShellEnvironment
  /// What the shell says, in the session's language.
  package let strings: Strings
  /// The workspace, for reads (``WorkspaceStore/reading(_:)``).
  package let workspace: any WorkspaceStore
  /// Whether a hint follows each command (`/hints`).
  package let hintsOn: Bool
  /// The guide as the session holds it, to read (its next action, the advice `/why` explains).
  package let guide: (any SessionGuide)?

  /// A context on `brand`.
  package init(
    brand: OpenBrand?, environment: ShellEnvironment, strings: Strings,
    workspace: any WorkspaceStore, hintsOn: Bool = false, guide: (any SessionGuide)? = nil
  ) {
    self.brand = brand
    self.environment = environment
    self.strings = strings
    self.workspace = workspace
    self.hintsOn = hintsOn
    self.guide = guide
  }

  /// The output width, in columns.
  package var width: Int { environment.width }

  /// The open brand.
  /// - Throws: ``ShellError/noActiveBrand`` when none is open.
  package func requireBrand() throws(ShellError) -> OpenBrand {
    guard let brand else { throw .noActiveBrand }
    return brand
  }

  /// The open brand's log as stored: entries in effect and those that can be redone.
  /// - Throws: ``ShellError/noActiveBrand``, or ``ShellError/brandGoneElsewhere(_:)`` when
  ///   another session deleted it.
  package func log() throws(ShellError) -> (entries: [LogEntry], head: Int) {
    let opened = try requireBrand()
    return try workspace.reading { store in
      guard let record = try store.brand(id: opened.record.id) else {
        throw ShellError.brandGoneElsewhere(opened.state.name.value)
      }
      return (try store.entries(ofBrand: record.id, through: record.lastSeq), record.head)
    }
  }

  /// The open brand's state.
  /// - Throws: ``ShellError/noActiveBrand`` when none is open.
  package func requireState() throws(ShellError) -> BrandState {
    try requireBrand().state
  }

  /// The open brand's replayable script: the canonical commands in effect, unreadable entries
  /// left out (as `smm export --format script` writes it).
  /// - Throws: as ``log()``.
  package func script() throws(ShellError) -> [String] {
    let damaged = Set(try requireBrand().damage.map(\.seq))
    let (entries, head) = try log()
    return entries.filter { $0.seq <= head && !damaged.contains($0.seq) }.map(\.command)
  }
}
