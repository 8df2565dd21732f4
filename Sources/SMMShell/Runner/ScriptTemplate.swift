import SMMCore

/// `{{NAME}}` placeholders in a script, filled with `smm run FILE --set NAME=VALUE`.
///
/// A value is inserted so that the line reads it back as exactly that text, whatever it holds:
/// inside `"…"` its quotes and backslashes are escaped, inside `'…'` likewise, in a bare word
/// of a command it is quoted when it needs to be (`{{brand}}` given `Chez Paul` becomes
/// `"Chez Paul"`), and in free text or a `"""` block it goes in as it is. Comment lines are left
/// as they are. A value cannot hold a line break or a control character, and a value inside a
/// `"""` block cannot hold `"""`.
package enum ScriptTemplate {
  /// One placeholder found in a script: its name and the 1-based line it is on.
  package struct Placeholder: Equatable, Sendable {
    /// The name between the braces, spaces trimmed.
    package var name: String
    /// The physical line it sits on.
    package var line: Int

    /// Creates a placeholder found at `line`.
    package init(name: String, line: Int) {
      self.name = name
      self.line = line
    }
  }

  /// Why a script cannot be filled.
  package enum Problem: Error, Equatable, Sendable {
    /// `{{name}}` at `line` has no value.
    case unfilled(name: String, line: Int)
    /// The value of `name` cannot go where the placeholder at `line` stands.
    case unusableValue(name: String, line: Int, reason: Refusal)

    /// The line it is about.
    package var line: Int {
      switch self {
      case .unfilled(_, let line), .unusableValue(_, let line, _): return line
      }
    }

    /// What went wrong and how to fix it, in the session's language.
    package func message(_ strings: Strings) -> String {
      switch self {
      case .unfilled(let name, _):
        return strings.format(
          "template.unfilled", ["name": .text(name), "placeholder": .text("{{\(name)}}")])
      case .unusableValue(let name, _, let reason):
        let why: String
        switch reason {
        case .control(let character):
          why = strings.format("template.reason.control", ["character": .text(character)])
        case .lineBreak: why = strings("template.reason.lineBreak")
        case .blockEnd: why = strings("template.reason.blockEnd")
        }
        return strings.format(
          "template.unusable",
          ["name": .text(name), "placeholder": .text("{{\(name)}}"), "reason": .text(why)])
      }
    }
  }

  /// Why a value cannot be written where its placeholder stands.
  package enum Refusal: Error, Equatable, Sendable {
    /// It holds a control character (named as `U+001B ESC`).
    case control(String)
    /// It holds a line break.
    case lineBreak
    /// It holds `"""` and stands inside a text block.
    case blockEnd
  }

  /// Where a placeholder stands, which says how its value is written.
  enum Context {
    case bareWord, doubleQuoted, singleQuoted, textBlock, freeText
  }

  /// The placeholders of `lines` (comment lines excepted), in order.
  package static func placeholders(in lines: [String]) -> [Placeholder] {
    var found: [Placeholder] = []
    scan(lines) { name, _, line in
      found.append(Placeholder(name: name, line: line))
      return nil
    }
    return found
  }

  /// `lines` with every placeholder replaced by its value from `values`.
  /// - Throws: ``Problem`` for the first placeholder without a value or with a value that
  ///   cannot stand where it is; nothing is filled then.
  package static func fill(_ lines: [String], with values: [String: String]) throws(Problem)
    -> [String]
  {
    var problem: Problem?
    let filled = scan(lines) { name, context, line in
      guard problem == nil else { return "" }
      guard let value = values[name] else {
        problem = .unfilled(name: name, line: line)
        return ""
      }
      switch Result(catching: { () throws(Refusal) -> String in try written(value, in: context) }) {
      case .success(let text): return text
      case .failure(let reason):
        problem = .unusableValue(name: name, line: line, reason: reason)
        return ""
      }
    }
    if let problem { throw problem }
    return filled
  }

  static func written(_ value: String, in context: Context) throws(Refusal) -> String {
    if value.unicodeScalars.contains("\n") { throw .lineBreak }
    if let scalar = value.unicodeScalars.first(where: ControlCharacters.isForbidden) {
      throw .control(ControlCharacters.name(of: scalar))
    }
    switch context {
    case .freeText: return value
    case .textBlock:
      if value.contains("\"\"\"") { throw .blockEnd }
      return value
    case .bareWord: return CommandText.quote(value)
    case .doubleQuoted: return escaped(value, quote: "\"")
    case .singleQuoted: return escaped(value, quote: "'")
    }
  }

  private static func escaped(_ value: String, quote: Character) -> String {
    var out = ""
    for character in value {
      if character == "\\" || character == quote { out.append("\\") }
      out.append(character)
    }
    return out
  }

  /// Walks `lines` as the line assembler reads them, calling `replace` for each placeholder
  /// with its name, context and line; a non-nil answer replaces it.
  @discardableResult
  static func scan(
    _ lines: [String], _ replace: (String, Context, Int) -> String?
  ) -> [String] {
    var output: [String] = []
    output.reserveCapacity(lines.count)
    var inBlock = false
    var continuing = false
    for (index, line) in lines.enumerated() {
      let number = index + 1
      guard line.contains("{{") || line.contains("\"") || line.contains("'") || line.hasSuffix("\\")
      else {
        if !inBlock { continuing = false }
        output.append(line)
        continue
      }
      let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
      if !inBlock && !continuing && (trimmed.isEmpty || trimmed.first == "#") {
        output.append(line)
        continue
      }
      let isCommand = inBlock || continuing || trimmed.first == "/"
      if !isCommand {
        output.append(substitute(line, number: number, context: { _ in .freeText }, replace))
        continue
      }
      // A command: follow its quotes to know where each placeholder stands.
      let characters = Array(line)
      var contexts: [Int: Context] = [:]
      var position = 0
      var quote: Character?
      while position < characters.count {
        let character = characters[position]
        if inBlock {
          if line.hasTriple(at: position, in: characters) {
            inBlock = false
            position += 3
            continue
          }
        } else if let open = quote {
          if character == "\\" {
            position += 2
            continue
          }
          if character == open { quote = nil }
        } else if character == "\\" {
          position += 2
          continue
        } else if line.hasTriple(at: position, in: characters) {
          inBlock = true
          position += 3
          continue
        } else if character == "\"" || character == "'" {
          quote = character
        }
        if character == "{" && position + 1 < characters.count && characters[position + 1] == "{" {
          contexts[position] =
            inBlock
            ? .textBlock : quote == "\"" ? .doubleQuoted : quote == "'" ? .singleQuoted : .bareWord
        }
        position += 1
      }
      continuing = !inBlock && line.hasSuffix("\\")
      output.append(
        substitute(line, number: number, context: { contexts[$0] ?? .bareWord }, replace))
    }
    return output
  }

  /// `line` with each `{{NAME}}` replaced; `context` gives the context at a character offset.
  private static func substitute(
    _ line: String, number: Int, context: (Int) -> Context,
    _ replace: (String, Context, Int) -> String?
  ) -> String {
    let characters = Array(line)
    var out = ""
    var position = 0
    while position < characters.count {
      if characters[position] == "{", position + 1 < characters.count,
        characters[position + 1] == "{",
        let close = closing(characters, from: position + 2)
      {
        let name = String(characters[(position + 2)..<close]).trimmingSpaces
        if isName(name) {
          if let value = replace(name, context(position), number) {
            out += value
          } else {
            out += String(characters[position..<(close + 2)])
          }
          position = close + 2
          continue
        }
      }
      out.append(characters[position])
      position += 1
    }
    return out
  }

  private static func closing(_ characters: [Character], from start: Int) -> Int? {
    var index = start
    while index + 1 < characters.count {
      if characters[index] == "}" && characters[index + 1] == "}" { return index }
      if characters[index] == "{" || characters[index] == "\"" { return nil }
      index += 1
    }
    return nil
  }

  /// A placeholder name: a letter or `_`, then letters, digits, `_`, `-` or `.`.
  package static func isName(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first,
      first.properties.isAlphabetic || first == "_"
    else { return false }
    return name.unicodeScalars.allSatisfy {
      $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" || $0 == "."
    }
  }
}

extension String {
  fileprivate func hasTriple(at position: Int, in characters: [Character]) -> Bool {
    position + 2 < characters.count && characters[position] == "\""
      && characters[position + 1] == "\"" && characters[position + 2] == "\""
  }

  fileprivate var trimmingSpaces: String {
    var text = Substring(self)
    while text.first == " " { text.removeFirst() }
    while text.last == " " { text.removeLast() }
    return String(text)
  }
}
