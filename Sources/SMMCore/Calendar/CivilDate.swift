/// A calendar date (year, month, day) with no time zone, and the arithmetic a plan needs.
/// Foundation-free: days are counted with the proleptic Gregorian calendar.
public struct CivilDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  /// The year.
  public var year: Int
  /// The month, 1 to 12.
  public var month: Int
  /// The day of the month.
  public var day: Int

  /// A date, checked.
  /// - Throws: ``SMMCoreError/invalidMessage(_:)`` when the day does not exist.
  public init(year: Int, month: Int, day: Int) throws(SMMCoreError) {
    guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year),
      (1900...9999).contains(year)
    else {
      throw SMMCoreError.invalidMessage(
        Phrase("error.date.invalid", text: ["date": "\(year)-\(month)-\(day)"]))
    }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Reads `YYYY-MM-DD`.
  public init(parsing text: String) throws(SMMCoreError) {
    let parts = text.split(separator: "-").map { Int($0) }
    guard parts.count == 3, let y = parts[0], let m = parts[1], let d = parts[2], text.count == 10
    else {
      throw SMMCoreError.invalidMessage(Phrase("error.date.unreadable", text: ["text": text]))
    }
    try self.init(year: y, month: m, day: d)
  }

  private init(unchecked year: Int, _ month: Int, _ day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    func pad(_ value: Int, _ width: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: max(0, width - text.count)) + text
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  /// `YYYYMMDD`, as iCalendar writes dates.
  public var compact: String { description.filter { $0 != "-" } }

  /// Days since 1970-01-01.
  public var dayNumber: Int { Self.dayNumber(year: year, month: month, day: day) }

  /// Days since 1970-01-01 of a proleptic Gregorian date already checked (Howard Hinnant's
  /// days_from_civil): for callers that read many dates and check them themselves.
  public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The date `dayNumber` days after 1970-01-01.
  public init(dayNumber: Int) {
    let z = dayNumber + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.init(unchecked: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  /// The date `days` later (earlier when negative).
  public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

  /// 0 for Monday … 6 for Sunday (ISO 8601).
  public var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 }

  /// The Monday on or after this date.
  public var nextMonday: CivilDate { adding(days: (7 - weekday) % 7) }

  /// Short English weekday name.
  public var weekdayName: String { ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][weekday] }

  public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  public init(from decoder: any Decoder) throws {
    try self.init(parsing: try decoder.singleValueContainer().decode(String.self))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
