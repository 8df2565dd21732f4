import SMMCore

/// A command's words checked against its spec: positional values and the options given.
package struct ParsedArguments: Sendable, Equatable {
  /// Positional values, one per declared argument given (a rest argument joins its words; a
  /// variadic one keeps each word as a value).
  package var values: [String]
  /// The positional words as given, before a rest argument joins them.
  package var words: [String]
  /// The options given, with their dashes.
  package var flags: Set<String>
  /// The values of options that take one (`--tag brand` → `["--tag": "brand"]`).
  package var options: [String: String]

  /// Arguments as a command logs them: `values` positional, `options` with their values and
  /// `flags` the switches given.
  package init(
    _ values: [String] = [], options: [String: String] = [:], flags: Set<String> = []
  ) {
    self.values = values
    self.words = values
    self.options = options
    self.flags = flags
  }

  /// Checks `tokens` (the words after the command name) against `spec`.
  /// - Throws: ``ShellError/unknownFlag(command:flag:suggestion:)`` or
  ///   ``ShellError/wrongArgumentCount(command:got:usage:)``.
  package init(_ tokens: ArraySlice<Token>, spec: CommandSpec) throws(ShellError) {
    var words: [String] = []
    var flags = Set<String>()
    var options: [String: String] = [:]
    var index = tokens.startIndex
    while index < tokens.endIndex {
      let token = tokens[index]
      index += 1
      if !token.wasQuoted && token.text.hasPrefix("--") && token.text.count > 2 {
        guard let flag = spec.flags.first(where: { $0.name == token.text }) else {
          throw Self.unknownOption(token.text, spec: spec)
        }
        if let allowed = flag.values {
          guard index < tokens.endIndex else {
            throw .seeHelp(
              allowed.isEmpty
                ? Phrase("usage.flag.needsValue", text: ["flag": flag.name])
                : Phrase(
                  "usage.flag.needsValue.among",
                  text: ["flag": flag.name, "values": allowed.joined(separator: ", ")]),
              command: spec.root)
          }
          let value = allowed.isEmpty ? tokens[index].text : tokens[index].text.lowercased()
          index += 1
          guard allowed.isEmpty || allowed.contains(value) else {
            let hint: Phrase.Value =
              Suggestions.closest(to: value, in: allowed).first.map {
                .phrase(Phrase("error.didYouMean.one", text: ["name": $0]))
              } ?? .text("")
            throw .seeHelp(
              Phrase(
                "usage.flag.value",
                [
                  "flag": .text(flag.name), "values": .text(allowed.joined(separator: ", ")),
                  "value": .text(value), "hint": hint,
                ]),
              command: spec.root)
          }
          options[flag.name] = value
        } else {
          flags.insert(token.text)
        }
      } else {
        words.append(token.text)
      }
    }
    let required = spec.arguments.filter { !$0.isOptional }.count
    let takesRest = spec.arguments.last?.takesRest ?? false
    if words.count < required || (!takesRest && words.count > spec.arguments.count) {
      if let error = spec.countError { throw error }
      throw .wrongArgumentCount(
        command: spec.fullName, got: words.count, minimum: required,
        maximum: takesRest ? nil : spec.arguments.count, usage: spec.usage)
    }
    if spec.arguments.last?.isVariadic == true {
      values = words
    } else if takesRest && words.count > spec.arguments.count {
      let fixed = spec.arguments.count - 1
      values = Array(words[..<fixed]) + [words[fixed...].joined(separator: " ")]
    } else {
      values = words
    }
    self.words = words
    self.flags = flags
    self.options = options
  }

  /// An option `spec` does not take: a subcommand names the options it takes.
  static func unknownOption(_ option: String, spec: CommandSpec) -> ShellError {
    let names = spec.flags.map(\.name)
    let suggestion = Suggestions.closest(to: option, in: names).first
    guard spec.isSubcommand else {
      return .unknownFlag(command: spec.name, flag: option, suggestion: suggestion)
    }
    let hint: Phrase.Value =
      suggestion.map { .phrase(Phrase("error.didYouMean.one", text: ["name": $0])) } ?? .text("")
    guard !names.isEmpty else {
      return .usage(
        Phrase(
          "error.commandTree.noOptions",
          ["command": .text(spec.fullName), "flag": .text(option), "hint": hint]), usage: "")
    }
    return .usage(
      Phrase(
        "error.commandTree.unknownOption",
        [
          "command": .text(spec.fullName), "flag": .text(option), "hint": hint,
          "options": .text(names.joined(separator: ", ")),
        ]), usage: "")
  }

  /// The value at `index`, or nil when the optional argument was left out.
  package subscript(_ index: Int) -> String? {
    index < values.count ? values[index] : nil
  }
}
