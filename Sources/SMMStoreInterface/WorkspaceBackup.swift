/// What a backup holds, as checked on the copy.
package struct WorkspaceBackup: Equatable, Sendable {
  /// Where the copy is.
  package var path: String
  /// Its brands.
  package var brands: Int
  /// Its log entries, all brands together.
  package var entries: Int

  package init(path: String, brands: Int, entries: Int) {
    self.path = path
    self.brands = brands
    self.entries = entries
  }
}
