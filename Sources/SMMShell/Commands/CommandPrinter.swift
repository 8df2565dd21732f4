import SMMCore

/// The one printer of canonical command text: the command's path, its positional values, then
/// its options in the order its spec declares them, each value quoted where it must be.
///
/// Reading the text back with ``CommandRegistry/resolve(_:_:)`` gives the same arguments.
public enum CommandPrinter {
  /// `/crisis risk add "food poisoning" --type rumor --likelihood 3 --impact 3`.
  public static func line(_ spec: CommandSpec, _ arguments: ParsedArguments) -> String {
    var parts = ["/" + spec.fullName]
    parts += arguments.values.map(CommandText.quote)
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
}
