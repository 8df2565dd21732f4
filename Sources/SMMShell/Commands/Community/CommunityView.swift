import SMMCore

/// The text of one community: type, platform, size, what it needs, gives and gets, its people.
enum CommunityView {
  static func lines(_ community: Community, width: Int, _ s: Strings) -> [String] {
    var lines = [
      s(
        community.isMapped ? "community.show.titleMapped" : "community.show.title",
        [
          "name": community.name, "type": community.type.rawValue,
          "meaning": community.type.meaningPhrase.render(s),
          "platform": community.platform.displayName,
        ])
    ]
    let missing = s("community.show.missing")
    func field(_ name: String, _ value: String?) {
      lines += TextWrap.wrap(
        value.map { $0.isEmpty ? missing : $0 } ?? missing, width: width,
        firstIndent: "  " + TextWrap.pad(name, to: 8), indent: String(repeating: " ", count: 10))
    }
    field(
      "size",
      community.size.map { s("community.show.members", ["count": ShellError.format($0)]) })
    field("needs", community.needs)
    field("gives", community.gives)
    field("gets", community.gets)
    field("people", community.people.isEmpty ? nil : community.people.joined(separator: ", "))
    if !community.isMapped {
      lines.append(
        "  "
          + s(
            "community.show.toMap",
            [
              "missing": community.missingNotes.map { $0.render(s) }.joined(
                separator: s("list.separator"))
            ]))
    }
    return lines
  }
}
