// The cases are generated from platforms/*.yaml: see Generated/Platform+Generated.swift.
extension Platform {
  /// The platform's name as people write it.
  public var displayName: String {
    switch self {
    case .x: return "X"
    case .linkedin: return "LinkedIn"
    case .facebook: return "Facebook"
    case .instagram: return "Instagram"
    case .tiktok: return "TikTok"
    case .youtube: return "YouTube"
    case .threads: return "Threads"
    case .bluesky: return "Bluesky"
    case .mastodon: return "Mastodon"
    case .pinterest: return "Pinterest"
    case .reddit: return "Reddit"
    case .snapchat: return "Snapchat"
    case .whatsapp: return "WhatsApp"
    case .blog: return "Blog"
    }
  }

  /// The platform with this id (any case), or nil.
  public init?(id: String) {
    self.init(rawValue: id.lowercased())
  }

  public static func < (lhs: Platform, rhs: Platform) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
