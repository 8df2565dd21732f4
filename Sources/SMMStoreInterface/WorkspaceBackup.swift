/// What a backup holds, as checked on the copy.
public struct WorkspaceBackup: Equatable, Sendable {
  /// Where the copy is.
  public var path: String
  /// Its brands.
  public var brands: Int
  /// Its log entries, all brands together.
  public var entries: Int

  public init(path: String, brands: Int, entries: Int) {
    self.path = path
    self.brands = brands
    self.entries = entries
  }
}
