extension BrandState {
  /// Applies a step 2 change: pillars, tones, messages, tags, the mix rule.
  mutating func applyContent(_ change: BrandChange) throws(SMMCoreError) {
    switch change {
    case .addPillar(let raw):
      let pillar = try Self.validatePillar(raw)
      if content.pillars.contains(where: { $0.lowercased() == pillar.lowercased() }) {
        throw SMMCoreError.invalidMessage(
          Phrase("error.content.pillarExists", text: ["pillar": pillar]))
      }
      guard content.pillars.count < EditorialLine.maximumPillars else {
        throw SMMCoreError.invalidMessage(
          Phrase("error.content.tooManyPillars", ["maximum": .number(EditorialLine.maximumPillars)])
        )
      }
      content.pillars.append(pillar)
    case .removePillar(let raw):
      guard let index = content.pillars.firstIndex(where: { $0.lowercased() == raw.lowercased() })
      else {
        throw SMMCoreError.invalidMessage(
          Phrase(
            "error.content.noPillar",
            [
              "pillar": .text(raw),
              "pillars": content.pillars.isEmpty
                ? .phrase(Phrase("error.content.noPillars"))
                : .text(content.pillars.joined(separator: ", ")),
            ]))
      }
      content.pillars.remove(at: index)
    case .setTone(let platform, let raw):
      let tone = raw.trimmingWhiteSpace()
      guard !tone.isEmpty, tone.count <= 60, !tone.contains("\n") else {
        throw SMMCoreError.invalidMessage(Phrase("error.content.tone"))
      }
      content.tones[platform] = tone
    case .addMessage(let raw, let tag, let sponsored, let media):
      let text = try ContentMessage.validate(raw)
      var media = media
      if let alt = media?.alt { media?.alt = try MessageMedia.validateAlt(alt) }
      content.messages.append(
        ContentMessage(
          id: content.nextMessageID, text: text, tag: tag, sponsored: sponsored, media: media))
    case .sponsorMessage(let id, let sponsored):
      guard let index = content.messages.firstIndex(where: { $0.id == id }) else {
        throw Self.noMessage(id, content)
      }
      content.messages[index].sponsored = sponsored
      // Adapted variants follow (a hand-written one is the brand's own: /content check says
      // whether it discloses).
      adaptMessage(
        at: index, to: content.messages[index].variants.filter { !$0.value.edited }.keys.sorted())
    case .tagMessage(let id, let tag):
      guard let index = content.messages.firstIndex(where: { $0.id == id }) else {
        throw Self.noMessage(id, content)
      }
      content.messages[index].tag = tag
    case .setMixRule(let rule):
      content.mixRule = rule
    case .adaptMessage(let id, let platforms):
      guard let index = content.messages.firstIndex(where: { $0.id == id }) else {
        throw Self.noMessage(id, content)
      }
      guard !platforms.isEmpty else {
        throw SMMCoreError.invalidMessage(Phrase("error.content.adaptNoPlatform"))
      }
      adaptMessage(at: index, to: platforms)
    case .planCalendar(let weeks, let start):
      content.calendar = try CalendarPlanner.plan(self, weeks: weeks, start: start)
    case .editVariant(let id, let platform, let raw):
      guard let index = content.messages.firstIndex(where: { $0.id == id }) else {
        throw Self.noMessage(id, content)
      }
      let text = try ContentMessage.validate(raw)
      content.messages[index].variants[platform] = Variant(
        text: text, title: content.messages[index].variants[platform]?.title,
        notes: [Phrase("adapt.byHand")], edited: true)
    default:
      try applyMedia(change)
    }
  }

  /// Adapts message `index` to `platforms` at once (what they share done once), in the
  /// brand's language, with its home market's disclosure rule.
  private mutating func adaptMessage(at index: Int, to platforms: [Platform]) {
    let variants = Adapter.adapt(
      content.messages[index], to: platforms, line: content, brand: name,
      language: BioSuggestion.writesInFrench(profile) ? .fr : .en,
      disclosure: DisclosureRule.of(profile.homeCountry))
    for (platform, variant) in zip(platforms, variants) {
      content.messages[index].variants[platform] = variant
    }
  }

  static func validatePillar(_ raw: String) throws(SMMCoreError) -> String {
    let pillar = raw.trimmingWhiteSpace()
    guard !pillar.isEmpty, pillar.count <= 80, !pillar.contains("\n") else {
      throw SMMCoreError.invalidMessage(Phrase("error.content.pillar"))
    }
    return pillar
  }

  static func noMessage(_ id: Int, _ content: EditorialLine) -> SMMCoreError {
    let ids = content.messages.map { String($0.id) }
    if ids.isEmpty {
      return .invalidMessage(Phrase("error.content.noMessage.none", ["id": .number(id)]))
    }
    return .invalidMessage(
      Phrase(
        "error.content.noMessage",
        ["id": .number(id), "ids": .text(ids.joined(separator: ", "))]))
  }
}
