/// The shape a message takes when it is adapted to a platform.
public enum PostShape: String, Equatable, Sendable, CaseIterable {
  /// One post, shortened to fit.
  case single
  /// A numbered thread when too long, rather than cut (X, Threads, Bluesky, Mastodon).
  case thread
  /// A title and a description (YouTube, Pinterest).
  case titled
  /// An article outline (the blog).
  case outline
}
