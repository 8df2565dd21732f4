/// smm's version, as `smm --version` prints it and exports record it.
public enum SMMVersion {
  /// The current version.
  public static let current = "0.1.0"
}
