/// The register each platform expects by default. Practitioners' consensus restated by smm
/// (an editorial rule, not a platform rule; adjust per brand with `/content tone`).
public enum ToneDefaults {
  /// The default tone on `platform` (its platform file's `defaults.tone`).
  public static func tone(for platform: Platform) -> String {
    PlatformCatalog.entry(platform).defaults.tone
  }

  /// The default tone on `platform`, to show in the session's language (as written when a
  /// user's platform file gives a tone of its own, without a catalog key).
  public static func phrase(for platform: Platform) -> Phrase {
    let defaults = PlatformCatalog.entry(platform).defaults
    return defaults.tonePhrase.isEmpty ? .verbatim(defaults.tone) : Phrase(defaults.tonePhrase)
  }
}
