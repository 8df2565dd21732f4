/// A validated value of one profile field, as `/brand set FIELD VALUE` records it.
public enum ProfileValue: Equatable, Sendable {
  case name(BrandName)
  case sector(String)
  case market(Market)
  case ages([AgeBand])
  case goals([Goal])
  case hours(Double)
  case formats([ContentFormat])
  case reach(Reach)
  case countries([String])
  case languages([String])
  case xPremium(Bool)
  case team(TeamSize)
  case open(OpeningHours)

  /// The field this value is for.
  public var field: ProfileField {
    switch self {
    case .name: return .name
    case .sector: return .sector
    case .market: return .market
    case .ages: return .ages
    case .goals: return .goals
    case .hours: return .hours
    case .formats: return .formats
    case .reach: return .reach
    case .countries: return .countries
    case .languages: return .languages
    case .xPremium: return .xPremium
    case .team: return .team
    case .open: return .open
    }
  }

  /// The canonical text of the value: lists comma-separated in a fixed order, hours without a
  /// useless `.0`.
  public var canonicalText: String {
    switch self {
    case .name(let name): return name.value
    case .sector(let text): return text
    case .market(let market): return market.rawValue
    case .ages(let ages): return ages.map(\.rawValue).joined(separator: ",")
    case .goals(let goals): return goals.map(\.rawValue).joined(separator: ",")
    case .hours(let hours): return ProfileValue.format(hours)
    case .formats(let formats): return formats.map(\.rawValue).joined(separator: ",")
    case .reach(let reach): return reach.rawValue
    case .countries(let codes), .languages(let codes): return codes.joined(separator: ",")
    case .xPremium(let premium): return premium ? "yes" : "no"
    case .team(let team): return String(team.people)
    case .open(let hours): return hours.canonicalText
    }
  }

  /// `4.0` → `4`, `2.5` → `2.5`.
  public static func format(_ number: Double) -> String {
    number == number.rounded() && abs(number) < 1e9 ? String(Int(number)) : String(number)
  }

  /// Parses the text typed after `/brand set FIELD`.
  /// - Throws: ``SMMCoreError/invalidProfileValue(field:value:reason:)`` naming the allowed values.
  public static func parse(_ field: ProfileField, _ text: String) throws(SMMCoreError)
    -> ProfileValue
  {
    let trimmed = text.trimmingWhiteSpace()
    let allowed = field.allowedValues.joined(separator: ", ")
    func fail(_ key: String, _ values: [String: Phrase.Value] = [:]) -> SMMCoreError {
      .invalidProfileValue(field: field.rawValue, value: trimmed, reason: Phrase(key, values))
    }
    func list<T: RawRepresentable & CaseIterable>(_: T.Type) throws(SMMCoreError) -> [T]
    where T.RawValue == String {
      let items = trimmed.lowercased().split(whereSeparator: { $0 == "," || $0 == " " })
        .map(String.init).filter { !$0.isEmpty }
      guard !items.isEmpty else {
        throw fail("error.profile.atLeastOne", ["allowed": .text(allowed)])
      }
      var values: [T] = []
      for item in items {
        guard let value = T(rawValue: item) else {
          throw fail("error.profile.notOneOf", ["item": .text(item), "allowed": .text(allowed)])
        }
        if !values.contains(where: { $0.rawValue == value.rawValue }) { values.append(value) }
      }
      // Keep the declared order, so the same set always reads the same.
      let order = Array(T.allCases).map(\.rawValue)
      return values.sorted {
        (order.firstIndex(of: $0.rawValue) ?? 0) < (order.firstIndex(of: $1.rawValue) ?? 0)
      }
    }
    func one<T: RawRepresentable & CaseIterable>(_: T.Type) throws(SMMCoreError) -> T
    where T.RawValue == String {
      guard let value = T(rawValue: trimmed.lowercased()) else {
        throw fail("error.profile.chooseOne", ["allowed": .text(allowed)])
      }
      return value
    }
    switch field {
    case .name:
      return .name(try BrandName(trimmed))
    case .sector:
      guard !trimmed.isEmpty else {
        throw fail("error.profile.sector.empty")
      }
      guard trimmed.count <= 120 else {
        throw fail("error.profile.sector.tooLong", ["maximum": .number(120)])
      }
      return .sector(trimmed)
    case .market: return .market(try one(Market.self))
    case .ages: return .ages(try list(AgeBand.self))
    case .goals: return .goals(try list(Goal.self))
    case .formats: return .formats(try list(ContentFormat.self))
    case .reach: return .reach(try one(Reach.self))
    case .hours:
      guard let hours = Double(trimmed.replacingComma()), hours.isFinite else {
        throw fail("error.profile.hours.number")
      }
      guard hours > 0 && hours <= 168 else {
        throw fail("error.profile.hours.range")
      }
      return .hours(hours)
    case .countries:
      // Codes, alpha-3 codes or names ("FR,CH", "FRA", "France, Suisse"), comma-separated.
      let items = trimmed.split(separator: ",").map { String($0).trimmingWhiteSpace() }
        .filter { !$0.isEmpty }
      // "FR CH": codes may be separated by spaces; a name keeps its spaces ("United Kingdom").
      let pieces = items.count == 1 ? items[0].split(separator: " ").map(String.init) : items
      let spaced = pieces.count > 1 && pieces.allSatisfy { $0.count == 2 }
      let codes = items.count == 1 && !spaced ? items : pieces
      guard !codes.isEmpty else { throw fail("error.profile.countries.empty") }
      var unique: [String] = []
      for item in codes {
        guard let code = ISOCountries.code(for: item) else {
          if let right = ISOCountries.suggestion(for: item), let name = ISOCountries.names[right] {
            throw fail(
              "error.profile.countries.suggest",
              [
                "code": .text(item), "right": .text(right),
                "name": .localized(name),
              ])
          }
          throw fail("error.profile.countries.unknown", ["code": .text(item)])
        }
        if !unique.contains(code) { unique.append(code) }
      }
      return .countries(unique)
    case .languages:
      let codes = trimmed.lowercased().split(whereSeparator: { $0 == "," || $0 == " " })
        .map(String.init).filter { !$0.isEmpty }
      guard !codes.isEmpty else { throw fail("error.profile.languages.empty") }
      var unique: [String] = []
      for code in codes {
        guard ISOLanguages.codes.contains(code) else {
          throw fail("error.profile.languages.unknown", ["code": .text(code)])
        }
        if !unique.contains(code) { unique.append(code) }
      }
      return .languages(unique)
    case .xPremium:
      guard let premium = Affirmation.read(trimmed) else {
        throw fail("error.profile.yesOrNo")
      }
      return .xPremium(premium)
    case .team:
      guard let people = Int(trimmed) else {
        throw fail("error.profile.team.number")
      }
      guard (1...TeamSize.maximum).contains(people) else {
        throw fail("error.profile.team.range", ["maximum": .number(TeamSize.maximum)])
      }
      return .team(TeamSize(people))
    case .open:
      return .open(try OpeningHours.parse(trimmed))
    }
  }
}

extension String {
  /// `2,5` → `2.5` (a decimal comma).
  func replacingComma() -> String {
    String(map { $0 == "," ? "." : $0 })
  }
}
