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

  /// The default tone on `platform`, to show in the session's language.
  public static func phrase(for platform: Platform) -> Phrase {
    switch platform {
    case .linkedin: return Phrase("tone.professional")
    case .x, .threads, .bluesky, .mastodon: return Phrase("tone.conversational")
    case .facebook: return Phrase("tone.friendly")
    case .instagram, .pinterest: return Phrase("tone.warmVisual")
    case .tiktok, .snapchat: return Phrase("tone.playful")
    case .youtube: return Phrase("tone.explanatory")
    case .reddit: return Phrase("tone.candid")
    case .whatsapp: return Phrase("tone.personal")
    case .blog: return Phrase("tone.expert")
    }
  }
}
