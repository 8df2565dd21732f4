// The cases are generated from platforms/*.yaml: see Generated/Platform+Generated.swift.
extension Platform {
  /// The platform's name as people write it (its platform file's `name.en`).
  public var displayName: String { PlatformCatalog.displayName(self) }

  /// The platform with this id (any case), or nil.
  public init?(id: String) {
    self.init(rawValue: id.lowercased())
  }

  public static func < (lhs: Platform, rhs: Platform) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
