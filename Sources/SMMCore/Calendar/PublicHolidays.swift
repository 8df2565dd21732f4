/// The public holidays of the countries smm knows, by rule: fixed dates, days counted from
/// Easter Sunday (computed, never typed), and the nth weekday of a month; with the substitute
/// or observed days each country's law gives. The calendar publishes nothing on the home
/// market's holidays.
///
/// | country | what | source |
/// |---|---|---|
/// | FR | the eleven public holidays of the Code du travail (Alsace-Moselle's two more are left out) | Code du travail, art. L3133-1; service-public.fr, « Jours fériés » |
/// | GB | England and Wales's bank holidays, a weekend one moved to the next weekday | GOV.UK, "UK bank holidays" |
/// | US | the eleven federal holidays, a Saturday one observed on the Friday, a Sunday one on the Monday | 5 U.S.C. § 6103; OPM, "Federal Holidays" |
/// | CH | the one national holiday (the cantons set the others) | Federal Constitution, art. 110 para. 3 |
/// | BE | the ten public holidays of the law of 4 January 1974 | Belgium.be, « Jours fériés » |
public enum PublicHolidays {
  /// One holiday: its day and its name.
  public struct Holiday: Equatable, Sendable {
    /// The day nothing is published.
    public var date: CivilDate
    /// Its name in English and French.
    public var name: LocalizedText
  }

  /// The countries with a table, by ISO 3166-1 alpha-2 code.
  public static let countries = ["FR", "GB", "US", "CH", "BE"]
  /// The years the tables were checked against the official lists.
  public static let checkedYears = 2026...2028

  /// Where each country's table comes from.
  public static func source(_ country: String) -> Source? {
    switch country {
    case "FR":
      return official(
        "Service-Public.fr", "Code du travail, art. L3133-1, as listed by Service-Public.fr",
        publisher: "Service-Public.fr", title: "Jours fériés et ponts dans le secteur privé",
        url: "https://www.service-public.fr/particuliers/vosdroits/F2405")
    case "GB":
      return official(
        "GOV.UK bank holidays", "GOV.UK, \"UK bank holidays\" (England and Wales)",
        publisher: "GOV.UK", title: "UK bank holidays", url: "https://www.gov.uk/bank-holidays")
    case "US":
      return official(
        "OPM federal holidays",
        "5 U.S.C. § 6103 and the Office of Personnel Management, \"Federal Holidays\"",
        publisher: "U.S. Office of Personnel Management", title: "Federal Holidays",
        url: "https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/")
    case "CH":
      return official(
        "Swiss Federal Constitution",
        "Federal Constitution of the Swiss Confederation, art. 110 para. 3: \"The 1st of August is the Swiss National Day\"",
        publisher: "Fedlex, the Swiss Confederation",
        title: "Federal Constitution of the Swiss Confederation",
        url: "https://www.fedlex.admin.ch/eli/cc/1999/404/en")
    case "BE":
      return official(
        "Belgium.be",
        "Belgium.be, « Jours fériés »: the ten legal public holidays (loi du 4 janvier 1974 relative aux jours fériés)",
        publisher: "Belgium.be, the federal portal", title: "Jours fériés",
        url: "https://www.belgium.be/fr/emploi/conges_et_interruption_de_carriere/jours_feries")
    default:
      return nil
    }
  }

  static func official(
    _ short: String, _ citation: String, publisher: String, title: String, url: String
  ) -> Source {
    Source(
      short: short, citation: citation, kind: .official, checked: "2026-12-02",
      reference: Reference(publisher: publisher, title: title, url: url))
  }

  /// The holidays of `country` in `year`, in date order; empty for a country without a table.
  public static func holidays(_ country: String, year: Int) -> [Holiday] {
    let easter = easterSunday(year)
    func on(_ month: Int, _ day: Int) -> CivilDate {
      // The tables hold valid dates only.
      (try? CivilDate(year: year, month: month, day: day)) ?? easter
    }
    func name(_ english: String, _ french: String) -> LocalizedText {
      LocalizedText(english: english, french: french)
    }
    let newYear = name("New Year's Day", "jour de l'an")
    let easterMonday = name("Easter Monday", "lundi de Pâques")
    let ascension = name("Ascension Day", "Ascension")
    let whitMonday = name("Whit Monday", "lundi de Pentecôte")
    let christmas = name("Christmas Day", "Noël")
    let allSaints = name("All Saints' Day", "Toussaint")
    let assumption = name("Assumption Day", "Assomption")
    let armistice = name("Armistice Day", "Armistice")
    let labour = name("Labour Day", "fête du Travail")
    var days: [Holiday]
    switch country {
    case "FR":
      days = [
        .init(date: on(1, 1), name: newYear),
        .init(date: easter.adding(days: 1), name: easterMonday),
        .init(date: on(5, 1), name: labour),
        .init(date: on(5, 8), name: name("Victory in Europe Day", "Victoire 1945")),
        .init(date: easter.adding(days: 39), name: ascension),
        .init(date: easter.adding(days: 50), name: whitMonday),
        .init(date: on(7, 14), name: name("Bastille Day", "fête nationale")),
        .init(date: on(8, 15), name: assumption),
        .init(date: on(11, 1), name: allSaints),
        .init(date: on(11, 11), name: armistice),
        .init(date: on(12, 25), name: christmas),
      ]
    case "BE":
      days = [
        .init(date: on(1, 1), name: newYear),
        .init(date: easter.adding(days: 1), name: easterMonday),
        .init(date: on(5, 1), name: labour),
        .init(date: easter.adding(days: 39), name: ascension),
        .init(date: easter.adding(days: 50), name: whitMonday),
        .init(date: on(7, 21), name: name("Belgian National Day", "fête nationale")),
        .init(date: on(8, 15), name: assumption),
        .init(date: on(11, 1), name: allSaints),
        .init(date: on(11, 11), name: armistice),
        .init(date: on(12, 25), name: christmas),
      ]
    case "CH":
      days = [.init(date: on(8, 1), name: name("Swiss National Day", "fête nationale"))]
    case "GB":
      // A bank holiday on a weekend moves to the next weekday not already a holiday.
      let christmasDay = on(12, 25)
      let boxing = on(12, 26)
      let christmasOff = christmasDay.weekday >= 5 ? christmasDay.adding(days: 2) : christmasDay
      var boxingOff = boxing.weekday >= 5 ? boxing.adding(days: 2) : boxing
      if boxingOff == christmasOff { boxingOff = boxingOff.adding(days: 1) }
      days = [
        .init(date: nextWeekday(on(1, 1)), name: newYear),
        .init(date: easter.adding(days: -2), name: name("Good Friday", "vendredi saint")),
        .init(date: easter.adding(days: 1), name: easterMonday),
        .init(
          date: nth(1, weekday: 0, month: 5, year),
          name: name("Early May bank holiday", "jour férié de début mai")),
        .init(
          date: last(weekday: 0, month: 5, year),
          name: name("Spring bank holiday", "jour férié de printemps")),
        .init(
          date: last(weekday: 0, month: 8, year),
          name: name("Summer bank holiday", "jour férié d'été")),
        .init(date: christmasOff, name: christmas),
        .init(date: boxingOff, name: name("Boxing Day", "lendemain de Noël")),
      ]
    case "US":
      let fixed: [(Int, Int, LocalizedText)] = [
        (1, 1, newYear),
        (6, 19, name("Juneteenth National Independence Day", "Juneteenth")),
        (7, 4, name("Independence Day", "fête de l'Indépendance")),
        (11, 11, name("Veterans Day", "journée des anciens combattants")),
        (12, 25, christmas),
      ]
      days = []
      for (month, day, holiday) in fixed {
        let date = on(month, day)
        days.append(.init(date: date, name: holiday))
        // Observed on the Friday before a Saturday, the Monday after a Sunday.
        if date.weekday == 5 { days.append(.init(date: date.adding(days: -1), name: holiday)) }
        if date.weekday == 6 { days.append(.init(date: date.adding(days: 1), name: holiday)) }
      }
      // New Year's Day of the next year, on a Saturday, is observed on 31 December.
      if let next = try? CivilDate(year: year + 1, month: 1, day: 1), next.weekday == 5 {
        days.append(.init(date: next.adding(days: -1), name: newYear))
      }
      days += [
        .init(
          date: nth(3, weekday: 0, month: 1, year),
          name: name("Birthday of Martin Luther King, Jr.", "anniversaire de Martin Luther King")),
        .init(
          date: nth(3, weekday: 0, month: 2, year),
          name: name("Washington's Birthday", "anniversaire de Washington")),
        .init(date: last(weekday: 0, month: 5, year), name: name("Memorial Day", "Memorial Day")),
        .init(date: nth(1, weekday: 0, month: 9, year), name: name("Labor Day", "fête du Travail")),
        .init(
          date: nth(2, weekday: 0, month: 10, year), name: name("Columbus Day", "Columbus Day")),
        .init(
          date: nth(4, weekday: 3, month: 11, year), name: name("Thanksgiving Day", "Thanksgiving")),
      ]
    default:
      days = []
    }
    return days.sorted { $0.date < $1.date }
  }

  /// The holiday of `country` on `date`, if any.
  public static func holiday(_ country: String, on date: CivilDate) -> Holiday? {
    holidays(country, year: date.year).first { $0.date == date }
  }

  /// Easter Sunday of the Gregorian calendar: the anonymous algorithm (Meeus, "Astronomical
  /// Algorithms", 1991, ch. 8, after the New York correspondent of Nature, 1876).
  public static func easterSunday(_ year: Int) -> CivilDate {
    let a = year % 19
    let b = year / 100
    let c = year % 100
    let d = b / 4
    let e = b % 4
    let f = (b + 8) / 25
    let g = (b - f + 1) / 3
    let h = (19 * a + b - d - g + 15) % 30
    let i = c / 4
    let k = c % 4
    let l = (32 + 2 * e + 2 * i - h - k) % 7
    let m = (a + 11 * h + 22 * l) / 451
    let month = (h + l - 7 * m + 114) / 31
    let day = (h + l - 7 * m + 114) % 31 + 1
    return CivilDate(dayNumber: dayNumber(year, month, day))
  }

  static func dayNumber(_ year: Int, _ month: Int, _ day: Int) -> Int {
    // Valid by construction; 1 January as a fallback keeps this total.
    ((try? CivilDate(year: year, month: month, day: day)) ?? CivilDate(dayNumber: 0)).dayNumber
  }

  /// The `n`th `weekday` (0 = Monday) of a month.
  static func nth(_ n: Int, weekday: Int, month: Int, _ year: Int) -> CivilDate {
    let first = CivilDate(dayNumber: dayNumber(year, month, 1))
    return first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (n - 1))
  }

  /// The last `weekday` (0 = Monday) of a month.
  static func last(weekday: Int, month: Int, _ year: Int) -> CivilDate {
    let next = month == 12 ? dayNumber(year + 1, 1, 1) : dayNumber(year, month + 1, 1)
    let lastDay = CivilDate(dayNumber: next - 1)
    return lastDay.adding(days: -((lastDay.weekday - weekday + 7) % 7))
  }

  /// `date`, or the Monday after when it falls on a weekend.
  static func nextWeekday(_ date: CivilDate) -> CivilDate {
    date.weekday == 5 ? date.adding(days: 2) : date.weekday == 6 ? date.adding(days: 1) : date
  }
}
