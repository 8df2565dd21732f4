/// A change to a brand's state: the typed form of a state-changing command.
///
/// A brand's state is the fold of its changes, in the order they were recorded.
public enum BrandChange: Equatable, Sendable {
  /// The brand comes into existence with this name. Always the first change of a log.
  case create(BrandName)
  /// The brand takes a new name.
  case rename(BrandName)
}
