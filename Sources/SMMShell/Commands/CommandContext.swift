import SMMCore

/// What a ``DataCommand`` is given: the open brand as the session holds it, the world, the
/// language, and the workspace to read. It has no way to write.
public struct CommandContext {
  /// The open brand, if any.
  public let brand: OpenBrand?
  /// The world as the shell sees it (width, clock, working folder).
  public let environment: ShellEnvironment
  /// What the shell says, in the session's language.
  public let strings: Strings
  /// The workspace, for reads (``WorkspaceStore/reading(_:)``).
  public let workspace: any WorkspaceStore

  /// A context on `brand`.
  public init(
    brand: OpenBrand?, environment: ShellEnvironment, strings: Strings,
    workspace: any WorkspaceStore
  ) {
    self.brand = brand
    self.environment = environment
    self.strings = strings
    self.workspace = workspace
  }

  /// The output width, in columns.
  public var width: Int { environment.width }

  /// The open brand.
  /// - Throws: ``ShellError/noActiveBrand`` when none is open.
  public func requireBrand() throws(ShellError) -> OpenBrand {
    guard let brand else { throw .noActiveBrand }
    return brand
  }

  /// The open brand's log as stored: entries in effect and those that can be redone.
  /// - Throws: ``ShellError/noActiveBrand``, or ``ShellError/brandGoneElsewhere(_:)`` when
  ///   another session deleted it.
  public func log() throws(ShellError) -> (entries: [LogEntry], head: Int) {
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
  public func requireState() throws(ShellError) -> BrandState {
    try requireBrand().state
  }
}
