/// The version `smm --version` prints.
enum SMMVersion {
  static let current = "0.1.0"
}
