import SMMCore

/// The one printer of canonical command text: the command's path, its positional values, then
/// its options in the order its spec declares them, each value quoted where it must be (a block
/// argument as a `"""` block).
///
/// Reading the text back with ``CommandRegistry/resolve(_:_:)`` gives the same arguments.
package enum CommandPrinter {
  /// `/crisis risk add "food poisoning" --type rumor --likelihood 3 --impact 3`.
  package static func line(_ spec: CommandSpec, _ arguments: ParsedArguments) -> String {
    var parts = ["/" + spec.fullName]
    for (index, value) in arguments.values.enumerated() {
      let argument =
        spec.arguments.isEmpty ? nil : spec.arguments[min(index, spec.arguments.count - 1)]
      parts.append(argument?.isBlock == true ? block(value) : CommandText.quote(value))
    }
    for flag in spec.flags {
      if flag.values != nil {
        if let value = arguments.options[flag.name] {
          parts += [flag.name, CommandText.quote(value)]
        }
      } else if arguments.flags.contains(flag.name) {
        parts.append(flag.name)
      }
    }
    return parts.joined(separator: " ")
  }

  /// `value` as a `"""` block: the opening and closing marks on their own lines, the text
  /// between as it is (the tokenizer drops the newline after the opening and the one before
  /// the closing). Text holding `"""` cannot sit in a block and is quoted instead.
  static func block(_ value: String) -> String {
    value.contains("\"\"\"") ? CommandText.quote(value) : "\"\"\"\n" + value + "\n\"\"\""
  }
}
