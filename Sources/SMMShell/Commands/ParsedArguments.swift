/// A command's words checked against its spec: positional values and the options given.
public struct ParsedArguments: Sendable {
  /// Positional values, one per declared argument given (a rest argument joins its words).
  public var values: [String]
  /// The options given, with their dashes.
  public var flags: Set<String>

  /// Checks `tokens` (the words after the command name) against `spec`.
  /// - Throws: ``ShellError/unknownFlag(command:flag:suggestion:)`` or
  ///   ``ShellError/wrongArgumentCount(command:got:usage:)``.
  public init(_ tokens: ArraySlice<Token>, spec: CommandSpec) throws(ShellError) {
    var words: [String] = []
    var flags = Set<String>()
    for token in tokens {
      if !token.wasQuoted && token.text.hasPrefix("--") && token.text.count > 2 {
        guard spec.flags.contains(where: { $0.name == token.text }) else {
          let suggestion = Suggestions.closest(to: token.text, in: spec.flags.map(\.name)).first
          throw .unknownFlag(command: spec.name, flag: token.text, suggestion: suggestion)
        }
        flags.insert(token.text)
      } else {
        words.append(token.text)
      }
    }
    let required = spec.arguments.filter { !$0.isOptional }.count
    let takesRest = spec.arguments.last?.takesRest ?? false
    if words.count < required || (!takesRest && words.count > spec.arguments.count) {
      throw .wrongArgumentCount(
        command: spec.name, got: words.count, minimum: required,
        maximum: takesRest ? nil : spec.arguments.count, usage: spec.usage)
    }
    if takesRest && words.count > spec.arguments.count {
      let fixed = spec.arguments.count - 1
      values = Array(words[..<fixed]) + [words[fixed...].joined(separator: " ")]
    } else {
      values = words
    }
    self.flags = flags
  }

  /// The value at `index`, or nil when the optional argument was left out.
  public subscript(_ index: Int) -> String? {
    index < values.count ? values[index] : nil
  }
}
