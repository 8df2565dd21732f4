/// Renders `/help` and `/help NAME` from the command specs, at a given width.
public enum HelpRenderer {
  /// The list of commands.
  public static func overview(width: Int) -> [String] {
    let specs = CommandRegistry.all.map { $0.spec }
    let left = specs.map { leftColumn($0) }
    // Long usages go on their own line rather than widening the column for everyone.
    let column = min((left.map(\.count).filter { $0 <= 24 }.max() ?? 0) + 2, width / 2)
    var lines = [
      "smm walks a brand through four steps: choose the spaces, adapt content,",
      "engage communities, prepare the crisis response.",
      "",
      "Commands (/help NAME for details):",
    ]
    for (spec, label) in zip(specs, left) {
      let head = "  " + TextWrap.pad(label, to: column)
      if head.count > column + 2 {
        lines.append("  " + label)
        lines += TextWrap.wrap(
          spec.abstract, width: width, firstIndent: String(repeating: " ", count: column + 2),
          indent: String(repeating: " ", count: column + 2))
      } else {
        lines += TextWrap.wrap(
          spec.abstract, width: width, firstIndent: head,
          indent: String(repeating: " ", count: column + 2))
      }
    }
    lines += [
      "",
      "Lines without / answer the question the shell asked. Quote text with spaces",
      "(\"Chez Paul\"), write long text between \"\"\" lines, end a line with \\ to go on.",
    ]
    return lines
  }

  /// One command in full.
  public static func detail(_ spec: CommandSpec, width: Int) -> [String] {
    var lines = TextWrap.wrap("/\(spec.name) — \(spec.abstract)", width: width)
    lines.append("")
    lines.append("Usage: \(spec.usage)")
    if !spec.aliases.isEmpty {
      lines.append("Also: " + spec.aliases.map { "/\($0)" }.joined(separator: ", "))
    }
    if !spec.discussion.isEmpty {
      lines.append("")
      lines += TextWrap.wrap(spec.discussion, width: width)
    }
    if !spec.flags.isEmpty {
      lines.append("")
      lines.append("Options:")
      let column = (spec.flags.map(\.name.count).max() ?? 0) + 4
      for flag in spec.flags {
        lines += TextWrap.wrap(
          flag.help, width: width, firstIndent: "  " + TextWrap.pad(flag.name, to: column - 2),
          indent: String(repeating: " ", count: column))
      }
    }
    if !spec.examples.isEmpty {
      lines.append("")
      lines.append("Examples:")
      lines += spec.examples.map { "  " + $0 }
    }
    return lines
  }

  private static func leftColumn(_ spec: CommandSpec) -> String {
    let usage = spec.usage.split(separator: " ").dropFirst().joined(separator: " ")
    return usage.isEmpty ? "/\(spec.name)" : "/\(spec.name) \(usage)"
  }
}
