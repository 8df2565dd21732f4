import SMMCore

/// The text of `/content`: pillars, messages, mix and tones at a glance.
enum ContentOverviewView {
  static func lines(_ state: BrandState, _ s: Strings) -> [String] {
    let content = state.content
    let labels = ["pillars", "messages", "mix", "tones"].map { s("content.overview.\($0)") }
    let column = (labels.map { TextWidth.columns($0) }.max() ?? 0) + 2
    func label(_ index: Int) -> String { "  " + TextWrap.pad(labels[index], to: column) }
    var lines = [s("content.overview.title", ["name": state.name.value])]
    lines.append(
      label(0)
        + (content.pillars.isEmpty
          ? s.guidance("content.overview.noPillars") : content.pillars.joined(separator: " · ")))
    lines.append(
      label(1) + "\(content.messages.count) "
        + (content.messages.isEmpty
          ? s.guidance("content.overview.addMessage")
          : "(\(CommandRequest("content", "messages").shown))"))
    lines.append(label(2) + (content.mixRule?.rawValue ?? s.guidance("content.overview.noMix")))
    if !state.spaces.isEmpty {
      lines.append(
        label(3)
          + state.spaces.map { "\($0.rawValue): \(content.tonePhrase(on: $0).render(s))" }.joined(
            separator: "; "))
    }
    return lines
  }
}
