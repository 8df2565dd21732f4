import SMMCore

/// The text of `/profile check`: each profile's completeness and the identity they tell together.
enum ProfileCheckView {
  static func lines(_ state: BrandState, width: Int, _ s: Strings) -> [String] {
    guard !state.spaces.isEmpty else {
      return [s.guidance("profile.check.none")]
    }
    let check = ProfileCheck.run(state)
    var lines = [s("profile.check.title", ["name": state.name.value])]
    for item in check.completeness {
      let status =
        item.missing.isEmpty
        ? s("profile.check.complete")
        : s("profile.check.missing", ["fields": item.missing.joined(separator: ", ")])
      lines.append(
        "  " + TextWrap.pad(item.platform.rawValue, to: PlatformColumn.width(state.spaces))
          + "\(item.filled)/\(item.total)  \(status)")
    }
    if check.issues.isEmpty {
      lines.append(s("profile.check.consistent"))
    } else {
      lines.append(s("profile.check.identity"))
      for issue in check.issues {
        lines += TextWrap.wrap(issue.render(s), width: width, firstIndent: "  - ", indent: "    ")
      }
    }
    return lines
  }
}
