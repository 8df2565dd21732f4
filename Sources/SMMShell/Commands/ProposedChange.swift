import SMMCore

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
