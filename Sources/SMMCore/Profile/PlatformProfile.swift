/// The brand's profile on one platform: its text fields and what is done (avatar, banner…).
public struct PlatformProfile: Equatable, Sendable, Codable {
  /// Text fields by key (`display-name`, `handle`, `bio`, `link`, `pinned-post`).
  public var texts: [String: String]
  /// Done / not done fields by key (`avatar`, `banner`).
  public var done: [String: Bool]

  /// An empty profile.
  public init(texts: [String: String] = [:], done: [String: Bool] = [:]) {
    self.texts = texts
    self.done = done
  }
}

extension Platform: CodingKeyRepresentable {}
