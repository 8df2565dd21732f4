import Foundation
import SMMCore

/// The text of the core messages: id, tag, text and the platforms adapted to.
enum ContentMessagesView {
  static func lines(_ state: BrandState, width: Int, _ s: Strings) -> [String] {
    let messages = state.content.messages
    guard !messages.isEmpty else { return [s.guidance("content.messages.none")] }
    var lines: [String] = []
    for message in messages {
      let variants = message.variants.keys.sorted().map(\.rawValue)
      lines += TextWrap.wrap(
        message.text.replacingOccurrences(of: "\n", with: " ⏎ "), width: width,
        firstIndent: TextWrap.pad("\(message.id).", to: 4) + "[\(message.tag.rawValue)] ",
        indent: "    ")
      if !variants.isEmpty {
        lines.append(
          "    " + s("content.messages.variants", ["platforms": variants.joined(separator: ", ")]))
      }
    }
    return lines
  }
}
