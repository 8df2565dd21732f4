import SMMCore

/// The brand a session works on: its stored record and its folded state.
package struct OpenBrand: Equatable, Sendable {
  /// Where its log stands in the workspace.
  package var record: BrandRecord
  /// Its state, the fold of its log up to `record.head`.
  package var state: BrandState
  /// The entries of its log the fold could not read and left out (empty when the log is sound).
  package var damage: [DamagedEntry] = []
}
