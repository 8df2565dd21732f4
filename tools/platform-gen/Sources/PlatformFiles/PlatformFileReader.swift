import Yams

/// Reads a platform file's YAML into a `PlatformDocument`, with the line of every field, and
/// refuses unknown fields and values of the wrong type with the file, line and field.
public enum PlatformFileReader {
  /// The document in `yaml`, read from `path`.
  public static func read(_ yaml: String, path: String) throws(PlatformFileError)
    -> PlatformDocument
  {
    let root: Node?
    do {
      root = try Yams.compose(yaml: yaml)
    } catch {
      throw PlatformFileError(
        path: path, line: Self.line(of: error), field: nil,
        .init("invalidYAML", ["reason": Self.reason(of: error)]))
    }
    var document = PlatformDocument(path: path)
    guard let root else { return document }
    var walker = Walker(path: path)
    try walker.read(root, into: &document)
    document.lines = walker.lines
    return document
  }

  static func line(of error: any Error) -> Int? {
    if let yamlError = error as? YamlError {
      switch yamlError {
      case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
        return mark.line
      default: return nil
      }
    }
    return nil
  }

  static func reason(of error: any Error) -> String {
    if let yamlError = error as? YamlError {
      switch yamlError {
      case .scanner(_, let problem, _, _), .parser(_, let problem, _, _),
        .composer(_, let problem, _, _):
        return problem
      default: break
      }
    }
    return "\(error)".split(separator: "\n").first.map(String.init) ?? "\(error)"
  }
}

/// Walks the YAML nodes, recording each field's line under its dotted path.
struct Walker {
  let path: String
  var lines: [String: Int] = [:]

  init(path: String) { self.path = path }

  func fail(_ node: Node?, _ field: String?, _ key: String, _ values: [String: String] = [:])
    -> PlatformFileError
  {
    PlatformFileError(path: path, line: node?.mark?.line, field: field, .init(key, values))
  }

  /// The fields of the mapping `node` at `field`, checked against `known`.
  mutating func mapping(_ node: Node, _ field: String?, known: [String]) throws(PlatformFileError)
    -> [(key: String, value: Node, path: String)]
  {
    guard let mapping = node.mapping else {
      throw fail(node, field, "notMapping")
    }
    var result: [(key: String, value: Node, path: String)] = []
    for (keyNode, value) in mapping {
      let key = keyNode.string ?? ""
      let path = field.map { "\($0).\(key)" } ?? key
      guard known.contains(key) else {
        throw fail(
          keyNode, path,
          "unknownField", ["known": known.joined(separator: ", ")])
      }
      lines[path] = keyNode.mark?.line ?? value.mark?.line
      result.append((key, value, path))
    }
    return result
  }

  func string(_ node: Node, _ field: String) throws(PlatformFileError) -> String {
    guard let scalar = node.scalar else {
      throw fail(node, field, "notText")
    }
    return scalar.string
  }

  func int(_ node: Node, _ field: String) throws(PlatformFileError) -> Int {
    guard let scalar = node.scalar, let value = Int(scalar.string.replacingUnderscores()) else {
      throw fail(node, field, "notWholeNumber")
    }
    return value
  }

  func bool(_ node: Node, _ field: String) throws(PlatformFileError) -> Bool {
    switch node.scalar?.string {
    case "true": return true
    case "false": return false
    default: throw fail(node, field, "notBool")
    }
  }

  func double(_ node: Node, _ field: String) throws(PlatformFileError) -> Double {
    guard let scalar = node.scalar, let value = Double(scalar.string.replacingUnderscores())
    else {
      throw fail(node, field, "notNumber")
    }
    return value
  }

  func strings(_ node: Node, _ field: String) throws(PlatformFileError) -> [String] {
    guard let sequence = node.sequence else {
      throw fail(node, field, "notList")
    }
    var result: [String] = []
    for item in sequence { result.append(try string(item, field)) }
    return result
  }

  func pair(_ node: Node, _ field: String) throws(PlatformFileError) -> [Int] {
    guard let sequence = node.sequence, sequence.count == 2 else {
      throw fail(node, field, "notPair")
    }
    var result: [Int] = []
    for item in sequence { result.append(try int(item, field)) }
    guard result[0] <= result[1] else {
      throw fail(node, field, "pairOrder")
    }
    return result
  }

  func items(_ node: Node, _ field: String) throws(PlatformFileError) -> [Node] {
    guard let sequence = node.sequence else {
      throw fail(node, field, "notEntries")
    }
    return Array(sequence)
  }

  mutating func texts(_ node: Node, _ field: String) throws(PlatformFileError)
    -> PlatformDocument.Texts
  {
    var texts = PlatformDocument.Texts(en: nil, fr: nil)
    for (key, value, path) in try mapping(node, field, known: ["en", "fr"]) {
      if key == "en" {
        texts.en = try string(value, path)
      } else {
        texts.fr = try string(value, path)
      }
    }
    return texts
  }

  func source(_ node: Node, _ field: String) throws(PlatformFileError)
    -> PlatformDocument.SourceRef
  {
    PlatformDocument.SourceRef(id: try string(node, field), line: node.mark?.line ?? 0)
  }
}

extension String {
  /// The number without its `_` digit separators (`63_206`).
  func replacingUnderscores() -> String { filter { $0 != "_" } }
}
