import SMMCore

/// What a ``DataCommand`` hands back to the dispatcher: something to show, or a change for the
/// dispatcher to commit with the view of the brand it leaves.
public enum CommandOutcome {
  /// Text and data to show; nothing changes.
  case show(CommandOutput)
  /// A change of the open brand, not yet recorded.
  case change(ProposedChange)
}

/// A change of the open brand as a leaf proposes it: the dispatcher records it
/// (``ShellSession/commit(_:canonical:dataset:)``) and only then builds the view, from the
/// brand as committed.
public struct ProposedChange {
  /// The typed change.
  public var change: BrandChange
  /// Its canonical text, as logged.
  public var canonical: String
  /// Imported rows stored beside the log under their hash (``MetricsDataset``), if any.
  public var dataset: (hash: String, rows: Int, csv: String)?
  /// Notes known before the change is made (a figure that looks wrong), shown after the
  /// commit's own notes.
  public var notes: [String]
  /// The view of the brand after the change: a function of the committed brand only.
  public var view: (OpenBrand) -> CommandOutput

  /// Proposes `change`, logged as `canonical`, shown by `view` once committed.
  public init(
    _ change: BrandChange, canonical: String,
    dataset: (hash: String, rows: Int, csv: String)? = nil, notes: [String] = [],
    view: @escaping (OpenBrand) -> CommandOutput
  ) {
    self.change = change
    self.canonical = canonical
    self.dataset = dataset
    self.notes = notes
    self.view = view
  }
}

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
