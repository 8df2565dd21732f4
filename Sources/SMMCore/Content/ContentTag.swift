/// What a message is, for the content mix.
public enum ContentTag: String, CaseIterable, Codable, Sendable {
  /// About the brand or its products: promotion.
  case brand
  /// The brand's own content that informs or teaches.
  case educational
  /// Others' content the brand shares.
  case curated
  /// Conversation and personal, humanising posts.
  case conversation
}
