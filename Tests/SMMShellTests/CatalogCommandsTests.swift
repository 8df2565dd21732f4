import Foundation
import SMMCore
import SMMShell
import Testing

/// The commands still written inside catalog sentences (usage, help and error texts, and the
/// guidance not yet given a placeholder): each names a real command of the registry with
/// options it has, and a translation names the same commands as the English text.
struct CatalogCommandsTests {
  /// A command named in a sentence: its path and the options written after it.
  struct Mention: Hashable, Comparable, CustomStringConvertible {
    var path: [String]
    var options: [String]

    var description: String {
      (["/" + path.joined(separator: " ")] + options).joined(separator: " ")
    }

    static func < (left: Mention, right: Mention) -> Bool { left.description < right.description }
  }

  /// The texts of a catalog by key (every plural form), read from `po/CODE.po`.
  static func catalog(_ code: String) throws -> [String: [String]] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let text = try String(
      contentsOf: root.appendingPathComponent("po/\(code).po"), encoding: .utf8)
    var texts: [String: [String]] = [:]
    for block in text.components(separatedBy: "\n\n") {
      var fields: [String: String] = [:]
      var field = ""
      for line in block.split(separator: "\n").map(String.init) where !line.hasPrefix("#") {
        if line.hasPrefix("\"") {
          fields[field, default: ""] += unquote(line)
        } else if let space = line.firstIndex(of: " ") {
          field = String(line[..<space])
          fields[field] = unquote(String(line[line.index(after: space)...]))
        }
      }
      guard let key = fields["msgctxt"] else { continue }
      texts[key] = fields.filter { $0.key.hasPrefix("msgstr") }.sorted { $0.key < $1.key }.map(
        \.value)
    }
    return texts
  }

  static func unquote(_ quoted: String) -> String {
    var out = ""
    var escaped = false
    for character in quoted.dropFirst().dropLast() {
      if escaped {
        out.append(character == "n" ? "\n" : character == "t" ? "\t" : character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else {
        out.append(character)
      }
    }
    return out
  }

  /// The commands `text` names: a `/` that starts a word, then the words that name
  /// subcommands, then the `--options` written before the clause ends.
  static func mentions(_ text: String) -> [Mention] {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    var found: [Mention] = []
    var index = 0
    while index < words.count {
      var word = words[index]
      for opener in ["(", "«", "\"", "'", "`", "→"] where word.hasPrefix(opener) {
        word.removeFirst(opener.count)
      }
      index += 1
      guard word.hasPrefix("/"), let first = word.dropFirst().first, first.isLetter,
        first.isLowercase
      else { continue }
      var path = [trimmed(String(word.dropFirst()))]
      var ended = endsClause(word)
      while !ended, index < words.count {
        let next = trimmed(words[index])
        guard let spec = CommandRegistry.spec(at: path), spec.subcommand(named: next) != nil
        else { break }
        path.append(next)
        ended = endsClause(words[index])
        index += 1
      }
      var options: [String] = []
      var scan = index
      while !ended, scan < words.count, !words[scan].hasPrefix("/") {
        let next = trimmed(words[scan])
        let option = next.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if option.hasPrefix("--") { options.append(option) }
        ended = endsClause(words[scan])
        scan += 1
      }
      found.append(Mention(path: path, options: options))
    }
    return found
  }

  /// `word` without the punctuation that ends a clause, quotes and brackets.
  static func trimmed(_ word: String) -> String {
    var word = word
    while let last = word.last, ",.;:!?)»\"'`]".contains(last) || last == "\u{A0}" {
      word.removeLast()
    }
    return word
  }

  /// Whether `word` ends a clause (`,`, `.`, `;`, `:`, `)`…), past closing quotes and brackets.
  static func endsClause(_ word: String) -> Bool {
    var word = word
    while let last = word.last, "\"'`]".contains(last) { word.removeLast() }
    guard let last = word.last else { return false }
    return ",.;:!?)»".contains(last) || last == "\u{A0}"
  }

  /// What is wrong with `mention`: a path the registry does not know, or an option its
  /// command does not take; nil when it resolves.
  static func problem(_ mention: Mention) -> String? {
    guard let spec = CommandRegistry.spec(at: mention.path) else {
      return "\(mention): no such command"
    }
    // A group named alone (`/crisis risk takes add NAME --type T`): the options of its leaves.
    let known = Set(spec.leaves.flatMap(\.flags).map(\.name))
    let unknown = mention.options.filter { !known.contains($0) }
    return unknown.isEmpty ? nil : "\(mention): \(unknown.joined(separator: ", ")) unknown"
  }

  @Test func everyCommandInACatalogSentenceResolves() throws {
    var problems: [String] = []
    var count = 0
    for code in ["en", "fr"] {
      for (key, texts) in try Self.catalog(code) {
        for mention in texts.flatMap(Self.mentions) {
          count += 1
          if let problem = Self.problem(mention) { problems.append("\(code) \(key): \(problem)") }
        }
      }
    }
    #expect(count > 0, "the catalogs still show the syntax in usage, help and error texts")
    #expect(problems.sorted() == [])
  }

  @Test func aTranslationNamesTheSameCommands() throws {
    let english = try Self.catalog("en")
    var differences: [String] = []
    for (key, texts) in try Self.catalog("fr") {
      let french = texts.flatMap(Self.mentions).sorted()
      let source = (english[key] ?? []).flatMap(Self.mentions).sorted()
      if Set(french) != Set(source) {
        differences.append("\(key): en \(source), fr \(french)")
      }
    }
    #expect(differences.sorted() == [])
  }

  @Test func mentionsAreReadUpToTheEndOfTheClause() {
    #expect(
      Self.mentions("run /spaces recommend, then /crisis risk add \"x\" --likelihood 3.")
        == [
          Mention(path: ["spaces", "recommend"], options: []),
          Mention(path: ["crisis", "risk", "add"], options: ["--likelihood"]),
        ])
    #expect(Self.mentions("a path like a/b or https://x.org/y is no command") == [])
    #expect(Self.problem(Mention(path: ["spaces"], options: [])) == nil)
    #expect(Self.problem(Mention(path: ["spaces", "nowhere"], options: [])) != nil)
    #expect(Self.problem(Mention(path: ["nowhere"], options: [])) != nil)
    #expect(Self.problem(Mention(path: ["crisis", "triage"], options: ["--speed"])) != nil)
  }
}
