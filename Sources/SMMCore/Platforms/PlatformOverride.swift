/// A platform's entry as a user's platform file changes it: the built-in entry with the fields
/// the file sets replaced, the file's path, and which fields it set (to say where values come
/// from). Read by the shell or the executable; SMMCore only holds the result.
public struct PlatformOverride: Equatable, Sendable {
  /// The entry to use instead of the built-in one.
  public var entry: PlatformEntry
  /// The file the changes come from, as shown to the user.
  public var path: String
  /// The dotted paths of the fields the file sets (`post.text.limit`), in file order.
  public var fields: [String]

  /// Creates an override.
  public init(entry: PlatformEntry, path: String, fields: [String]) {
    self.entry = entry
    self.path = path
    self.fields = fields
  }
}
