/// Everything smm knows about one brand: the fold of its log of changes.
///
/// This first version holds the name only; the profile, spaces, content, communities and
/// crisis preparation join it with the later steps of the method.
public struct BrandState: Equatable, Sendable, Codable {
  /// The brand's current name.
  public var name: BrandName

  /// A brand just created with `name`.
  public init(name: BrandName) {
    self.name = name
  }

  /// The state after `change`, or an error when the change does not apply.
  /// - Throws: ``SMMCoreError/brandAlreadyCreated`` when `change` is a second creation.
  public func applying(_ change: BrandChange) throws -> BrandState {
    var next = self
    switch change {
    case .create:
      throw SMMCoreError.brandAlreadyCreated
    case .rename(let newName):
      next.name = newName
    }
    return next
  }

  /// Folds a whole log: its first change must create the brand.
  /// - Throws: ``SMMCoreError/logMustStartWithCreation`` or any error of ``applying(_:)``.
  public static func fold<Changes: Sequence>(_ changes: Changes) throws -> BrandState
  where Changes.Element == BrandChange {
    var iterator = changes.makeIterator()
    guard case .create(let name)? = iterator.next() else {
      throw SMMCoreError.logMustStartWithCreation
    }
    var state = BrandState(name: name)
    while let change = iterator.next() {
      state = try state.applying(change)
    }
    return state
  }
}
