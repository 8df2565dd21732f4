import Foundation
import SMMCore

/// `/content mix [RULE]`: the mix against its rule, or the rule chosen.
package struct ContentMixCommand: PrintedCommand {
  package static let spec = CommandSpec(
    path: ["content", "mix"], usage: "/content mix [RULE]",
    examples: ["/content mix", "/content mix thirds"],
    arguments: [
      ArgumentSpec("RULE", .choice(MixRule.allCases.map(\.rawValue)), optional: true, rest: true)
    ])

  /// The rule chosen, or nil to show the mix.
  let rule: MixRule?

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    guard let name = arguments[0] else {
      rule = nil
      return
    }
    guard arguments.words.count == 1,
      let rule = MixRule(rawValue: name.lowercased().replacingOccurrences(of: "/", with: "-"))
    else {
      throw ContentCommand.usage(
        "usage.content.mix",
        ["rules": .text(MixRule.allCases.map(\.rawValue).joined(separator: ", "))])
    }
    self.rule = rule
  }

  package var change: BrandChange? { rule.map { .setMixRule($0) } }
  package var canonicalArguments: ParsedArguments {
    ParsedArguments(rule.map { [$0.rawValue] } ?? [])
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let s = context.strings
    return try proposal(context) { [canonical, rule] brand in
      CommandOutput(
        ContentMixView.lines(brand.state, s), command: rule == nil ? nil : canonical)
    }
  }
}
