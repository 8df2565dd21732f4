import SMMCore

/// `/community add NAME --platform P --type T`: a community on the map.
package struct CommunityAddCommand: PrintedCommand {
  package static let spec = CommandSpec(
    path: ["community", "add"], usage: "/community add NAME --platform P --type T",
    examples: ["/community add \"Lyon food lovers\" --platform instagram --type place"],
    arguments: [ArgumentSpec("NAME", .text, rest: true)],
    flags: [
      FlagSpec(
        "--platform", values: Platform.allCases.map(\.rawValue),
        helpKey: "help.community.flag.platform"),
      FlagSpec(
        "--type", values: CommunityType.allCases.map(\.rawValue),
        helpKey: "help.community.flag.type"),
    ],
    countError: CommunityCommand.usage("usage.community.add"))

  let name: String
  let platform: Platform
  let type: CommunityType

  package init(_ arguments: ParsedArguments) throws(ShellError) {
    let name = arguments.values[0]
    guard !name.isEmpty else { throw CommunityCommand.usage("usage.community.add") }
    guard let platformID = arguments.options["--platform"] else {
      throw CommunityCommand.usage("usage.community.platform", ["name": .text(name)])
    }
    guard let typeName = arguments.options["--type"], let type = CommunityType(rawValue: typeName)
    else {
      throw CommunityCommand.usage(
        "usage.community.type",
        ["types": .text(CommunityType.allCases.map(\.rawValue).joined(separator: ", "))])
    }
    self.name = name
    self.platform = try DomainArguments.platform(platformID)
    self.type = type
  }

  package var change: BrandChange? { .addCommunity(name, platform, type) }
  package var canonicalArguments: ParsedArguments {
    ParsedArguments([name], options: ["--platform": platform.rawValue, "--type": type.rawValue])
  }

  package func perform(_ context: CommandContext) throws(ShellError) -> CommandOutcome {
    let (s, width) = (context.strings, context.width)
    return try proposal(context) { [name, platform] brand in
      let community = brand.state.communities.first { $0.name.lowercased() == name.lowercased() }
      var lines = community.map { CommunityView.lines($0, width: width, s) } ?? []
      if !brand.state.spaces.isEmpty, !brand.state.spaces.contains(platform) {
        lines.append(
          s.guidance(
            "community.notChosen",
            [
              "platform": platform.rawValue,
              "choose": CommandRequest("spaces", "choose", values: [platform.rawValue]).shown,
            ]))
      }
      return CommandOutput(lines)
    }
  }
}
