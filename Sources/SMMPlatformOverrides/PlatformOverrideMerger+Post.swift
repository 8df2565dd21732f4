import PlatformFiles
import SMMCore

extension PlatformOverrideMerger {
  /// The dotted path of a field under `post`.
  static func post(_ field: String) -> String { ["post", field].joined(separator: ".") }

  mutating func apply(_ post: PlatformDocument.Post) throws(PlatformFileError) {
    var rules = entry.post
    if let text = post.text { rules.text = try limit(text, over: rules.text, Self.post("text")) }
    if let secondary = post.secondary {
      rules.secondary = try limit(secondary, over: rules.secondary, Self.post("secondary"))
    }
    if let title = post.title {
      rules.title = try limit(title, over: rules.title, Self.post("title"))
    }
    if let altText = post.altText {
      rules.altText = try limit(altText, over: rules.altText, Self.post("alt-text"))
    }
    if let value = post.urlWeight {
      rules.urlWeight = try count(value, over: rules.urlWeight, Self.post("url-weight"))
    }
    if let value = post.hashtagCap {
      rules.hashtagCap = try count(value, over: rules.hashtagCap, Self.post("hashtag-cap"))
    }
    if let value = post.mentionCap {
      rules.mentionCap = try count(value, over: rules.mentionCap, Self.post("mention-cap"))
    }
    if let value = post.linkCap {
      rules.linkCap = try count(value, over: rules.linkCap, Self.post("link-cap"))
    }
    if let value = post.mentions {
      let counting = try value.value.map { raw throws(PlatformFileError) in
        guard let counting = MentionCounting(rawValue: raw) else {
          throw error(
            Self.post("mentions.value"), "unknownValue",
            ["value": raw, "allowed": "asWritten, userPartOnly"])
        }
        return counting
      }
      rules.mentions = try sourced(
        counting ?? rules.mentions?.value, value, Self.post("mentions"))
    }
    if let value = post.hashtagAdvice {
      let range = value.range.map { $0[0]...$0[1] }
      rules.hashtagAdvice = try sourced(
        range ?? rules.hashtagAdvice?.value, value, Self.post("hashtag-advice"))
    }
    if let value = post.links {
      let behaviour = try value.value.map { raw throws(PlatformFileError) in
        try linkBehaviour(raw, limit: value.limit)
      }
      let sourcedLinks = try sourced(behaviour ?? rules.links.value, value, Self.post("links"))
      rules.links = try required(sourcedLinks, Self.post("links.value"))
    }
    if let shape = post.shape {
      rules.shape = try value(shape, Self.post("shape"), PostShape.self)
    }
    if let atEnd = post.hashtagsAtEnd { rules.hashtagsAtEnd = atEnd }
    if let note = post.note {
      let english = note.en ?? rules.note
      rules.note = english
      rules.frenchNote = note.fr ?? rules.frenchNote ?? english
    }
    entry.post = rules
  }

  func linkBehaviour(_ raw: String, limit: Int?) throws(PlatformFileError) -> LinkBehaviour {
    switch raw {
    case "clickable": return .clickable
    case "notClickable": return .notClickable
    case "unknown": return .unknown
    case "separateField":
      return .separateField(limit: try required(limit, Self.post("links.limit")))
    default:
      throw error(
        Self.post("links.value"),
        "unknownValue",
        ["value": raw, "allowed": "clickable, notClickable, separateField, unknown"])
    }
  }

  /// `value` over `old`, with the file's source (or the file itself) when the file sets it.
  func sourced<T>(_ value: T?, _ given: PlatformDocument.Sourced, _ field: String)
    throws(PlatformFileError) -> Sourced<T>?
  {
    guard let value else {
      throw error(field + ".value", "missingValue")
    }
    return Sourced(value, source: try source(given.source, field + ".source"))
  }

  func count(_ given: PlatformDocument.Sourced, over old: Sourced<Int>?, _ field: String)
    throws(PlatformFileError) -> Sourced<Int>?
  {
    let number = try given.value.map { text throws(PlatformFileError) in
      guard let number = Int(text.filter { $0 != "_" }), number >= 0 else {
        throw error(field + ".value", "notCount")
      }
      return number
    }
    return try sourced(number ?? old?.value, given, field)
  }

  func limit(_ given: PlatformDocument.Limit, over old: PostLimit?, _ field: String)
    throws(PlatformFileError) -> PostLimit
  {
    let unit: CountingUnit
    if let raw = given.unit {
      unit = try value(raw, field + ".unit", CountingUnit.self)
    } else {
      unit = try required(old?.unit, field + ".unit")
    }
    let name: String
    if let given = given.field {
      name = given
    } else {
      name = try required(old?.field, field + ".field")
    }
    return PostLimit(
      field: name,
      limit: given.noLimit ? nil : given.limit ?? old?.limit, unit: unit,
      forbidden: given.forbidden.map(Array.init) ?? old?.forbidden ?? [],
      source: try source(given.source, field + ".source"), setting: given.setting ?? old?.setting)
  }
}
