import SMMCore

/// The width of a table's platform-id column: the longest id shown plus two spaces, at least
/// eleven (the width tables had when every id was one word), so that `google-business` never
/// runs into the next column.
enum PlatformColumn {
  static func width(_ platforms: some Sequence<Platform>) -> Int {
    max(11, (platforms.map(\.rawValue.count).max() ?? 0) + 2)
  }
}
