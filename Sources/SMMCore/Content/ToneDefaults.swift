/// The register each platform expects by default. Practitioners' consensus restated by smm
/// (an editorial rule, not a platform rule; adjust per brand with `/content tone`).
public enum ToneDefaults {
  /// The default tone on `platform`.
  public static func tone(for platform: Platform) -> String {
    switch platform {
    case .linkedin: return "professional"
    case .x, .threads, .bluesky, .mastodon: return "conversational"
    case .facebook: return "friendly"
    case .instagram, .pinterest: return "warm and visual"
    case .tiktok, .snapchat: return "playful"
    case .youtube: return "explanatory"
    case .reddit: return "candid, community-first"
    case .whatsapp: return "personal"
    case .blog: return "expert"
    }
  }
}
