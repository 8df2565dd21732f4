import SMMCore

/// The text of the brand's profile on one platform: each field with its limit, and a suggested bio.
enum ProfileView {
  static func lines(_ platform: Platform, _ state: BrandState, width: Int, _ s: Strings)
    -> [String]
  {
    let entry = PlatformCatalog.entry(platform)
    let profile = state.profiles[platform] ?? PlatformProfile()
    var lines = [
      s("profile.show.title", ["platform": platform.displayName, "name": state.name.value])
    ]
    if !state.spaces.contains(platform) {
      lines.append(
        s.guidance(
          "profile.show.notChosen",
          [
            "platform": platform.rawValue,
            "choose": CommandRequest("spaces", "choose", values: [platform.rawValue]).shown,
          ]))
    }
    let column = (entry.profileFields.map { $0.key.count }.max() ?? 0) + 2
    for rule in entry.profileFields {
      let head = "  " + TextWrap.pad(rule.key, to: column)
      switch rule.kind {
      case .done:
        let done = profile.done[rule.key] == true
        lines.append(
          head + s(done ? "profile.show.done" : "profile.show.notDone")
            + "  (\(rule.label(in: s.language)); /profile \(platform.rawValue) set \(rule.key) yes)"
        )
      case .text(let limit, let unit):
        let text = profile.texts[rule.key]
        let count = text.map { TextLength.count($0, in: unit) } ?? 0
        let limitText =
          limit.map {
            s(
              "profile.show.limit",
              ["count": String(count), "limit": String($0), "unit": s.unit(unit)])
          } ?? s("profile.show.noLimit", ["count": String(count), "unit": s.unit(unit)])
        lines += TextWrap.wrap(
          (text ?? s("profile.show.empty")) + "  [\(rule.label(in: s.language)): \(limitText)]",
          width: width,
          firstIndent: head, indent: String(repeating: " ", count: column + 2))
      }
    }
    // Where each account's post limit is its server's (Mastodon), which one smm measures with.
    if let setting = entry.post.text.setting, let limit = entry.post.text.limit {
      let stated = BrandLimits.of(state)[platform]
      lines += TextWrap.wrap(
        s(
          stated == nil ? "profile.show.serverDefault" : "profile.show.serverLimit",
          [
            "limit": String(stated ?? limit), "key": setting,
            "platform": platform.rawValue, "name": platform.displayName,
            "unit": s.unit(entry.post.text.unit),
          ]), width: width, firstIndent: "  ", indent: "    ")
    }
    if (profile.texts["bio"] ?? "").isEmpty,
      let bio = BioSuggestion.suggest(for: state, on: platform)
    {
      lines += TextWrap.wrap(s("profile.show.suggested", ["bio": bio]), width: width)
      lines.append(
        s(
          "profile.show.useIt",
          [
            "command": CommandPrinter.line(
              ProfilePlatformCommand.spec, ParsedArguments([platform.rawValue, "set", "bio", bio]))
          ]))
    }
    return lines
  }
}
