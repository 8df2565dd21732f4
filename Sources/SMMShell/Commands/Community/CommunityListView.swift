import SMMCore

/// The text of the community map: each community and what it still lacks, then suggestions as commands.
enum CommunityListView {
  static func lines(_ state: BrandState, width: Int, _ s: Strings) -> [String] {
    var lines: [String] = []
    if state.communities.isEmpty {
      lines.append(s("community.list.none", ["name": state.name.value]))
    } else {
      let mapped = state.communities.filter(\.isMapped).count
      lines.append(
        s.format(
          "community.list.title",
          [
            "name": .text(state.name.value), "count": .number(state.communities.count),
            "mapped": .number(mapped),
          ]))
      let column = min(28, (state.communities.map { TextWidth.columns($0.name) }.max() ?? 0) + 2)
      for community in state.communities {
        lines.append(
          "  " + TextWrap.pad(community.name, to: column)
            + TextWrap.pad(
              community.platform.rawValue,
              to: PlatformColumn.width(state.communities.map(\.platform)))
            + TextWrap.pad(community.type.rawValue, to: 14)
            + (community.isMapped
              ? s("community.list.mapped")
              : s(
                "community.list.missing",
                [
                  "fields": community.missingFields.map(\.rawValue).joined(separator: ", ")
                ])))
      }
    }
    let suggestions = CommunitySuggestions.suggest(state)
    if !suggestions.isEmpty {
      lines.append(s("community.list.suggested"))
      for suggestion in suggestions.prefix(5) {
        let command = CommandPrinter.line(
          CommunityAddCommand.spec,
          ParsedArguments(
            [suggestion.name],
            options: [
              "--platform": suggestion.platform.rawValue, "--type": suggestion.type.rawValue,
            ]))
        lines += TextWrap.wrap(
          "\(command) — \(suggestion.reason.render(s))",
          width: width, firstIndent: "  ", indent: "    ")
      }
    }
    return lines
  }
}
