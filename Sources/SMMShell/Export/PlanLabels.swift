import Foundation
import SMMCore

/// The words a client document uses for the values smm stores as codes: `b2c` is
/// "consumers", `en` is "English", `25-34, 35-44, 45-54` is "25 to 54 years old", a date is
/// "Monday 7 June 2027" (« lundi 7 juin 2027 »). Every label comes from the catalogs
/// (`export.value.…`, `export.date.…`), so both languages read as written.
package struct PlanLabels {
  package let strings: Strings

  package init(_ strings: Strings) { self.strings = strings }

  func s(_ key: String, _ values: KeyValuePairs<String, String> = [:]) -> String {
    strings(key, values)
  }

  /// `items` as a sentence list: "a, b and c" (« a, b et c »).
  package func list(_ items: [String]) -> String {
    guard items.count > 1, let last = items.last else { return items.first ?? "" }
    return s(
      "export.value.list.and",
      ["first": items.dropLast().joined(separator: ", "), "last": last])
  }

  package func market(_ market: Market) -> String { s("export.value.market.\(market.rawValue)") }

  package func reach(_ reach: Reach) -> String { s("export.value.reach.\(reach.rawValue)") }

  /// The reach as a phrase about the customers ("local customers").
  package func reachLine(_ reach: Reach) -> String {
    s("export.value.reachLine.\(reach.rawValue)")
  }

  package func goal(_ goal: Goal) -> String {
    s("export.value.goal.\(goal == .customerCare ? "customerCare" : goal.rawValue)")
  }

  package func format(_ format: ContentFormat) -> String {
    let key: String
    switch format {
    case .shortVideo: key = "shortVideo"
    case .longVideo: key = "longVideo"
    case .longForm: key = "longForm"
    default: key = format.rawValue
    }
    return s("export.value.format.\(key)")
  }

  /// The age bands, contiguous ones merged: "18 to 54 years old and 65 and over".
  package func ages(_ bands: [AgeBand]) -> String {
    var ranges: [ClosedRange<Int>] = []
    for band in bands.sorted() {
      if let last = ranges.last, last.upperBound + 1 == band.range.lowerBound {
        ranges[ranges.count - 1] = last.lowerBound...band.range.upperBound
      } else {
        ranges.append(band.range)
      }
    }
    return list(
      ranges.map { range in
        range.upperBound >= 99
          ? s("export.value.ages.over", ["from": String(range.lowerBound)])
          : s(
            "export.value.ages.range",
            ["from": String(range.lowerBound), "to": String(range.upperBound)])
      })
  }

  /// A language's name in the reader's language ("English", « anglais »); a code the catalog
  /// has no name for is written in capitals.
  package func language(_ code: String) -> String {
    let key = "export.value.language.\(code.lowercased())"
    return strings.has(key) ? s(key) : code.uppercased()
  }

  /// A country's name in the reader's language ("Switzerland", « Suisse »); an unknown code is
  /// written as it is.
  package func country(_ code: String) -> String {
    ISOCountries.names[code.uppercased()]?.text(in: strings.language) ?? code
  }

  /// The countries as a list of names: "France, Switzerland" (« France, Suisse »).
  package func countries(_ codes: [String]) -> String {
    codes.map(country).joined(separator: ", ")
  }

  /// A brand profile field in prose: "hours a week" (« heures par semaine »).
  package func field(_ field: ProfileField) -> String { s("brand.field.\(field.rawValue)") }

  /// Profile fields as a list in prose: "sector, audience ages, goals".
  package func fields(_ fields: [ProfileField]) -> String {
    fields.map(field).joined(separator: ", ")
  }

  /// A profile value in prose, in the reader's language: goals, formats, markets, reach, ages,
  /// countries and languages by their names; free text, numbers and settings as set.
  package func value(_ value: ProfileValue) -> String {
    switch value {
    case .market(let market): return self.market(market)
    case .ages(let bands): return ages(bands)
    case .goals(let goals): return list(goals.map(goal))
    case .formats(let formats): return list(formats.map(format))
    case .reach(let reach): return self.reach(reach)
    case .countries(let codes): return list(codes.map(country))
    case .languages(let codes): return list(codes.map(language))
    default: return value.canonicalText
    }
  }

  package func communityType(_ type: CommunityType) -> String {
    s("export.value.communityType.\(type.rawValue)")
  }

  package func kind(_ kind: EngagementKind) -> String { s("export.value.kind.\(kind.rawValue)") }

  package func crisisType(_ type: CrisisType) -> String {
    s("export.value.crisisType.\(Self.camel(type.rawValue))")
  }

  /// Whether the information is true, false or truncated, in the reader's words.
  package func veracity(_ veracity: Veracity) -> String {
    s("export.value.veracity.\(veracity.rawValue)")
  }

  /// The harm done to people, in the reader's words.
  package func harm(_ harm: Harm) -> String { s("export.value.harm.\(harm.rawValue)") }

  package func cluster(_ cluster: CrisisCluster) -> String {
    s("crisis.cluster.\(cluster.rawValue)")
  }

  /// An SCCT strategy by its name in the reader's language ("deny", « nier »).
  package func strategy(_ name: String) -> String {
    let key = "crisis.strategy.\(name.lowercased())"
    return strings.has(key) ? s(key) : name
  }

  package func tag(_ tag: ContentTag) -> String { s("export.value.tag.\(tag.rawValue)") }

  /// A crisis role in the reader's language ("spokesperson", « porte-parole »).
  package func role(_ role: String) -> String {
    CrisisPlaybook.roleLabel(role.lowercased()).render(strings)
  }

  /// `date` in words: "Monday 7 June 2027", « lundi 7 juin 2027 ».
  package func long(_ date: CivilDate) -> String { Phrase.longDate(date).render(strings) }

  /// `date` as a day and a month: "7 June", « 7 juin ».
  package func dayMonth(_ date: CivilDate) -> String {
    s("export.date.dayMonth", ["day": day(date), "month": s("export.month.\(date.month)")])
  }

  private func day(_ date: CivilDate) -> String {
    date.day == 1 ? s("export.date.firstDay") : String(date.day)
  }

  /// A file size in the reader's units: "812 B", "55 KB" (« 55 Ko »).
  package func size(_ bytes: Int) -> String {
    bytes < 1_024
      ? s("export.size.bytes", ["size": String(bytes)])
      : s("export.size.kilobytes", ["size": String((bytes + 512) / 1_024)])
  }

  /// `technical-product-harm` → `technicalProductHarm`.
  static func camel(_ raw: String) -> String {
    let parts = raw.split(separator: "-")
    guard let first = parts.first else { return raw }
    return String(first)
      + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }
      .joined()
  }
}
