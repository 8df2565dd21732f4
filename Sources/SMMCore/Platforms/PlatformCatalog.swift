/// The platform catalog: one entry per platform, as data. See `PlatformCatalog+Data.swift`.
public enum PlatformCatalog {
  /// The entry of `platform`.
  public static func entry(_ platform: Platform) -> PlatformEntry {
    guard let entry = byPlatform[platform] else {
      preconditionFailure("the catalog has no entry for \(platform.rawValue)")
    }
    return entry
  }

  /// Every entry, in `Platform.allCases` order.
  public static var all: [PlatformEntry] { Platform.allCases.map(entry) }

  private static let byPlatform: [Platform: PlatformEntry] = {
    var table: [Platform: PlatformEntry] = [:]
    for entry in entries { table[entry.platform] = entry }
    return table
  }()
}
