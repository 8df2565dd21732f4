import SMMCore

/// The text of a message's variants, each counted on its platform, and of a count's problem.
enum ContentVariantsView {
  static func lines(
    _ state: BrandState, id: Int, platforms: [Platform], width: Int, _ s: Strings
  ) -> [String] {
    guard let message = state.content.message(id) else { return [] }
    var lines: [String] = []
    for platform in platforms {
      guard let variant = message.variants[platform] else { continue }
      let tone = state.content.tonePhrase(on: platform).render(s)
      if variant.parts.count > 1 {
        let counts = variant.parts.map { PlatformCounter.count($0, on: platform) }
        let valid = counts.allSatisfy(\.valid)
        let lengths = counts.map { String($0.length) }.joined(separator: ", ")
        let unit = s.unit(counts[0].unit)
        let lengthsText =
          counts[0].limit.map {
            s("content.variant.lengthsOf", ["lengths": lengths, "limit": String($0), "unit": unit])
          } ?? s("content.variant.lengths", ["lengths": lengths, "unit": unit])
        lines.append(
          s(
            valid ? "content.variant.thread" : "content.variant.threadInvalid",
            [
              "platform": platform.displayName, "tone": tone, "count": String(counts.count),
              "lengths": lengthsText,
            ]))
      } else {
        let count = PlatformCounter.count(variant.text, on: platform)
        let limit = count.limit.map { "/\($0)" } ?? ""
        lines.append(
          s(
            count.valid ? "content.variant.single" : "content.variant.singleInvalid",
            [
              "platform": platform.displayName, "tone": tone,
              "length": "\(count.length)\(limit)", "unit": s.unit(count.unit),
            ]))
      }
      if let title = variant.title {
        lines.append("  " + s("content.variant.title", ["title": title]))
      }
      for textLine in variant.text.split(separator: "\n", omittingEmptySubsequences: false) {
        lines += TextWrap.wrap(String(textLine), width: width, firstIndent: "  │ ", indent: "  │ ")
      }
      for change in variant.notes {
        lines += TextWrap.wrap(change.render(s), width: width, firstIndent: "  · ", indent: "    ")
      }
    }
    return lines
  }

  /// "X: 297/280, 17 over; 2 URLs counted 23 each".
  static func problem(_ count: TextCount, platform: Platform, _ s: Strings) -> String {
    var parts: [String] = []
    if let limit = count.limit, count.length > limit {
      parts.append(
        s(
          "content.problem.over",
          [
            "platform": platform.displayName, "length": String(count.length),
            "limit": String(limit), "over": String(count.length - limit),
          ]))
    }
    if let secondary = count.secondary, secondary.length > secondary.limit {
      parts.append(
        s(
          "content.problem.overUnit",
          [
            "platform": platform.displayName, "length": String(secondary.length),
            "limit": String(secondary.limit), "unit": s.unit(secondary.unit),
            "over": String(secondary.length - secondary.limit),
          ]))
    }
    if parts.isEmpty {
      parts.append(s("content.problem.invalid", ["platform": platform.displayName]))
    }
    // The counter's own "over the limit" note says what the first part already says.
    let notes = count.explanations.filter { $0.key != "counter.over" }.map { $0.render(s) }
    return (parts + notes).joined(separator: "; ")
  }
}
