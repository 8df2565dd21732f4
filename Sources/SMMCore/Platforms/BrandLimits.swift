/// The post limits of one brand's own accounts where they differ from the catalog's: an X
/// Premium account posts up to 25,000 characters (weighted as X weighs them), 280 otherwise.
/// Counting, `/content check`, adaptation and the plan read them through
/// ``PlatformCatalog/entry(_:)`` while ``with(_:_:)`` runs.
public enum BrandLimits {
  /// An X Premium account's post limit, in X's weighted characters (X Help Center, "About X
  /// Premium": "Post longer: up to 25,000 characters").
  public static let xPremium = 25_000

  /// The limits in force: empty outside ``with(_:_:)``, the catalog's then apply.
  public static var current: [Platform: Int] { inForce.byPlatform }

  /// The limits, boxed in a type that is not generic: the task-local of a dictionary had its
  /// type built from its mangled name at the first command, checking `Platform: Hashable` by
  /// a scan of every conformance record (0.46 million instructions, issue 16).
  private struct InForce: Sendable {
    var byPlatform: [Platform: Int]
  }

  @TaskLocal private static var inForce = InForce(byPlatform: [:])

  /// `state`'s own limits: X's when its account has Premium, and the limit it stated where the
  /// catalog says each account's limit is its server's (`/profile mastodon set server-limit N`).
  public static func of(_ state: BrandState?) -> [Platform: Int] {
    var limits: [Platform: Int] = [:]
    guard let state else { return limits }
    if state.profile.xPremium == true { limits[.x] = xPremium }
    for (platform, profile) in state.profiles {
      guard let key = PlatformCatalog.entry(platform).post.text.setting,
        let text = profile.texts[key], let limit = Int(text), limit > 0
      else { continue }
      limits[platform] = limit
    }
    return limits
  }

  /// `text` read as a brand's own post limit on `platform`.
  /// - Throws: ``SMMCoreError/invalidProfileText(_:)`` unless it is a positive whole number.
  public static func setting(_ text: String, on platform: Platform) throws(SMMCoreError) -> Int {
    let digits = text.trimmingWhiteSpace().filter { $0 != "," && $0 != "_" && $0 != " " }
    guard let limit = Int(digits), limit > 0, limit <= 1_000_000 else {
      throw SMMCoreError.invalidProfileText(
        Phrase(
          "error.profileText.serverLimit",
          text: [
            "platform": platform.displayName, "text": text,
            "key": PlatformCatalog.entry(platform).post.text.setting ?? "",
          ]))
    }
    return limit
  }

  /// Runs `body` with `limits` in force.
  public static func with<T, E: Error>(_ limits: [Platform: Int], _ body: () throws(E) -> T)
    throws(E) -> T
  {
    var result: Result<T, E>?
    $inForce.withValue(InForce(byPlatform: limits)) {
      result = Result { () throws(E) -> T in try body() }
    }
    guard let result else { preconditionFailure("withValue runs its operation once") }
    return try result.get()
  }

  /// Runs `body` with `state`'s limits in force.
  public static func with<T, E: Error>(_ state: BrandState?, _ body: () throws(E) -> T)
    throws(E) -> T
  {
    try with(of(state), body)
  }
}
