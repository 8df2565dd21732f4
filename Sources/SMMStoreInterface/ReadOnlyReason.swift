/// Why a workspace is open for reading only.
package enum ReadOnlyReason: Equatable, Sendable {
  /// The file, or the folder that holds it, cannot be written.
  case notWritable
  /// The file fails the store's check; its first findings.
  case damaged(String)
}
