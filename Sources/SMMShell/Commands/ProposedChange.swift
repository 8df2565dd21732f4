import SMMCore

/// A change of the open brand as a leaf proposes it: the dispatcher records it
/// (``ShellSession/commit(_:canonical:dataset:)``) and only then builds the view, from the
/// brand as committed.
package struct ProposedChange {
  /// The typed change.
  package var change: BrandChange
  /// Its canonical text, as logged.
  package var canonical: String
  /// Imported rows stored beside the log under their hash (``MetricsDataset``), if any.
  package var dataset: (hash: String, rows: Int, csv: String)?
  /// Notes known before the change is made (a figure that looks wrong), shown after the
  /// commit's own notes.
  package var notes: [String]
  /// The view of the brand after the change: a function of the committed brand only.
  package var view: (OpenBrand) -> CommandOutput
  /// What the guide offers once the change is recorded (an alert's triage), if anything:
  /// `yes` runs it.
  package var offer: GuideAction?

  /// Proposes `change`, logged as `canonical`, shown by `view` once committed.
  package init(
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
