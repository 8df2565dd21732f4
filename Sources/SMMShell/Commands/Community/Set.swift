import SMMCore

/// `/community set NAME FIELD VALUE`: one field of a community's map (size, needs, gives, gets,
/// people).
package struct CommunitySetCommand: PrintedCommand {
  package static let spec = CommandSpec(
    path: ["community", "set"], usage: "/community set NAME FIELD VALUE",
    examples: ["/community set \"Lyon food lovers\" gives \"recipes and early tastings\""],
    arguments: [
      ArgumentSpec("NAME", .communityName), ArgumentSpec("FIELD", .communityField),
      ArgumentSpec("VALUE", .text, rest: true),
    ],
    countError: CommunityCommand.usage(
      "usage.community.set",
      ["fields": .text(Community.Field.allCases.map(\.rawValue).joined(separator: ", "))]))

  let name: String
  let field: Community.Field
  let value: String

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    let given = arguments.values[1]
    guard let field = Community.Field(rawValue: given.lowercased()) else {
      let fields = Community.Field.allCases.map(\.rawValue)
      let values: [String: Phrase.Value] = [
        "field": .text(given), "fields": .text(fields.joined(separator: ", ")),
      ]
      guard let closest = Suggestions.closest(to: given, in: fields).first else {
        throw CommunityCommand.usage("usage.community.field", values)
      }
      throw CommunityCommand.usage(
        "usage.community.field.suggest", values.merging(["name": .text(closest)]) { $1 })
    }
    name = arguments.values[0]
    self.field = field
    value = arguments.values[2]
  }

  package var change: BrandChange? { .setCommunity(name, field, value) }
  package var canonicalArguments: ParsedArguments {
    ParsedArguments([name, field.rawValue, value])
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let (s, width) = (context.strings, context.width)
    return try proposal(context) { [name] brand in
      let community = brand.state.communities.first { $0.name.lowercased() == name.lowercased() }
      return CommandOutput(community.map { CommunityView.lines($0, width: width, s) } ?? [])
    }
  }
}
