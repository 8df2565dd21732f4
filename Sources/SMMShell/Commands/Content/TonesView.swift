import SMMCore

/// The text of the tone per platform, the default ones marked.
enum ContentTonesView {
  static func lines(_ state: BrandState, _ s: Strings) -> [String] {
    let platforms = state.spaces.isEmpty ? Platform.allCases : state.spaces
    var lines = [s.guidance("content.tones.title")]
    for platform in platforms {
      let chosen = state.content.tones[platform] != nil ? "" : "  " + s("content.tones.default")
      lines.append(
        "  " + TextWrap.pad(platform.rawValue, to: PlatformColumn.width(platforms))
          + state.content.tonePhrase(on: platform).render(s) + chosen)
    }
    return lines
  }
}
