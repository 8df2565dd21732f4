import SMMCore

/// A log entry that does not read back as a change of its brand: the fold leaves it out, and
/// `/repair` removes it after saving its text.
public struct DamagedEntry: Equatable, Sendable {
  /// Its number in the brand's log.
  public var seq: Int
  /// The text stored for it.
  public var command: String
  /// Why it cannot be read.
  public var reason: ShellError

  /// The stored text with its control characters made visible (`␀`, `␛`…), for messages.
  public var visibleCommand: String {
    var shown = ""
    for scalar in command.unicodeScalars {
      switch scalar.value {
      case 0..<0x20:
        shown.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value) ?? "?")
      case 0x7F:
        shown.append("␡")
      case 0x80..<0xA0:
        shown += "\\u{\(String(scalar.value, radix: 16))}"
      default:
        shown.unicodeScalars.append(scalar)
      }
    }
    return shown
  }
}
