/// The CSV rows of the watch's `volume` and `mentions` inputs: RFC 4180 fields (quotes, `""`
/// inside quotes), a comma, semicolon or tab delimiter, whichever the first row uses.
enum WatchCSV {
  /// The delimiter of `header`: the first of comma, semicolon, tab it holds (comma if none).
  static func delimiter(of header: some StringProtocol) -> Unicode.Scalar {
    for candidate: Unicode.Scalar in [",", ";", "\t"]
    where header.unicodeScalars.contains(candidate) {
      return candidate
    }
    return ","
  }

  /// Whether `line` ends inside a quoted field (the row goes on on the next line).
  static func opensQuote(_ line: some StringProtocol) -> Bool {
    var open = false
    for scalar in line.unicodeScalars where scalar == "\"" { open.toggle() }
    return open
  }

  /// The fields of one row.
  static func fields(_ row: some StringProtocol, delimiter: Unicode.Scalar) -> [String] {
    var fields: [String] = []
    var field = String.UnicodeScalarView()
    var quoted = false
    var iterator = row.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = iterator.next()
    while let scalar = pending {
      pending = iterator.next()
      if quoted {
        if scalar == "\"" {
          if pending == "\"" {
            field.append("\"")
            pending = iterator.next()
          } else {
            quoted = false
          }
        } else {
          field.append(scalar)
        }
      } else if scalar == "\"" {
        quoted = true
      } else if scalar == delimiter {
        fields.append(String(field))
        field = String.UnicodeScalarView()
      } else if scalar != "\r" || pending != nil {
        field.append(scalar)
      }
    }
    fields.append(String(field))
    return fields
  }
}
