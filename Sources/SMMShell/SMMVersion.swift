/// smm's version, as `smm --version` prints it and exports record it.
package enum SMMVersion {
  /// The current version.
  package static let current = "0.1.0"
}
