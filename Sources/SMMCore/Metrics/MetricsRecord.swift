/// An ISO 8601 week, written `YYYY-Www` (e.g. `2026-W05`).
///
/// Weeks start on Monday; week 1 is the week holding the year's first Thursday, so an ISO
/// year has 52 weeks, or 53 when it starts on a Thursday (or on a Wednesday in a leap year).
/// Foundation-free. Encoded as its `YYYY-Www` string.
public struct ISOWeek: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  /// The ISO week-numbering year (it can differ from the calendar year around New Year).
  public let year: Int
  /// The week, 1 to 52 (or 53 in a long year).
  public let week: Int

  /// A week, checked.
  /// - Throws: ``SMMCoreError/invalidMessage(_:)`` when the year has no such week.
  public init(year: Int, week: Int) throws(SMMCoreError) {
    guard (1...9999).contains(year) else {
      throw SMMCoreError.invalidMessage(Phrase("error.week.year", text: ["year": String(year)]))
    }
    let last = Self.weeksIn(year: year)
    guard (1...last).contains(week) else {
      throw SMMCoreError.invalidMessage(
        Phrase(
          "error.week.none",
          ["year": .text(String(year)), "week": .number(week), "last": .number(last)]))
    }
    self.year = year
    self.week = week
  }

  /// The week that holds `date` (the week of its Thursday, as ISO 8601 counts).
  public init(containing date: CivilDate) {
    let thursday = date.adding(days: 3 - date.weekday)
    let firstDay = (try? CivilDate(year: thursday.year, month: 1, day: 1))?.dayNumber ?? 0
    year = thursday.year
    week = (thursday.dayNumber - firstDay) / 7 + 1
  }

  /// Reads `YYYY-Www` (the `W` in either case), e.g. `2026-W05`.
  /// - Throws: ``SMMCoreError/invalidMessage(_:)`` when the text is not a week that exists.
  public init(parsing text: String) throws(SMMCoreError) {
    let scalars = Array(text.unicodeScalars)
    func digits(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        guard ("0"..."9").contains(scalars[index]) else { return nil }
        value = value * 10 + Int(scalars[index].value - 48)
      }
      return value
    }
    guard scalars.count == 8, scalars[4] == "-", scalars[5] == "W" || scalars[5] == "w",
      let year = digits(0..<4), let week = digits(6..<8)
    else {
      throw SMMCoreError.invalidMessage(Phrase("error.week.unreadable", text: ["text": text]))
    }
    try self.init(year: year, week: week)
  }

  /// `YYYY-Www`.
  public var description: String {
    let y = String(year)
    let w = String(week)
    return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-W"
      + (w.count < 2 ? "0" : "") + w
  }

  /// 53 when the ISO year `year` has a week 53, else 52.
  public static func weeksIn(year: Int) -> Int {
    // A year is long when 1 January is a Thursday, or a Wednesday in a leap year; equivalently
    // when p(year) == 4 or p(year - 1) == 3, with p the weekday of 31 December.
    func p(_ y: Int) -> Int {
      let value = (y + y / 4 - y / 100 + y / 400) % 7
      return value < 0 ? value + 7 : value
    }
    return p(year) == 4 || p(year - 1) == 3 ? 53 : 52
  }

  /// The week before this one (week 52 or 53 of the previous year after week 1).
  public var previous: ISOWeek? {
    if week > 1 { return try? ISOWeek(year: year, week: week - 1) }
    return try? ISOWeek(year: year - 1, week: Self.weeksIn(year: year - 1))
  }

  public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool {
    (lhs.year, lhs.week) < (rhs.year, rhs.week)
  }

  public init(from decoder: any Decoder) throws {
    try self.init(parsing: try decoder.singleValueContainer().decode(String.self))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

/// One platform's figures for one ISO week, as read from the platform's analytics.
///
/// Platforms count differently (some count an engagement without an impression), so the only
/// hard rule is that every count is a whole number ≥ 0; oddities become warnings.
public struct MetricsRecord: Equatable, Sendable, Codable {
  /// The platform the figures come from.
  public var platform: Platform
  /// The week they cover.
  public var week: ISOWeek
  /// Followers (fans, subscribers) at the end of the week.
  public var followers: Int
  /// Unique accounts reached during the week.
  public var reach: Int
  /// Times the content was shown during the week.
  public var impressions: Int
  /// Likes/reactions + comments + shares (+ saves, clicks, depending on the platform).
  public var engagements: Int

  /// A record, checked: every count must be ≥ 0.
  /// - Throws: ``SMMCoreError/invalidMessage(_:)`` naming the first negative count.
  public init(
    platform: Platform, week: ISOWeek, followers: Int, reach: Int, impressions: Int,
    engagements: Int
  ) throws(SMMCoreError) {
    for (name, value) in [
      ("followers", followers), ("reach", reach), ("impressions", impressions),
      ("engagements", engagements),
    ] where value < 0 {
      throw SMMCoreError.invalidMessage(Self.countProblem(column: name, text: String(value)))
    }
    self.platform = platform
    self.week = week
    self.followers = followers
    self.reach = reach
    self.impressions = impressions
    self.engagements = engagements
  }

  /// The names of the fields, in the order ``validate(platform:week:followers:reach:impressions:engagements:)``
  /// takes them; also the required CSV columns.
  public static let fieldNames = [
    "platform", "week", "followers", "reach", "impressions", "engagements",
  ]

  /// What looks odd in these figures without being wrong: reach above impressions (a
  /// platform normally shows content at least once to each account it reaches).
  public var warnings: [Phrase] {
    var found: [Phrase] = []
    if impressions > 0, reach > impressions {
      found.append(
        Phrase(
          "metrics.warning.reachAboveImpressions",
          [
            "platform": .text(platform.rawValue), "week": .text(week.description),
            "reach": .number(reach), "impressions": .number(impressions),
          ]))
    }
    return found
  }

  /// Reads a record from text fields, as typed or imported.
  ///
  /// Counts are whole numbers ≥ 0; thousands separators are accepted (`12,000`, `12 000`).
  /// - Returns: the record and its ``warnings``.
  /// - Throws: ``SMMCoreError/invalidMessage(_:)`` saying which field is wrong and how to fix it.
  public static func validate(
    platform: String, week: String, followers: String, reach: String, impressions: String,
    engagements: String
  ) throws(SMMCoreError) -> (record: MetricsRecord, warnings: [Phrase]) {
    switch read(fields: [platform, week, followers, reach, impressions, engagements]) {
    case .success(let record): return (record, record.warnings)
    case .failure(let problem): throw SMMCoreError.invalidMessage(problem.message)
    }
  }

  /// A field that cannot be read: its column and what to do.
  struct FieldProblem: Error {
    var column: String
    var message: Phrase
  }

  /// Reads `fields`, given in ``fieldNames`` order; the first problem found is the failure.
  static func read(fields: [String]) -> Result<MetricsRecord, FieldProblem> {
    let platformText = trimmed(fields[0])
    guard let platform = Platform(id: platformText) else {
      return .failure(
        FieldProblem(
          column: "platform",
          message: Phrase(
            "error.metrics.platform",
            text: [
              "platform": platformText,
              "platforms": Platform.allCases.map(\.rawValue).joined(separator: ", "),
            ])))
    }
    let week: ISOWeek
    do {
      week = try ISOWeek(parsing: trimmed(fields[1]))
    } catch {
      return .failure(
        FieldProblem(column: "week", message: error.phrase ?? .verbatim(error.description)))
    }
    var counts: [Int] = []
    for index in 2..<6 {
      guard let value = parseCount(fields[index]) else {
        let name = fieldNames[index]
        return .failure(
          FieldProblem(column: name, message: countProblem(column: name, text: fields[index])))
      }
      counts.append(value)
    }
    var record = MetricsRecord(unchecked: platform, week)
    (record.followers, record.reach, record.impressions, record.engagements) = (
      counts[0], counts[1], counts[2], counts[3]
    )
    return .success(record)
  }

  private enum CodingKeys: String, CodingKey {
    case platform, week, followers, reach, impressions, engagements
  }

  /// Decodes a record, with the same checks as ``init(platform:week:followers:reach:impressions:engagements:)``.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    try self.init(
      platform: c.decode(Platform.self, forKey: .platform),
      week: c.decode(ISOWeek.self, forKey: .week),
      followers: c.decode(Int.self, forKey: .followers), reach: c.decode(Int.self, forKey: .reach),
      impressions: c.decode(Int.self, forKey: .impressions),
      engagements: c.decode(Int.self, forKey: .engagements))
  }

  private init(unchecked platform: Platform, _ week: ISOWeek) {
    self.platform = platform
    self.week = week
    self.followers = 0
    self.reach = 0
    self.impressions = 0
    self.engagements = 0
  }

  static func countProblem(column: String, text: String) -> Phrase {
    Phrase("error.metrics.count", text: ["column": column, "text": trimmed(text)])
  }

  /// A whole number ≥ 0, digits with optional thousands separators (`,`, space, no-break
  /// space, narrow no-break space, `'`) in groups of three.
  static func parseCount(_ text: String) -> Int? {
    let body = trimmed(text)
    guard !body.isEmpty else { return nil }
    let separators: Set<Unicode.Scalar> = [",", " ", "\u{00A0}", "\u{202F}", "'"]
    var groups: [[Unicode.Scalar]] = [[]]
    var separator: Unicode.Scalar?
    for scalar in body.unicodeScalars {
      if ("0"..."9").contains(scalar) {
        groups[groups.count - 1].append(scalar)
      } else if separators.contains(scalar) {
        if let separator, separator != scalar { return nil }
        separator = scalar
        groups.append([])
      } else {
        return nil
      }
    }
    guard let first = groups.first, (1...(groups.count > 1 ? 3 : Int.max)).contains(first.count),
      groups.dropFirst().allSatisfy({ $0.count == 3 })
    else { return nil }
    return Int(String(String.UnicodeScalarView(groups.joined())))
  }

  static func trimmed(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[start...end])
  }
}
