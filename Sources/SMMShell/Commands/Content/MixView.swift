import SMMCore

/// The text of the content mix against its rule, with advice.
enum ContentMixView {
  static func lines(_ state: BrandState, _ s: Strings) -> [String] {
    let rule = state.content.mixRule ?? .thirds
    let mix = ContentMix.evaluate(state.content.messages, rule: rule)
    var lines = [
      s.guidance(
        state.content.mixRule == nil ? "content.mix.titleNoRule" : "content.mix.title",
        ["name": state.name.value, "rule": rule.rawValue])
    ]
    let counts = ContentTag.allCases.map { "\($0.rawValue) \(mix.counts[$0] ?? 0)" }
    lines.append("  " + s("content.mix.messages", ["counts": counts.joined(separator: ", ")]))
    for (group, share) in mix.groups {
      lines.append(
        "  " + TextWrap.pad(group.label.render(s), to: 38)
          + TextWrap.pad(
            s("content.percent", ["value": String(Int((share * 100).rounded()))]), to: 6)
          + s("content.mix.target", ["value": String(Int((group.target * 100).rounded()))]))
    }
    if state.content.messages.isEmpty {
      lines.append(s.guidance("content.messages.none"))
    } else if mix.advice.isEmpty {
      lines.append(s("content.mix.balanced", ["rule": rule.rawValue]))
    } else {
      lines += mix.adviceNotes.map { $0.render(s) }
    }
    lines.append(s("content.mix.source", ["source": rule.source]))
    return lines
  }
}
