/// Times in the watch: seconds since 1970-01-01 00:00 UTC, read from ISO 8601 text and written
/// back as `YYYY-MM-DDTHH:MM:SSZ`, without Foundation.
public enum WatchTime {
  /// The seconds `text` names: `YYYY-MM-DD`, then `T` or a space and `HH:MM[:SS[.fraction]]`,
  /// then `Z`, `±HH:MM`, `±HHMM` or nothing (UTC). Nil when it is not such a time.
  public static func parse(_ text: some StringProtocol) -> Int64? {
    if let time = text.utf8.withContiguousStorageIfAvailable({ parse(bytes: $0) }) {
      return time
    }
    return Array(text.utf8).withUnsafeBufferPointer { parse(bytes: $0) }
  }

  /// ``parse(_:)`` on UTF-8 bytes.
  static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
    var cursor = ByteCursor(bytes: bytes)
    guard let year = cursor.digits(4), cursor.skip(UInt8(ascii: "-")), let month = cursor.digits(2),
      cursor.skip(UInt8(ascii: "-")), let day = cursor.digits(2),
      (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day)
    else { return nil }
    var seconds = Int64(CivilDate.dayNumber(year: year, month: month, day: day)) * 86_400
    if cursor.atEnd { return seconds }
    guard
      cursor.skip(UInt8(ascii: "T")) || cursor.skip(UInt8(ascii: "t"))
        || cursor.skip(UInt8(ascii: " ")),
      let hour = cursor.digits(2), hour < 24, cursor.skip(UInt8(ascii: ":")),
      let minute = cursor.digits(2),
      minute < 60
    else { return nil }
    var second = 0
    if cursor.skip(UInt8(ascii: ":")) {
      guard let value = cursor.digits(2), value < 61 else { return nil }
      second = value
      if cursor.skip(UInt8(ascii: ".")) || cursor.skip(UInt8(ascii: ",")) {
        let start = cursor.index
        cursor.skipDigits()
        guard cursor.index > start else { return nil }
      }
    }
    seconds += Int64(hour * 3600 + minute * 60 + second)
    if cursor.atEnd || cursor.skip(UInt8(ascii: "Z")) || cursor.skip(UInt8(ascii: "z")) {
      return cursor.atEnd ? seconds : nil
    }
    let sign: Int64
    if cursor.skip(UInt8(ascii: "+")) {
      sign = 1
    } else if cursor.skip(UInt8(ascii: "-")) {
      sign = -1
    } else {
      return nil
    }
    guard let offsetHours = cursor.digits(2), offsetHours < 24 else { return nil }
    _ = cursor.skip(UInt8(ascii: ":"))
    guard let offsetMinutes = cursor.digits(2), offsetMinutes < 60, cursor.atEnd else {
      return nil
    }
    return seconds - sign * Int64(offsetHours * 3600 + offsetMinutes * 60)
  }

  /// `seconds` as `YYYY-MM-DDTHH:MM:SSZ`.
  public static func iso(_ seconds: Int64) -> String {
    let (date, time) = split(seconds)
    return date + "T" + time + "Z"
  }

  /// `seconds` as `YYYY-MM-DD HH:MM` (UTC), the human output's form.
  public static func minute(_ seconds: Int64) -> String {
    let (date, time) = split(seconds)
    return date + " " + time.prefix(5)
  }

  /// The hour of the day (0–23, UTC) and the day of the week (0 = Monday) of `seconds`.
  public static func hourAndWeekday(_ seconds: Int64) -> (hour: Int, weekday: Int) {
    let days = floorDivide(seconds, 86_400)
    let hour = Int((seconds - days * 86_400) / 3600)
    // 1970-01-01 was a Thursday (3 counting from Monday = 0).
    let weekday = Int(((days % 7) + 7 + 3) % 7)
    return (hour, weekday)
  }

  private static func split(_ seconds: Int64) -> (String, String) {
    let days = floorDivide(seconds, 86_400)
    let rest = Int(seconds - days * 86_400)
    let date = CivilDate(dayNumber: Int(days))
    let (year, month, day) = (date.year, date.month, date.day)
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    var yearText = String(year)
    while yearText.count < 4 { yearText = "0" + yearText }
    return (
      "\(yearText)-\(two(month))-\(two(day))",
      "\(two(rest / 3600)):\(two(rest % 3600 / 60)):\(two(rest % 60))"
    )
  }

  private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
    value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
  }

  private static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}

/// A reading position in UTF-8 bytes (a struct, so that reading a time allocates nothing and
/// needs no runtime exclusivity check, as a closure capturing the position would).
private struct ByteCursor {
  let bytes: UnsafeBufferPointer<UInt8>
  var index = 0

  var atEnd: Bool { index == bytes.count }

  /// The number written by the next `count` ASCII digits, consumed; nil if they are not digits.
  mutating func digits(_ count: Int) -> Int? {
    guard index + count <= bytes.count else { return nil }
    var value = 0
    for _ in 0..<count {
      let byte = bytes[index]
      guard byte >= 0x30, byte <= 0x39 else { return nil }
      value = value * 10 + Int(byte - 0x30)
      index += 1
    }
    return value
  }

  /// Consumes `byte` if it comes next.
  mutating func skip(_ byte: UInt8) -> Bool {
    guard index < bytes.count, bytes[index] == byte else { return false }
    index += 1
    return true
  }

  /// Consumes the ASCII digits that come next.
  mutating func skipDigits() {
    while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
  }
}
