import SMMCore

/// The text of `/content check`: every variant counted against its platform's limits.
enum ContentCheckView {
  static func lines(_ state: BrandState, _ s: Strings) -> [String] {
    let messages = state.content.messages
    guard !messages.isEmpty else { return [s.guidance("content.messages.none")] }
    var problems: [String] = []
    var checked = 0
    let disclosure = DisclosureRule.of(state.profile.homeCountry)
    for message in messages {
      for platform in message.variants.keys.sorted() {
        guard let variant = message.variants[platform] else { continue }
        checked += 1
        if message.sponsored, !disclosure.isDisclosed(variant.text) {
          // A sponsored post without its label up front breaks the home market's rule.
          problems.append(
            s(
              "content.check.undisclosed",
              [
                "id": String(message.id), "platform": platform.displayName,
                "label": disclosure.label, "rule": disclosure.summary.render(s),
                "fix": CommandRequest(
                  "content", "adapt", values: [String(message.id), platform.rawValue]
                )
                .shown,
              ]))
        }
        for part in variant.parts {
          let count = PlatformCounter.count(part, on: platform)
          if !count.valid {
            problems.append(
              s(
                "content.check.problem",
                [
                  "id": String(message.id),
                  "problem": ContentVariantsView.problem(count, platform: platform, s),
                ]))
          }
        }
        if let title = variant.title, let count = PlatformCounter.countTitle(title, on: platform),
          !count.valid
        {
          problems.append(
            s(
              "content.check.title",
              [
                "id": String(message.id), "platform": platform.displayName,
                "length": String(count.length), "limit": String(count.limit ?? 0),
                "over": String(count.length - (count.limit ?? 0)),
              ]))
        }
      }
      problems += ContentCheckAccessibility.problems(message, s)
      problems += ContentCheckAccessibility.hashtags(message, state, s)
      let missing = state.spaces.filter { message.variants[$0] == nil }
      if !missing.isEmpty {
        problems.append(
          s.guidance(
            "content.check.noVariant",
            [
              "id": String(message.id),
              "platforms": missing.map(\.rawValue).joined(separator: ", "),
              "adapt": CommandRequest("content", "adapt", values: [String(message.id)]).shown,
            ]
          ))
      }
    }
    var lines = [
      s.format(
        "content.check.summary",
        ["variants": .number(checked), "messages": .number(messages.count)])
    ]
    lines += problems.isEmpty ? ["  " + s("content.check.allValid")] : problems.map { "  - \($0)" }
    // Contests (issue 15 §6): the conditions people read before they enter.
    lines += ContestNotes(state, s).lines.map { "  - \($0)" }
    if PrivacyRules.needsOptIn(state.spaces) {
      // Privacy (issue 15 §6): WhatsApp messages go only to people who opted in.
      lines.append(s("content.check.whatsappOptIn", ["source": PrivacyRules.optInSource.short]))
    }
    return lines
  }
}
