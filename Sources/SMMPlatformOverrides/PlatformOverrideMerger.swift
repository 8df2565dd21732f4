import Foundation
import PlatformFiles
import SMMCore

/// Lays the fields a user's platform file sets over a built-in entry, checking each value
/// against SMMCore's types. A list the file sets replaces the built-in list whole.
struct PlatformOverrideMerger {
  let document: PlatformDocument
  var entry: PlatformEntry
  /// The source of a value the file sets without citing one: the file itself.
  let fileSource: Source

  init(document: PlatformDocument, entry: PlatformEntry, checked: String) {
    self.document = document
    self.entry = entry
    self.fileSource = Source(
      short: (document.path as NSString).lastPathComponent,
      citation: "your platform file \(document.path) (no source cited there)",
      kind: .thirdParty, checked: checked)
  }

  func error(_ field: String, _ key: String, _ values: [String: String] = [:])
    -> PlatformFileError
  {
    var path = field
    var line = document.lines[path]
    while line == nil, let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) {
      path = String(path[..<cut])
      line = document.lines[path]
    }
    return PlatformFileError(path: document.path, line: line, field: field, .init(key, values))
  }

  func required<T>(_ value: T?, _ field: String) throws(PlatformFileError) -> T {
    guard let value else {
      throw error(
        field, "missingInList")
    }
    return value
  }

  func texts(_ texts: PlatformDocument.Texts?, _ field: String) throws(PlatformFileError)
    -> (String, String)
  {
    let texts = try required(texts, field)
    let english = try required(texts.en, field + ".en")
    return (english, texts.fr ?? english)
  }

  func localized(_ texts: PlatformDocument.Texts, over old: LocalizedText) -> LocalizedText {
    LocalizedText(english: texts.en ?? old.english, french: texts.fr ?? old.french)
  }

  /// The source `ref` names among the file's sources, or the file itself when it names none.
  func source(_ ref: PlatformDocument.SourceRef?, _ field: String) throws(PlatformFileError)
    -> Source
  {
    guard let ref else { return fileSource }
    guard let entry = document.sources.first(where: { $0.id == ref.id }) else {
      throw PlatformFileError(
        path: document.path, line: ref.line, field: field,
        .init("unknownSource", ["id": ref.id]))
    }
    let base = "sources.\(ref.id)"
    let kindText = try required(entry.kind, base + ".kind")
    guard let kind = Source.Kind(rawValue: kindText) else {
      throw error(
        base + ".kind",
        "unknownValue",
        ["value": kindText, "allowed": "official, code, research, thirdParty, editorial"])
    }
    var reference: Reference?
    if let given = entry.reference {
      reference = Reference(
        publisher: try required(given.publisher, base + ".reference.publisher"),
        title: try required(given.title, base + ".reference.title"),
        frenchTitle: given.frenchTitle, year: given.year, url: given.url)
    }
    return Source(
      short: try required(entry.short, base + ".short"),
      citation: try required(entry.citation, base + ".citation"), kind: kind,
      checked: try required(entry.checked, base + ".checked"), reference: reference)
  }

  func value<T: RawRepresentable<String>>(_ raw: String, _ field: String, _ type: T.Type)
    throws(PlatformFileError) -> T where T: CaseIterable
  {
    guard let value = T(rawValue: raw) else {
      let names = T.allCases.map(\.rawValue).joined(separator: ", ")
      throw error(field, "unknownValue", ["value": raw, "allowed": names])
    }
    return value
  }

  func values<T: RawRepresentable<String>>(_ raws: [String], _ field: String, _ type: T.Type)
    throws(PlatformFileError) -> [T] where T: CaseIterable
  {
    var result: [T] = []
    for raw in raws { result.append(try value(raw, field, type)) }
    return result
  }

  mutating func apply() throws(PlatformFileError) {
    if document.order != nil {
      throw error("order", "orderInOverride")
    }
    if let name = document.name { entry.name = localized(name, over: entry.name) }
    if let aliases = document.aliases { entry.aliases = aliases.map { $0.lowercased() } }
    if let words = document.assistantWords { entry.assistantWords = words.map { $0.lowercased() } }
    if let code = document.calendarCode { entry.calendarCode = code }
    if let availability = document.operatesIn {
      let countries = try required(availability.countries, "operates-in.countries")
      entry.operatesIn = Sourced(
        countries, source: try source(availability.source, "operates-in.source"))
    }
    if let summary = document.summary {
      entry.summary = summary.en ?? entry.summary
      entry.frenchSummary = summary.fr ?? entry.frenchSummary
    }
    if let defaults = document.defaults {
      entry.defaults.tone = defaults.tone ?? entry.defaults.tone
      if let phrase = defaults.tonePhrase {
        guard Strings.english.has(phrase) else {
          throw error(
            "defaults.tone-phrase",
            "unknownCatalogKey", ["key": phrase])
        }
        entry.defaults.tonePhrase = phrase
      } else if defaults.tone != nil {
        // A tone of the user's own words: shown as written, in every language.
        entry.defaults.tonePhrase = ""
      }
      entry.defaults.postingTime = defaults.postingTime ?? entry.defaults.postingTime
    }
    try applyFigures()
    try applyProfileFields()
    if let post = document.post { try apply(post) }
  }

  mutating func applyFigures() throws(PlatformFileError) {
    if let audience = document.audience {
      var figures: [AudienceFigure] = []
      for (index, figure) in audience.enumerated() {
        let field = "audience[\(index + 1)]"
        let (english, french) = try texts(figure.statement, field + ".statement")
        let country = try required(figure.country, field + ".country")
        guard ISOCountries.isCode(country), country == country.uppercased() else {
          throw error(
            field + ".country", "unknownValue",
            ["value": country, "allowed": "ISO 3166-1 alpha-2 codes such as US, GB, FR"])
        }
        let measureName = try required(figure.measure, field + ".measure")
        guard let measure = AudienceMeasure(rawValue: measureName) else {
          throw error(
            field + ".measure", "unknownValue",
            [
              "value": measureName,
              "allowed": AudienceMeasure.allCases.map(\.rawValue).joined(separator: ", "),
            ])
        }
        figures.append(
          AudienceFigure(
            percent: try required(figure.percent, field + ".percent"), country: country,
            measure: measure,
            ages: figure.ages.map { $0[0]...$0[1] },
            year: try required(figure.year, field + ".year"), statement: english,
            frenchStatement: french, source: try source(figure.source, field + ".source")))
      }
      entry.audience = figures
    }
    if let market = document.market {
      entry.market.b2b = market.b2b ?? entry.market.b2b
      entry.market.b2c = market.b2c ?? entry.market.b2c
      if let reasons = market.reasons {
        var result: [SourcedReason] = []
        for (index, reason) in reasons.enumerated() {
          result.append(try self.reason(reason, "market.reasons[\(index + 1)]"))
        }
        entry.market.reasons = result
      }
    }
    if let formats = document.formats {
      entry.formats = try values(formats, "formats", ContentFormat.self)
    }
    if let formats = document.requiredFormats {
      entry.requiredFormats = try values(formats, "required-formats", ContentFormat.self)
    }
    if let goals = document.goals {
      var result: [GoalFit] = []
      for (index, fit) in goals.enumerated() {
        let field = "goals[\(index + 1)]"
        let goal = try value(try required(fit.name, field + ".goal"), field + ".goal", Goal.self)
        result.append(GoalFit(goal, try reason(fit.reason, field)))
      }
      entry.goals = result
    }
    if let reach = document.reach {
      var result: [ReachFit] = []
      for (index, fit) in reach.enumerated() {
        let field = "reach[\(index + 1)]"
        let name = try value(try required(fit.name, field + ".reach"), field + ".reach", Reach.self)
        result.append(ReachFit(name, try reason(fit.reason, field)))
      }
      entry.reach = result
    }
    if let effort = document.effort {
      if let posts = effort.postsPerWeek { entry.effort.postsPerWeek = posts[0]...posts[1] }
      if let hours = effort.hoursPerWeek {
        guard hours >= 0 else {
          throw error("effort.hours-per-week", "negativeHours")
        }
        entry.effort.hoursPerWeek = hours
      }
      if effort.source != nil || effort.postsPerWeek != nil {
        entry.effort.source = try source(effort.source, "effort.source")
      }
    }
  }

  func reason(_ reason: PlatformDocument.Reason, _ field: String) throws(PlatformFileError)
    -> SourcedReason
  {
    let english = try required(reason.text.en, field + ".en")
    return SourcedReason(
      english, french: reason.text.fr ?? english,
      source: try source(reason.source, field + ".source"))
  }

  mutating func applyProfileFields() throws(PlatformFileError) {
    guard let fields = document.profileFields else { return }
    var rules: [ProfileFieldRule] = []
    for (index, rule) in fields.enumerated() {
      let field = "profile-fields[\(index + 1)]"
      let key = try required(rule.key, field + ".key")
      let (english, french) = try texts(rule.label, field + ".label")
      switch rule.kind ?? "text" {
      case "done":
        rules.append(
          ProfileFieldRule(key: key, label: english, frenchLabel: french, kind: .done, source: nil))
      case "text":
        let unit = try value(rule.unit ?? "utf16", field + ".unit", CountingUnit.self)
        rules.append(
          ProfileFieldRule(
            key: key, label: english, frenchLabel: french,
            kind: .text(limit: rule.limit, unit: unit),
            source: rule.limit == nil && rule.source == nil
              ? nil : try source(rule.source, field + ".source"),
            minimum: rule.minimum, punctuation: rule.punctuation))
      default:
        throw error(
          field + ".kind", "unknownValue", ["value": rule.kind ?? "", "allowed": "text, done"])
      }
    }
    entry.profileFields = rules
  }
}
