import SMMCore

/// `/count PLATFORM TEXT`: a text's length in the platform's own counting unit.
package struct CountCommand: ShellCommand {
  package static let spec = CommandSpec(
    name: "count",
    usage: "/count PLATFORM TEXT",
    examples: [
      "/count x \"Fresh bread at 7am! https://example.com\"", "/count bluesky \"日本語のテキスト\"",
    ],
    arguments: [ArgumentSpec("PLATFORM", .platform), ArgumentSpec("TEXT", .text, rest: true)],
    keywords: ["count", "length", "characters", "limit", "compter", "longueur", "caracteres"])

  let platform: Platform
  let text: String

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    platform = try DomainArguments.platform(arguments[0] ?? "")
    text = arguments[1] ?? ""
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let count = PlatformCounter.count(text, on: platform)
    return .show(
      CommandOutput(Self.describe(count, context.strings), data: CommandData(CountReport(count))))
  }

  /// The count as lines: length, limit, what remains, validity, then the notes.
  package static func describe(_ count: TextCount, _ s: Strings = .english) -> [String] {
    let name = count.platform.displayName
    var head: String
    if let limit = count.limit {
      head = s(
        "count.limit",
        [
          "platform": name, "length": String(count.length), "limit": String(limit),
          "unit": s.unit(count.unit),
        ])
    } else {
      head = s(
        "count.noLimit",
        ["platform": name, "length": String(count.length), "unit": s.unit(count.unit)])
    }
    if let secondary = count.secondary {
      head += " (\(secondary.length)/\(secondary.limit) \(s.unit(secondary.unit)))"
    }
    if let remaining = count.remaining {
      head +=
        " — "
        + (remaining >= 0
          ? s("count.left", ["count": String(remaining)])
          : s("count.over", ["count": String(-remaining)]))
    }
    head += ", " + s(count.valid ? "count.valid" : "count.invalid")
    return [head] + count.explanations.map { "  · \($0.render(s))" }
  }

  /// The count as the JSON object `smm count --json` prints (``CountReport``).
  package static func json(_ count: TextCount) -> String {
    CountReport(count).compactJSON
  }

  /// `json(count)`'s bytes appended to `out`, without a string in between.
  package static func appendJSON(_ count: TextCount, to out: inout [UInt8]) {
    CountReport(count).appendCompactJSON(to: &out)
  }
}
