import SMMCore

/// Writes arguments back as text the tokenizer reads into the same value: the canonical form of
/// commands in logs and saved scripts.
public enum ShellQuoting {
  /// `acme` stays as is; `Chez Paul` becomes `"Chez Paul"`; quotes and backslashes are escaped.
  public static func quote(_ value: String) -> String {
    CommandText.quote(value)
  }
}
