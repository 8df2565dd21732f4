import SMMCore
import Testing

/// Recording imported metrics does work linear in the rows: the fold touches each record a
/// fixed number of times. The work is counted (``MetricsWork``), not timed, so a loaded machine
/// cannot fail it.
struct MetricsScaleTests {
  /// `count` distinct weekly records (platform × ISO week).
  static func records(_ count: Int) throws -> [MetricsRecord] {
    var records: [MetricsRecord] = []
    let platforms = Platform.allCases
    var year = 1, week = 1, platform = 0
    while records.count < count {
      records.append(
        try MetricsRecord(
          platform: platforms[platform], week: try ISOWeek(year: year, week: week),
          followers: 1000 + records.count, reach: 500, impressions: 800, engagements: 40))
      platform += 1
      if platform == platforms.count {
        platform = 0
        week += 1
        if week > 52 {
          week = 1
          year += 1
        }
      }
    }
    return records
  }

  /// The records `change` touches when applied to `state`, and the state after it.
  static func touched(applying records: [MetricsRecord], to state: BrandState) throws -> (
    Int, BrandState
  ) {
    let work = MetricsWork()
    let next = try MetricsWork.$current.withValue(work) {
      try state.applying(.addMetrics(records))
    }
    return (work.touched, next)
  }

  /// Each record, new or already recorded, is touched at most twice (once today), for 1,000 rows as for
  /// 16,000, onto an empty brand and onto one that holds them all already. (Tried: a fold that
  /// looks for each new row among the recorded ones by key touches rows × recorded, 256 M for
  /// 16,000 rows, and fails.)
  @Test(arguments: [1000, 16000]) func eachRecordIsTouchedAFixedNumberOfTimes(rows: Int) throws {
    let records = try Self.records(rows)
    let empty = BrandState(name: try BrandName("Scale"))
    let (first, full) = try Self.touched(applying: records, to: empty)
    #expect(full.metrics.count == rows)
    #expect(first >= rows, "the fold counted \(first) for \(rows) rows")
    #expect(first <= 2 * rows, "\(rows) rows touched \(first) times")
    let (again, replaced) = try Self.touched(applying: records, to: full)
    #expect(replaced.metrics.count == rows)
    #expect(again <= 2 * (rows + rows), "\(rows) rows onto \(rows) touched \(again) times")
  }

  @Test func aLaterRowReplacesAnEarlierOneOfTheSameWeek() throws {
    let first = try Self.records(3)
    var again = first[1]
    again.followers = 7
    let state = try BrandState(name: try BrandName("Scale")).applying(.addMetrics(first))
      .applying(.addMetrics([again, again]))
    #expect(state.metrics.count == 3)
    #expect(state.metrics.filter { $0.followers == 7 }.count == 1)
  }
}
