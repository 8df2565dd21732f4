import SMMCore

/// Turns a brand's log into a template (`/save FILE --template`): every name the brand had
/// becomes `{{brand}}`, so `smm run FILE --set brand=NAME` builds the same plan for a new client.
enum BrandTemplate {
  /// `command` with a literal `{{` written `{\{`, which the tokenizer reads back as `{{` and
  /// ``ScriptTemplate`` does not take for a placeholder. Text blocks are left as they are.
  static func literal(_ command: String) -> String {
    guard command.contains("{{"), !command.contains("\"\"\"") else { return command }
    return command.replacingEvery("{{", with: "{\\{")
  }

  /// The log's commands with the brand's names (from `/new` and each `/rename`) replaced by
  /// `{{brand}}`; renames go, since every name is now the one given with `--set`.
  static func make(_ commands: [String]) -> [String] {
    var names: [String] = []
    var kept: [String] = []
    for command in commands {
      if command.hasPrefix("/new ") || command.hasPrefix("/rename ") {
        if let tokens = try? Tokenizer.tokenize(command), tokens.count > 1 {
          names.append(tokens.dropFirst().map(\.text).joined(separator: " "))
        }
        if command.hasPrefix("/rename ") { continue }
      }
      kept.append(command)
    }
    // Longer names first, so a name that holds another one is replaced whole.
    let forms = Set(names).sorted { $0.count > $1.count }.flatMap { name -> [(String, String)] in
      let quoted = CommandText.quote(name)
      let escaped = String(quoted.dropFirst().dropLast())
      // The name as a whole quoted argument, then inside a longer quoted text or bare.
      return quoted == name
        ? [(name, "{{brand}}")] : [(quoted, "\"{{brand}}\""), (escaped, "{{brand}}")]
    }
    return kept.map { command in
      var text = command
      for (form, placeholder) in forms { text = text.replacingWords(form, with: placeholder) }
      return text
    }
  }
}

extension String {
  /// Every occurrence of `target` replaced.
  fileprivate func replacingEvery(_ target: String, with replacement: String) -> String {
    var out = ""
    var rest = Substring(self)
    while let range = rest.firstRange(of: target) {
      out += rest[..<range.lowerBound]
      out += replacement
      rest = rest[range.upperBound...]
    }
    return out + rest
  }

  /// Occurrences of `target` that do not sit inside a longer word, replaced.
  fileprivate func replacingWords(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var out = ""
    var rest = Substring(self)
    while let range = rest.firstRange(of: target) {
      let before =
        range.lowerBound > rest.startIndex ? rest[rest.index(before: range.lowerBound)] : nil
      let after = range.upperBound < rest.endIndex ? rest[range.upperBound] : nil
      let joined = { (c: Character?) in c.map { $0.isLetter || $0.isNumber } ?? false }
      let wordy = { (c: Character?) in c.map { $0.isLetter || $0.isNumber } ?? false }
      if (joined(before) && wordy(target.first)) || (joined(after) && wordy(target.last)) {
        out += rest[..<range.upperBound]
      } else {
        out += rest[..<range.lowerBound]
        out += replacement
      }
      rest = rest[range.upperBound...]
    }
    return out + rest
  }
}
