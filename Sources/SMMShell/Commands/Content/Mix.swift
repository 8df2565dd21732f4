import Foundation
import SMMCore

/// `/content mix [RULE]`: the mix against its rule, or the rule chosen.
public struct ContentMixCommand: PrintedCommand {
  public static let spec = CommandSpec(
    path: ["content", "mix"], usage: "/content mix [RULE]",
    examples: ["/content mix", "/content mix thirds"],
    arguments: [
      ArgumentSpec("RULE", .choice(MixRule.allCases.map(\.rawValue)), optional: true, rest: true)
    ])

  /// The rule chosen, or nil to show the mix.
  let rule: MixRule?

  public init(_ arguments: ParsedArguments) throws(ShellError) {
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

  public var change: BrandChange? { rule.map { .setMixRule($0) } }
  public var canonicalArguments: ParsedArguments {
    ParsedArguments(rule.map { [$0.rawValue] } ?? [])
  }

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let state = try session.requireBrand().state
    guard let rule else { return CommandOutput(ContentMixView.lines(state, session.strings)) }
    let (brand, notes) = try session.commit(.setMixRule(rule), canonical: canonical)
    return CommandOutput(
      ContentMixView.lines(brand.state, session.strings), notes: notes, command: canonical)
  }
}
