import Synchronization

/// The platform catalog: one entry per platform, generated from `platforms/*.yaml`
/// (`Generated/PlatformCatalog+Generated.swift`), with the overrides of the user's platform
/// files, installed once at start-up, in front.
public enum PlatformCatalog {
  /// The entry of `platform`: the user's override if one is installed, else the built-in one.
  public static func entry(_ platform: Platform) -> PlatformEntry {
    var entry: PlatformEntry
    if anyInstalled.load(ordering: .acquiring), let overridden = override(for: platform) {
      entry = overridden.entry
    } else {
      entry = builtInEntry(platform)
    }
    if let limit = BrandLimits.current[platform] { entry.post.text.limit = limit }
    return entry
  }

  /// The post rules of `platform`, `entry(platform).post`, without copying the rest of the
  /// entry: counting and adaptation ask for them for every text.
  public static func postRules(_ platform: Platform) -> PostRules {
    // The override's optional is built only when one is installed: building an empty one of
    // that size cost more than the count that asked.
    var post: PostRules
    if anyInstalled.load(ordering: .acquiring), let overridden = override(for: platform) {
      post = overridden.entry.post
    } else if let builtIn = builtInPosts[platform] {
      post = builtIn
    } else {
      preconditionFailure("the catalog has no entry for \(platform.rawValue)")
    }
    if let limit = BrandLimits.current[platform] { post.text.limit = limit }
    return post
  }

  /// The built-in entry of `platform`, whatever the overrides.
  public static func builtInEntry(_ platform: Platform) -> PlatformEntry {
    guard let entry = byPlatform[platform] else {
      preconditionFailure("the catalog has no entry for \(platform.rawValue)")
    }
    return entry
  }

  /// Every entry, in `Platform.allCases` order.
  public static var all: [PlatformEntry] { Platform.allCases.map(entry) }

  /// The user's override of `platform`, if one is installed.
  public static func override(for platform: Platform) -> PlatformOverride? {
    // Most sessions install none: say so without building an empty optional of the whole
    // override under the lock (it cost more than the count that asked).
    guard anyInstalled.load(ordering: .acquiring) else { return nil }
    return installed.withLock { $0[platform] }
  }

  /// The name of `platform` as people write it, "Google Business Profile" (the entry's
  /// English name), without copying the entry.
  public static func displayName(_ platform: Platform) -> String {
    if anyInstalled.load(ordering: .acquiring), let override = override(for: platform) {
      return override.entry.name.english
    }
    return builtInNames[platform] ?? platform.rawValue
  }

  /// Puts `overrides` in front of the built-in entries, replacing any installed before. Call
  /// it at start-up, before any command runs: values read earlier are not read again.
  public static func install(_ overrides: [PlatformOverride]) {
    var table: [Platform: PlatformOverride] = [:]
    for override in overrides { table[override.entry.platform] = override }
    installed.withLock { $0 = table }
    anyInstalled.store(!table.isEmpty, ordering: .releasing)
  }

  /// The platform whose id or alias (`twitter`) is `word` (any case), or nil.
  public static func platform(named word: String) -> Platform? {
    let folded = word.lowercased()
    return all.first { $0.platform.rawValue == folded || $0.aliases.contains(folded) }?.platform
  }

  private static let installed = Mutex<[Platform: PlatformOverride]>([:])
  private static let anyInstalled = Atomic<Bool>(false)

  private static let builtInPosts: [Platform: PostRules] = byPlatform.mapValues(\.post)
  private static let builtInNames: [Platform: String] = byPlatform.mapValues(\.name.english)

  private static let byPlatform: [Platform: PlatformEntry] = {
    var table: [Platform: PlatformEntry] = [:]
    for entry in builtIn { table[entry.platform] = entry }
    return table
  }()
}
