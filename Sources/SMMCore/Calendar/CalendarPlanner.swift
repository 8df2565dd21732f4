/// Spreads the adapted variants over the coming weeks, at the cadence each platform needs
/// (the low end of its posts per week that work) and the brand's hours allow (fewer posts on
/// every platform, in proportion, when the chosen platforms need more hours than the brand has).
public enum CalendarPlanner {
  /// The most weeks a plan covers.
  public static let maximumWeeks = 52

  /// The usual posting time on each platform (smm's editorial defaults, its platform file's
  /// `defaults.posting-time`; adjust in the scheduler the CSV goes to).
  public static func time(for platform: Platform) -> String {
    PlatformCatalog.entry(platform).defaults.postingTime
  }

  /// Whether nothing is published on `date`: 24, 25 and 26 December and 1 January.
  public static func isDayOff(_ date: CivilDate) -> Bool {
    (date.month == 12 && (24...26).contains(date.day)) || (date.month == 1 && date.day == 1)
  }

  /// Removes the slots on the public holidays of `country` (the brand's home market) and says
  /// which; for a country without a table, says that only the Christmas and New Year rule
  /// applies, or that none of its holidays fell on a posting day. Nil when the brand has no
  /// country.
  static func leaveOutHolidays(_ slots: inout [ContentCalendar.Slot], country: String?) -> Phrase? {
    guard let country else { return nil }
    guard let source = PublicHolidays.source(country) else {
      return Phrase(
        "calendar.note.noHolidays", ["country": .phrase(SpaceScoring.inCountry(country))])
    }
    var names: [LocalizedText] = []
    let before = slots.count
    slots.removeAll { slot in
      guard let holiday = PublicHolidays.holiday(country, on: slot.date) else { return false }
      if !names.contains(holiday.name) { names.append(holiday.name) }
      return true
    }
    guard slots.count < before else {
      return Phrase(
        "calendar.note.holidaysNone",
        ["country": .phrase(SpaceScoring.inCountry(country)), "source": .text(source.short)])
    }
    return Phrase(
      "calendar.note.holidays",
      [
        "count": .number(before - slots.count), "country": .phrase(SpaceScoring.inCountry(country)),
        "holidays": .phrase(.list(values: names.map { .localized($0) })),
        "source": .text(source.short),
      ])
  }

  /// The days of the week (0 = Monday) for `count` posts a week, spread out.
  static func days(for count: Int) -> [Int] {
    switch count {
    case ...0: return []
    case 1: return [1]
    case 2: return [1, 3]
    case 3: return [0, 2, 4]
    case 4: return [0, 1, 3, 4]
    case 5: return [0, 1, 2, 3, 4]
    case 6: return [0, 1, 2, 3, 4, 5]
    default: return [0, 1, 2, 3, 4, 5, 6]
    }
  }

  /// The plan for `state` over `weeks` weeks from `start`, the day itself (a date the user
  /// gave is kept: week one runs from that day to six days later, whatever weekday it is).
  /// - Throws: when no platform is chosen, or `weeks` is out of range.
  public static func plan(_ state: BrandState, weeks: Int, start: CivilDate) throws(SMMCoreError)
    -> ContentCalendar
  {
    guard (1...maximumWeeks).contains(weeks) else {
      throw SMMCoreError.invalidMessage(
        Phrase("error.calendar.weeks", ["maximum": .number(maximumWeeks), "weeks": .number(weeks)]))
    }
    guard !state.spaces.isEmpty else {
      throw SMMCoreError.invalidMessage(Phrase("error.calendar.noPlatform"))
    }
    var notes: [Phrase] = []
    let needed = state.spaces.map { PlatformCatalog.entry($0).effort.hoursPerWeek }.reduce(0, +)
    var ratio = 1.0
    if let hours = state.profile.hours, needed > hours {
      ratio = hours / needed
      notes.append(
        Phrase(
          "calendar.note.cut",
          [
            "needed": .decimal(needed), "hours": .decimal(hours),
            "percent": .number(Int((ratio * 100).rounded())),
          ]))
    }
    var cadence: [Platform: Int] = [:]
    for platform in state.spaces {
      let effort = PlatformCatalog.entry(platform).effort
      let base = min(effort.postsPerWeek.lowerBound, 7)
      cadence[platform] = max(1, Int((Double(base) * ratio).rounded(.down)))
    }
    var slots: [ContentCalendar.Slot] = []
    for (index, platform) in state.spaces.enumerated() {
      // Each platform's days are shifted by its position, so the posts do not all fall on
      // the same days.
      let weekDays = days(for: cadence[platform] ?? 1).map { ($0 + index) % 7 }.sorted()
      let ready = state.content.messages.filter { $0.variants[platform] != nil }.map(\.id)
      if ready.isEmpty {
        notes.append(
          Phrase(
            "calendar.note.noVariant",
            [
              "platform": .text(platform.displayName),
              "adapt": .command(
                CommandRequest(
                  ["content", "adapt"], arguments: [.word("id"), .value(platform.rawValue)])),
            ]))
      }
      var next = 0
      for week in 0..<weeks {
        for day in weekDays {
          let id: Int? = ready.isEmpty ? nil : ready[next % ready.count]
          next += 1
          slots.append(
            .init(
              date: start.adding(days: week * 7 + (day - start.weekday + 7) % 7),
              time: time(for: platform),
              platform: platform, messageID: id))
        }
      }
    }
    // No post over Christmas (24–26 December) or on New Year's Day: days off almost
    // everywhere the brands are, when a post reaches few and the team is away.
    let before = slots.count
    slots.removeAll { Self.isDayOff($0.date) }
    if slots.count < before {
      notes.append(Phrase("calendar.note.daysOff", ["count": .number(before - slots.count)]))
    }
    if let note = Self.leaveOutHolidays(&slots, country: state.profile.homeCountry) {
      notes.append(note)
    }
    slots.sort {
      ($0.date, $0.time, $0.platform.rawValue) < ($1.date, $1.time, $1.platform.rawValue)
    }
    let perMessage = Set(slots.compactMap(\.messageID)).count
    if perMessage > 0 && slots.count > perMessage * state.spaces.count * 2 {
      notes.append(
        Phrase(
          "calendar.note.repeat",
          ["slots": .number(slots.count), "messages": .number(perMessage)]))
    }
    return ContentCalendar(
      start: start, weeks: weeks, slots: slots, cadence: cadence, notes: notes)
  }
}
