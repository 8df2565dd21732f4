#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process's environment variables, read once from `environ`.
///
/// Foundation's `ProcessInfo.environment` took about 1.5 million instructions to build the same
/// dictionary, a tenth of a start (issue 16); this reads each `NAME=value` entry as it is. An
/// entry without `=` is skipped; when a name appears twice, the first wins, as `getenv` does.
enum ProcessEnvironment {
  /// Every variable, by name.
  static let current: [String: String] = {
    var count = 0
    while environ[count] != nil { count += 1 }
    // Sized once: growing a dictionary one variable at a time rehashed it at every doubling.
    var values = [String: String](minimumCapacity: count)
    var entry = environ
    while let pointer = entry.pointee {
      let text = String(cString: pointer)
      if let equals = text.utf8.firstIndex(of: UInt8(ascii: "=")) {
        let name = String(text[..<equals])
        if values[name] == nil {
          values[name] = String(text[text.utf8.index(after: equals)...])
        }
      }
      entry += 1
    }
    return values
  }()
}
