import Yams

extension Walker {
  /// The top-level fields of a platform file.
  static let topFields = [
    "id", "order", "name", "aliases", "assistant-words", "calendar-code", "summary", "operates-in",
    "defaults",
    "audience", "market", "formats", "required-formats", "goals", "reach", "effort",
    "profile-fields", "post", "sources",
  ]

  mutating func read(_ root: Node, into document: inout PlatformDocument) throws(PlatformFileError)
  {
    for (key, value, path) in try mapping(root, nil, known: Self.topFields) {
      switch key {
      case "id": document.id = try string(value, path)
      case "order": document.order = try int(value, path)
      case "name": document.name = try texts(value, path)
      case "aliases": document.aliases = try strings(value, path)
      case "assistant-words": document.assistantWords = try strings(value, path)
      case "calendar-code": document.calendarCode = try string(value, path)
      case "summary": document.summary = try texts(value, path)
      case "operates-in": document.operatesIn = try availability(value, path)
      case "defaults": document.defaults = try defaults(value, path)
      case "audience":
        var figures: [PlatformDocument.Audience] = []
        for (index, item) in try items(value, path).enumerated() {
          figures.append(try audience(item, "\(path)[\(index + 1)]"))
        }
        document.audience = figures
      case "market": document.market = try market(value, path)
      case "formats": document.formats = try strings(value, path)
      case "required-formats": document.requiredFormats = try strings(value, path)
      case "goals": document.goals = try fits(value, path, name: "goal")
      case "reach": document.reach = try fits(value, path, name: "reach")
      case "effort": document.effort = try effort(value, path)
      case "profile-fields":
        var fields: [PlatformDocument.ProfileField] = []
        for (index, item) in try items(value, path).enumerated() {
          fields.append(try profileField(item, "\(path)[\(index + 1)]"))
        }
        document.profileFields = fields
      case "post": document.post = try post(value, path)
      default: document.sources = try sources(value, path)
      }
    }
  }

  mutating func defaults(_ node: Node, _ field: String) throws(PlatformFileError)
    -> PlatformDocument.Defaults
  {
    var defaults = PlatformDocument.Defaults()
    for (key, value, path) in try mapping(
      node, field, known: ["tone", "tone-phrase", "posting-time"])
    {
      switch key {
      case "tone": defaults.tone = try string(value, path)
      case "tone-phrase": defaults.tonePhrase = try string(value, path)
      default:
        let time = try string(value, path)
        guard Self.isTime(time) else {
          throw fail(value, path, "notTime")
        }
        defaults.postingTime = time
      }
    }
    return defaults
  }

  static func isTime(_ text: String) -> Bool {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, parts.allSatisfy({ $0.count == 2 }),
      let hours = Int(parts[0]), let minutes = Int(parts[1])
    else { return false }
    return (0..<24).contains(hours) && (0..<60).contains(minutes)
  }

  mutating func audience(_ node: Node, _ field: String) throws(PlatformFileError)
    -> PlatformDocument.Audience
  {
    var figure = PlatformDocument.Audience()
    for (key, value, path) in try mapping(
      node, field,
      known: ["percent", "country", "measure", "ages", "year", "statement", "source"])
    {
      switch key {
      case "percent": figure.percent = try double(value, path)
      case "country": figure.country = try string(value, path)
      case "measure": figure.measure = try string(value, path)
      case "ages": figure.ages = try pair(value, path)
      case "year": figure.year = try int(value, path)
      case "statement": figure.statement = try texts(value, path)
      default: figure.source = try source(value, path)
      }
    }
    return figure
  }

  mutating func reason(_ node: Node, _ field: String, extra: [String] = [])
    throws(PlatformFileError) -> (PlatformDocument.Reason, String?)
  {
    var reason = PlatformDocument.Reason(text: .init(en: nil, fr: nil), source: nil)
    var name: String?
    for (key, value, path) in try mapping(node, field, known: extra + ["en", "fr", "source"]) {
      switch key {
      case "en": reason.text.en = try string(value, path)
      case "fr": reason.text.fr = try string(value, path)
      case "source": reason.source = try source(value, path)
      default: name = try string(value, path)
      }
    }
    return (reason, name)
  }

  mutating func market(_ node: Node, _ field: String) throws(PlatformFileError)
    -> PlatformDocument.Market
  {
    var market = PlatformDocument.Market()
    for (key, value, path) in try mapping(node, field, known: ["b2b", "b2c", "reasons"]) {
      switch key {
      case "b2b": market.b2b = try score(value, path)
      case "b2c": market.b2c = try score(value, path)
      default:
        var reasons: [PlatformDocument.Reason] = []
        for (index, item) in try items(value, path).enumerated() {
          reasons.append(try reason(item, "\(path)[\(index + 1)]").0)
        }
        market.reasons = reasons
      }
    }
    return market
  }

  func score(_ node: Node, _ field: String) throws(PlatformFileError) -> Int {
    let value = try int(node, field)
    guard (0...3).contains(value) else {
      throw fail(node, field, "notScore")
    }
    return value
  }

  mutating func fits(_ node: Node, _ field: String, name: String) throws(PlatformFileError)
    -> [PlatformDocument.Fit]
  {
    var fits: [PlatformDocument.Fit] = []
    for (index, item) in try items(node, field).enumerated() {
      let (reason, value) = try reason(item, "\(field)[\(index + 1)]", extra: [name])
      fits.append(PlatformDocument.Fit(name: value, reason: reason))
    }
    return fits
  }

  mutating func availability(_ node: Node, _ field: String) throws(PlatformFileError)
    -> PlatformDocument.Availability
  {
    var availability = PlatformDocument.Availability()
    for (key, value, path) in try mapping(node, field, known: ["countries", "source"]) {
      switch key {
      case "countries":
        let codes = try strings(value, path)
        guard !codes.isEmpty,
          codes.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isUppercase } })
        else { throw fail(value, path, "notCountries") }
        availability.countries = codes
      default: availability.source = try source(value, path)
      }
    }
    return availability
  }

  mutating func effort(_ node: Node, _ field: String) throws(PlatformFileError)
    -> PlatformDocument.Effort
  {
    var effort = PlatformDocument.Effort()
    for (key, value, path) in try mapping(
      node, field, known: ["posts-per-week", "hours-per-week", "source"])
    {
      switch key {
      case "posts-per-week": effort.postsPerWeek = try pair(value, path)
      case "hours-per-week": effort.hoursPerWeek = try double(value, path)
      default: effort.source = try source(value, path)
      }
    }
    return effort
  }

  mutating func profileField(_ node: Node, _ field: String) throws(PlatformFileError)
    -> PlatformDocument.ProfileField
  {
    var rule = PlatformDocument.ProfileField()
    for (key, value, path) in try mapping(
      node, field,
      known: ["key", "label", "kind", "limit", "unit", "source", "minimum", "punctuation"])
    {
      switch key {
      case "key": rule.key = try string(value, path)
      case "label": rule.label = try texts(value, path)
      case "kind": rule.kind = try string(value, path)
      case "limit": rule.limit = try positive(value, path)
      case "minimum": rule.minimum = try positive(value, path)
      case "punctuation": rule.punctuation = try string(value, path)
      case "unit": rule.unit = try string(value, path)
      default: rule.source = try source(value, path)
      }
    }
    return rule
  }

  func positive(_ node: Node, _ field: String) throws(PlatformFileError) -> Int {
    let value = try int(node, field)
    guard value > 0 else { throw fail(node, field, "notPositive") }
    return value
  }

  mutating func limit(_ node: Node, _ field: String) throws(PlatformFileError)
    -> PlatformDocument.Limit
  {
    var limit = PlatformDocument.Limit()
    for (key, value, path) in try mapping(
      node, field, known: ["field", "limit", "unit", "forbidden", "source", "setting"])
    {
      switch key {
      case "field": limit.field = try string(value, path)
      case "setting": limit.setting = try string(value, path)
      case "limit":
        if value.scalar?.string == "none" {
          limit.noLimit = true
        } else {
          limit.limit = try positive(value, path)
        }
      case "unit": limit.unit = try string(value, path)
      case "forbidden": limit.forbidden = try string(value, path)
      default: limit.source = try source(value, path)
      }
    }
    return limit
  }

  mutating func sourced(_ node: Node, _ field: String, range: Bool = false)
    throws(PlatformFileError) -> PlatformDocument.Sourced
  {
    var sourced = PlatformDocument.Sourced()
    for (key, value, path) in try mapping(node, field, known: ["value", "limit", "source"]) {
      switch key {
      case "value":
        if range {
          sourced.range = try pair(value, path)
        } else {
          sourced.value = try string(value, path)
        }
      case "limit": sourced.limit = try positive(value, path)
      default: sourced.source = try source(value, path)
      }
    }
    return sourced
  }

  mutating func post(_ node: Node, _ field: String) throws(PlatformFileError)
    -> PlatformDocument.Post
  {
    var post = PlatformDocument.Post()
    let known = [
      "text", "secondary", "title", "url-weight", "mentions", "hashtag-cap", "hashtag-advice",
      "mention-cap", "link-cap", "links", "shape", "hashtags-at-end", "note", "alt-text",
    ]
    for (key, value, path) in try mapping(node, field, known: known) {
      switch key {
      case "text": post.text = try limit(value, path)
      case "secondary": post.secondary = try limit(value, path)
      case "title": post.title = try limit(value, path)
      case "alt-text": post.altText = try limit(value, path)
      case "url-weight": post.urlWeight = try sourced(value, path)
      case "mentions": post.mentions = try sourced(value, path)
      case "hashtag-cap": post.hashtagCap = try sourced(value, path)
      case "hashtag-advice": post.hashtagAdvice = try sourced(value, path, range: true)
      case "mention-cap": post.mentionCap = try sourced(value, path)
      case "link-cap": post.linkCap = try sourced(value, path)
      case "links": post.links = try sourced(value, path)
      case "shape": post.shape = try string(value, path)
      case "hashtags-at-end": post.hashtagsAtEnd = try bool(value, path)
      default: post.note = try texts(value, path)
      }
    }
    return post
  }

  mutating func sources(_ node: Node, _ field: String) throws(PlatformFileError)
    -> [PlatformDocument.SourceEntry]
  {
    guard let mapping = node.mapping else {
      throw fail(node, field, "notSources")
    }
    var entries: [PlatformDocument.SourceEntry] = []
    for (keyNode, value) in mapping {
      let id = keyNode.string ?? ""
      let path = "\(field).\(id)"
      var entry = PlatformDocument.SourceEntry(
        id: id, short: nil, citation: nil, kind: nil, checked: nil,
        line: keyNode.mark?.line ?? 0)
      for (key, item, itemPath) in try self.mapping(
        value, path, known: ["short", "citation", "kind", "checked", "reference"])
      {
        if key == "reference" {
          var reference = PlatformDocument.ReferenceEntry(
            publisher: nil, title: nil, year: nil, url: nil)
          for (field, node, fieldPath) in try self.mapping(
            item, itemPath, known: ["publisher", "title", "title-fr", "year", "url"])
          {
            let text = try string(node, fieldPath)
            switch field {
            case "publisher": reference.publisher = text
            case "title": reference.title = text
            case "title-fr": reference.frenchTitle = text
            case "year": reference.year = text
            default: reference.url = text
            }
          }
          entry.reference = reference
          continue
        }
        let text = try string(item, itemPath)
        switch key {
        case "short": entry.short = text
        case "citation": entry.citation = text
        case "kind": entry.kind = text
        default: entry.checked = text
        }
      }
      entries.append(entry)
    }
    return entries
  }
}
