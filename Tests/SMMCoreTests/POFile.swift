import Foundation

/// A gettext catalog read from the source tree, for the tests that compare it with the tables
/// `scripts/gen-strings` generated from it: the header fields and the entries in file order.
struct POFile {
  /// One entry: its key (`msgctxt`), English source, translations and flags.
  struct Entry {
    var key = ""
    var msgid = ""
    var msgidPlural: String?
    var msgstr: String?
    var forms: [String] = []
    var flags: [String] = []
    var comments: [String] = []

    /// The placeholder named by the `smm-count:NAME` flag of a plural entry.
    var count: String? {
      flags.first { $0.hasPrefix("smm-count:") }.map { String($0.dropFirst("smm-count:".count)) }
    }
  }

  var header: [String: String] = [:]
  var entries: [Entry] = []

  /// The catalog at `path` relative to the package root (`po/fr.po`).
  static func load(_ path: String) throws -> POFile {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    return POFile(parsing: text)
  }

  /// `nplurals` and the `plural=` expression of the `Plural-Forms` header.
  var pluralForms: (count: Int, rule: String)? {
    guard let value = header["Plural-Forms"],
      let count = value.split(separator: ";").first?.split(separator: "=").last
        .flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
      let start = value.range(of: "plural=")
    else { return nil }
    var rule = value[start.upperBound...].trimmingCharacters(in: .whitespaces)
    if rule.hasSuffix(";") { rule.removeLast() }
    return (count, rule.trimmingCharacters(in: .whitespaces))
  }

  init(parsing text: String) {
    for block in text.components(separatedBy: "\n\n") {
      var entry = Entry()
      var fields: [String: String] = [:]
      var field = ""
      for line in block.split(separator: "\n").map(String.init) {
        if line.hasPrefix("#.") {
          entry.comments.append(line.dropFirst(2).trimmingCharacters(in: .whitespaces))
        } else if line.hasPrefix("#,") {
          entry.flags += line.dropFirst(2).split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
          }
        } else if line.hasPrefix("#") {
          continue
        } else if line.hasPrefix("\"") {
          fields[field, default: ""] += Self.unquote(line)
        } else if let space = line.firstIndex(of: " ") {
          field = String(line[..<space])
          fields[field] = Self.unquote(String(line[line.index(after: space)...]))
        }
      }
      guard let key = fields["msgctxt"] else {
        if fields["msgid"] == "", let lines = fields["msgstr"] {
          for line in lines.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            header[String(line[..<colon])] = line[line.index(after: colon)...]
              .trimmingCharacters(in: .whitespaces)
          }
        }
        continue
      }
      entry.key = key
      entry.msgid = fields["msgid"] ?? ""
      entry.msgidPlural = fields["msgid_plural"]
      entry.msgstr = fields["msgstr"]
      var index = 0
      while let form = fields["msgstr[\(index)]"] {
        entry.forms.append(form)
        index += 1
      }
      entries.append(entry)
    }
  }

  /// The value of a quoted PO string: `"a \"b\"\n"` → `a "b"` and a new line.
  static func unquote(_ quoted: String) -> String {
    let inner = quoted.trimmingCharacters(in: .whitespaces).dropFirst().dropLast()
    var out = ""
    var escaping = false
    for character in inner {
      if escaping {
        switch character {
        case "n": out.append("\n")
        case "t": out.append("\t")
        case "r": out.append("\r")
        default: out.append(character)
        }
        escaping = false
      } else if character == "\\" {
        escaping = true
      } else {
        out.append(character)
      }
    }
    return out
  }
}
