import SMMCore

/// Renders `/help` and `/help NAME` from the command specs, in a language, at a given width.
package enum HelpRenderer {
  /// The list of commands.
  package static func overview(_ strings: Strings, width: Int) -> [String] {
    let specs = CommandRegistry.all.map { $0.spec }
    var lines = TextWrap.wrap(strings("help.intro"), width: width)
    lines += ["", strings("help.commands")]
    lines += table(specs, strings, width: width)
    lines.append("")
    lines += TextWrap.wrap(strings("help.outro"), width: width)
    return lines
  }

  /// One command in full.
  package static func detail(_ spec: CommandSpec, _ strings: Strings, width: Int) -> [String] {
    var lines = TextWrap.wrap("/\(spec.fullName) — \(spec.abstract(strings))", width: width)
    lines.append("")
    lines.append(strings("help.usage", ["usage": spec.usage]))
    if !spec.aliases.isEmpty {
      lines.append(
        strings(
          "help.aliases", ["aliases": spec.aliases.map { "/\($0)" }.joined(separator: ", ")]))
    }
    let discussion = spec.discussion(strings)
    if !discussion.isEmpty {
      lines.append("")
      lines += TextWrap.wrap(discussion, width: width)
    }
    if !spec.flags.isEmpty {
      lines.append("")
      lines.append(strings("help.options"))
      let column = (spec.flags.map(\.name.count).max() ?? 0) + 4
      for flag in spec.flags {
        lines += TextWrap.wrap(
          spec.help(for: flag, strings), width: width,
          firstIndent: "  " + TextWrap.pad(flag.name, to: column - 2),
          indent: String(repeating: " ", count: column))
      }
    }
    if spec.isGroup {
      lines.append("")
      lines.append(strings("help.subcommands", ["command": spec.fullName]))
      lines += table(spec.leaves, strings, width: width)
    }
    if !spec.examples.isEmpty {
      lines.append("")
      lines.append(strings("help.examples"))
      lines += spec.examples.map { "  " + $0 }
    }
    return lines
  }

  /// Commands in two columns, usage and abstract; a long usage takes its own line rather than
  /// widening the column for everyone.
  private static func table(_ specs: [CommandSpec], _ strings: Strings, width: Int) -> [String] {
    let left = specs.map { leftColumn($0) }
    let column = min((left.map(\.count).filter { $0 <= 24 }.max() ?? 0) + 2, width / 2)
    let indent = String(repeating: " ", count: column + 2)
    var lines: [String] = []
    for (spec, label) in zip(specs, left) {
      let head = "  " + TextWrap.pad(label, to: column)
      if head.count > column + 2 {
        // A usage longer than the screen wraps at its words, continued under the command.
        lines += TextWrap.wrap(label, width: width, firstIndent: "  ", indent: "      ")
        lines += TextWrap.wrap(
          spec.abstract(strings), width: width, firstIndent: indent, indent: indent)
      } else {
        lines += TextWrap.wrap(
          spec.abstract(strings), width: width, firstIndent: head, indent: indent)
      }
    }
    return lines
  }

  private static func leftColumn(_ spec: CommandSpec) -> String {
    let words = spec.usage.split(separator: " ")
    let usage = words.dropFirst(spec.path.count).joined(separator: " ")
    return usage.isEmpty ? "/\(spec.fullName)" : "/\(spec.fullName) \(usage)"
  }
}
