import Foundation
import SMMCore

/// The plan as Markdown, whole or one section (`--section crisis` prints the crisis binder).
///
/// The whole plan opens with a summary (where each step stands, from ``Guidance``), then the
/// brand and the four steps, and ends with the sources as numbered footnotes (`[^1]`). A part
/// with nothing in it yet says what is missing and the command that fills it.
package enum MarkdownExport {
  /// The sections, in the order of the method.
  package static let sections = PlanDocumentBuilder.sections

  /// The plan of `state` in `language`, or only `section`; `notes` adds the consultant's
  /// appendix.
  package static func plan(
    _ state: BrandState, section: String? = nil, language: Language = .en, notes: Bool = false
  ) -> String {
    render(PlanDocumentBuilder.build(state, language: language, section: section, notes: notes))
  }

  /// `document` as Markdown.
  package static func render(_ document: PlanDocument) -> String {
    var lines: [String] = []
    if let title = document.title { lines += ["# " + inline(title), ""] }
    for section in document.sections {
      lines += ["## " + inline(section.heading), ""]
      for block in section.blocks {
        let rendered = self.block(block)
        if rendered.isEmpty { continue }
        lines += rendered + [""]
      }
    }
    if !document.notes.isEmpty {
      lines += ["## " + document.notesHeading, ""]
      for (index, note) in document.notes.enumerated() {
        lines.append("[^\(index + 1)]: " + inline(note))
      }
    }
    while lines.last == "" { lines.removeLast() }
    return lines.joined(separator: "\n") + "\n"
  }

  static func block(_ block: PlanDocument.Block) -> [String] {
    switch block {
    case .heading(let level, let line):
      return [String(repeating: "#", count: level) + " " + render(line)]
    case .label(let text):
      return ["**\(inline(text))**"]
    case .paragraph(let line):
      return [render(line)]
    case .list(let items, let ordered):
      return items.map { (ordered ? "1. " : "- ") + render($0) }
    case .checklist(let items):
      return items.map { "- [ ] " + render($0) }
    case .table(let header, let rows):
      var lines = [
        "| " + header.map { cell($0) }.joined(separator: " | ") + " |",
        "|" + String(repeating: "---|", count: header.count),
      ]
      lines += rows.map { row in
        "| "
          + row.map { render($0).replacingOccurrences(of: "|", with: "\\|") }.joined(
            separator: " | ")
          + " |"
      }
      return lines
    case .quote(let text):
      return text.split(separator: "\n", omittingEmptySubsequences: false).map {
        $0.isEmpty ? ">" : "> " + literal(String($0))
      }
    case .missing(let label, let items):
      guard !items.isEmpty else { return [] }
      if items.count == 1 { return ["**\(inline(label))** " + render(items[0])] }
      return ["**\(inline(label))**", ""] + items.map { "- " + render($0) }
    case .chart:
      return []
    }
  }

  static func render(_ line: PlanDocument.Line) -> String {
    line.map { piece -> String in
      switch piece {
      case .text(let text): return inline(text)
      case .strong(let text): return "**\(inline(text))**"
      case .emphasis(let text): return "*\(inline(text))*"
      case .code(let text): return code(text)
      case .note(let number): return "[^\(number)]"
      }
    }.joined()
  }

  /// Text on one line (a line break in user text becomes a space), with `<` escaped so that
  /// user text never turns into HTML in a Markdown viewer.
  static func inline(_ text: String) -> String {
    literal(text.replacingOccurrences(of: "\n", with: " "))
  }

  /// `text` with `\` and `<` backslash-escaped (CommonMark): shown as typed.
  static func literal(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "<", with: "\\<")
  }

  /// A table cell: `|` escaped, on one line.
  static func cell(_ text: String) -> String {
    inline(text).replacingOccurrences(of: "|", with: "\\|")
  }

  /// Inline code, with a fence longer than any run of backticks inside.
  static func code(_ text: String) -> String {
    var longest = 0
    var run = 0
    for character in text {
      run = character == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    let fence = String(repeating: "`", count: longest + 1)
    let padded = text.hasPrefix("`") || text.hasSuffix("`") ? " \(text) " : text
    return fence + padded.replacingOccurrences(of: "\n", with: " ") + fence
  }

  /// Kept for callers of the old table escaping.
  static func escape(_ text: String) -> String { cell(text) }
}
