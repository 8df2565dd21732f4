import Foundation
import SMMCore

/// The plan as one self-contained, printable HTML5 page: the same content as the Markdown
/// (``PlanDocument``), inline CSS with print rules, no script and no external resource, and
/// small inline SVG charts — platform scores, content mix, the calendar grid and the risk
/// matrix. Every piece of user text is escaped.
package enum HTMLExport {
  /// The plan of `state` in `language`, or only `section`; `notes` adds the consultant's
  /// appendix.
  package static func plan(
    _ state: BrandState, section: String? = nil, language: Language = .en, notes: Bool = false,
    date: String? = nil
  ) -> String {
    var document = PlanDocumentBuilder.build(
      state, language: language, section: section, notes: notes)
    document.date = date
    return render(document, brand: state.name.value)
  }

  /// `document` as a page; `brand` names it when the document has no title (one section).
  package static func render(_ document: PlanDocument, brand: String) -> String {
    var out: [String] = []
    let title = document.title ?? (document.sections.first.map { $0.heading } ?? brand)
    out.append("<!DOCTYPE html>")
    out.append("<html lang=\"\(document.language.rawValue)\">")
    out.append("<head>")
    out.append("<meta charset=\"utf-8\">")
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
    out.append("<title>\(escape(title))</title>")
    out.append("<style>\n\(css)</style>")
    out.append("</head>")
    out.append("<body>")
    out.append("<main>")
    if let heading = document.title {
      out.append("<header class=\"cover\">")
      out.append("<h1>\(escape(heading))</h1>")
      if let date = document.date { out.append("<p class=\"date\">\(escape(date))</p>") }
      out.append("</header>")
    }
    if document.sections.count > 1 {
      out.append("<nav class=\"toc\"><ul>")
      for section in document.sections {
        out.append(
          "<li><a href=\"#\(section.id)\">\(escape(section.heading))</a></li>")
      }
      if !document.notes.isEmpty {
        out.append("<li><a href=\"#sources\">\(escape(document.notesHeading))</a></li>")
      }
      out.append("</ul></nav>")
    }
    for section in document.sections {
      out.append("<section id=\"\(section.id)\">")
      out.append("<h2>\(escape(section.heading))</h2>")
      for block in section.blocks { out.append(self.block(block)) }
      out.append("</section>")
    }
    if !document.notes.isEmpty {
      out.append("<section id=\"sources\" class=\"sources\">")
      out.append("<h2>\(escape(document.notesHeading))</h2>")
      out.append("<ol>")
      for (index, note) in document.notes.enumerated() {
        out.append("<li id=\"note-\(index + 1)\">\(escape(note))</li>")
      }
      out.append("</ol>")
      out.append("</section>")
    }
    out.append("</main>")
    out.append("</body>")
    out.append("</html>")
    return out.joined(separator: "\n") + "\n"
  }

  /// `text` with `& < > " '` escaped, safe in text and in quoted attributes; control
  /// characters (not allowed in HTML) show as ``TerminalText/inert(_:)`` makes them.
  package static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.count)
    for character in TerminalText.inert(text) {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(character)
      }
    }
    return out
  }

  static func render(_ line: PlanDocument.Line) -> String {
    line.map { piece -> String in
      switch piece {
      case .text(let text): return escape(text)
      case .strong(let text): return "<strong>\(escape(text))</strong>"
      case .emphasis(let text): return "<em>\(escape(text))</em>"
      case .code(let text): return "<code>\(escape(text))</code>"
      case .note(let number):
        return "<sup class=\"note\"><a href=\"#note-\(number)\">\(number)</a></sup>"
      }
    }.joined()
  }

  static func block(_ block: PlanDocument.Block) -> String {
    switch block {
    case .heading(let level, let line):
      let tag = "h\(min(6, max(3, level)))"
      return "<\(tag)>\(render(line))</\(tag)>"
    case .label(let text):
      return "<h5 class=\"label\">\(escape(text))</h5>"
    case .paragraph(let line):
      return "<p>\(render(line))</p>"
    case .list(let items, let ordered):
      let tag = ordered ? "ol" : "ul"
      return "<\(tag)>" + items.map { "<li>\(render($0))</li>" }.joined() + "</\(tag)>"
    case .checklist(let items):
      return "<ul class=\"checklist\">"
        + items.map { "<li><span class=\"box\" aria-hidden=\"true\"></span>\(render($0))</li>" }
        .joined() + "</ul>"
    case .table(let header, let rows):
      var html = "<table><thead><tr>"
      html += header.map { "<th scope=\"col\">\(escape($0))</th>" }.joined()
      html += "</tr></thead><tbody>"
      for row in rows {
        html += "<tr>" + row.map { "<td>\(render($0))</td>" }.joined() + "</tr>"
      }
      return html + "</tbody></table>"
    case .quote(let text):
      return "<blockquote>"
        + text.split(separator: "\n", omittingEmptySubsequences: false).map {
          escape(String($0))
        }.joined(separator: "<br>") + "</blockquote>"
    case .missing(let label, let items):
      guard !items.isEmpty else { return "" }
      return "<div class=\"missing\"><strong>\(escape(label))</strong><ul>"
        + items.map { "<li>\(render($0))</li>" }.joined() + "</ul></div>"
    case .chart(let caption, let chart):
      return "<figure class=\"chart\">" + self.chart(chart, caption: caption)
        + "<figcaption>\(escape(caption))</figcaption></figure>"
    }
  }

  // MARK: - Charts

  static func chart(_ chart: PlanDocument.Chart, caption: String) -> String {
    switch chart {
    case .scores(let bars): return scores(bars, caption: caption)
    case .mix(let bars): return mix(bars, caption: caption)
    case .calendar(let grid): return calendar(grid)
    case .risks(let points, let likelihood, let impact):
      return risks(points, caption: caption, likelihood: likelihood, impact: impact)
    }
  }

  /// The opening tag of a chart: its class, size and accessible caption.
  static func svgOpen(_ kind: String, width: Double, height: Double, caption: String) -> String {
    "<svg class=\"\(kind)\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(number(width)) \(number(height))\" width=\"\(number(width))\" height=\"\(number(height))\" role=\"img\" aria-label=\"\(escape(caption))\">"
  }

  static func number(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }

  /// Horizontal bars, one per platform, 0 to 100.
  static func scores(_ bars: [PlanDocument.ScoreBar], caption: String) -> String {
    let row = 22.0
    // Wide enough for the longest name at 12 px (about 7 px a character, bold included):
    // "Google Business Profile" was cut at the left edge.
    let longest = bars.map(\.label.count).max() ?? 0
    let labelWidth = max(110.0, 12 + 7 * Double(longest))
    let barWidth = 420.0
    let width = labelWidth + barWidth + 50
    let height = row * Double(bars.count) + 24
    var svg =
      svgOpen("scores", width: width, height: height, caption: caption)
    for tick in stride(from: 0, through: 100, by: 25) {
      let x = labelWidth + barWidth * Double(tick) / 100
      svg +=
        "<line x1=\"\(number(x))\" y1=\"0\" x2=\"\(number(x))\" y2=\"\(number(height - 16))\" class=\"grid\"/>"
      svg +=
        "<text x=\"\(number(x))\" y=\"\(number(height - 4))\" class=\"tick\" text-anchor=\"middle\">\(tick)</text>"
    }
    for (index, bar) in bars.enumerated() {
      let y = Double(index) * row
      let length = barWidth * Double(max(0, min(100, bar.score))) / 100
      svg +=
        "<text x=\"\(number(labelWidth - 6))\" y=\"\(number(y + 15))\" text-anchor=\"end\" class=\"\(bar.chosen ? "label chosen" : "label")\">\(escape(bar.label))</text>"
      svg +=
        "<rect x=\"\(number(labelWidth))\" y=\"\(number(y + 4))\" width=\"\(number(length))\" height=\"14\" rx=\"2\" class=\"\(bar.chosen ? "bar chosen" : "bar")\"/>"
      svg +=
        "<text x=\"\(number(labelWidth + length + 5))\" y=\"\(number(y + 15))\" class=\"value\">\(bar.score)</text>"
    }
    return svg + "</svg>"
  }

  /// The mix: each group's share now (bar) against its target (a tick mark).
  static func mix(_ bars: [PlanDocument.MixBar], caption: String) -> String {
    let row = 30.0
    let labelWidth = 250.0
    let barWidth = 300.0
    let width = labelWidth + barWidth + 90
    let height = row * Double(bars.count) + 10
    var svg =
      svgOpen("mix", width: width, height: height, caption: caption)
    for (index, bar) in bars.enumerated() {
      let y = Double(index) * row + 4
      let share = max(0, min(1, bar.share))
      let target = max(0, min(1, bar.target))
      svg +=
        "<text x=\"\(number(labelWidth - 8))\" y=\"\(number(y + 15))\" text-anchor=\"end\" class=\"label\">\(escape(bar.label))</text>"
      svg +=
        "<rect x=\"\(number(labelWidth))\" y=\"\(number(y + 3))\" width=\"\(number(barWidth))\" height=\"16\" class=\"track\"/>"
      svg +=
        "<rect x=\"\(number(labelWidth))\" y=\"\(number(y + 3))\" width=\"\(number(barWidth * share))\" height=\"16\" class=\"bar chosen\"/>"
      let tx = labelWidth + barWidth * target
      svg +=
        "<line x1=\"\(number(tx))\" y1=\"\(number(y))\" x2=\"\(number(tx))\" y2=\"\(number(y + 22))\" class=\"target\"/>"
      svg +=
        "<text x=\"\(number(labelWidth + barWidth + 8))\" y=\"\(number(y + 15))\" class=\"value\">\(Int((share * 100).rounded()))% / \(Int((target * 100).rounded()))%</text>"
    }
    return svg + "</svg>"
  }

  /// The calendar as a table: weeks down, days across.
  static func calendar(_ grid: PlanDocument.CalendarGrid) -> String {
    var html =
      "<table class=\"calendar\"><thead><tr><th scope=\"col\">\(escape(grid.weekLabel))</th>"
    html += grid.days.map { "<th scope=\"col\">\(escape($0))</th>" }.joined()
    html += "</tr></thead><tbody>"
    for week in grid.weeks {
      html += "<tr><th scope=\"row\">\(escape(week.label))</th>"
      for day in week.days {
        html +=
          "<td class=\"\(day.slots.isEmpty ? "empty" : "busy")\"><span class=\"date\">\(escape(day.date))</span>"
        html += day.slots.map { "<span class=\"slot\">\(escape($0))</span>" }.joined()
        html += "</td>"
      }
      html += "</tr>"
    }
    return html + "</tbody></table>"
  }

  /// The 5×5 risk matrix, likelihood across and impact up, each risk a numbered dot.
  static func risks(
    _ points: [PlanDocument.RiskPoint], caption: String, likelihood: String, impact: String
  ) -> String {
    let cell = 64.0
    let left = 56.0
    let top = 10.0
    let size = cell * 5
    let width = left + size + 10
    let height = top + size + 50
    var svg =
      svgOpen("risks", width: width, height: height, caption: caption)
    for column in 1...5 {
      for row in 1...5 {
        let score = column * row
        let level = score >= 15 ? "high" : score >= 8 ? "medium" : "low"
        let x = left + Double(column - 1) * cell
        let y = top + Double(5 - row) * cell
        svg +=
          "<rect x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(cell))\" height=\"\(number(cell))\" class=\"cell \(level)\"/>"
      }
    }
    for index in 1...5 {
      let x = left + (Double(index) - 0.5) * cell
      svg +=
        "<text x=\"\(number(x))\" y=\"\(number(top + size + 16))\" text-anchor=\"middle\" class=\"tick\">\(index)</text>"
      let y = top + (5 - Double(index) + 0.5) * cell + 4
      svg +=
        "<text x=\"\(number(left - 10))\" y=\"\(number(y))\" text-anchor=\"end\" class=\"tick\">\(index)</text>"
    }
    svg +=
      "<text x=\"\(number(left + size / 2))\" y=\"\(number(top + size + 38))\" text-anchor=\"middle\" class=\"axis\">\(escape(likelihood)) →</text>"
    svg +=
      "<text x=\"14\" y=\"\(number(top + size / 2))\" text-anchor=\"middle\" class=\"axis\" transform=\"rotate(-90 14 \(number(top + size / 2)))\">\(escape(impact)) →</text>"
    // Risks sharing a cell are spread in a small grid inside it.
    var byCell: [Int: [PlanDocument.RiskPoint]] = [:]
    for point in points {
      let l = max(1, min(5, point.likelihood))
      let i = max(1, min(5, point.impact))
      byCell[l * 10 + i, default: []].append(point)
    }
    for key in byCell.keys.sorted() {
      let group = byCell[key] ?? []
      let l = key / 10
      let i = key % 10
      let columns = group.count > 1 ? 2 : 1
      for (position, point) in group.enumerated() {
        let dx = columns == 1 ? 0.5 : (Double(position % 2) * 0.5 + 0.25)
        let dy = columns == 1 ? 0.5 : (Double(position / 2) * 0.4 + 0.3)
        let x = left + (Double(l - 1) + dx) * cell
        let y = top + (Double(5 - i) + dy) * cell
        svg +=
          "<g class=\"risk\"><title>\(escape("\(point.number). \(point.name)"))</title><circle cx=\"\(number(x))\" cy=\"\(number(y))\" r=\"12\"/><text x=\"\(number(x))\" y=\"\(number(y + 4))\" text-anchor=\"middle\">\(point.number)</text></g>"
      }
    }
    return svg + "</svg>"
  }

  // MARK: - Style

  static let css = """
    :root { --ink: #1d2330; --muted: #5b6475; --line: #d5d9e0; --accent: #1f6feb;
      --soft: #eef3fb; --warn: #fff4e0; --warn-line: #e0a030; }
    * { box-sizing: border-box; }
    body { margin: 0; background: #f4f5f7; color: var(--ink);
      font: 15px/1.5 "Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif; }
    main { max-width: 980px; margin: 24px auto; padding: 40px 56px; background: #fff;
      box-shadow: 0 1px 4px rgba(0,0,0,.12); }
    h1 { font-size: 28px; margin: 0 0 16px; border-bottom: 3px solid var(--accent); padding-bottom: 8px; }
    h2 { font-size: 22px; margin: 36px 0 12px; color: var(--accent); border-bottom: 1px solid var(--line); padding-bottom: 4px; }
    h3 { font-size: 18px; margin: 24px 0 8px; }
    h4 { font-size: 16px; margin: 18px 0 6px; }
    h5.label { font-size: 14px; margin: 14px 0 4px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
    p { margin: 6px 0; }
    table { border-collapse: collapse; width: 100%; margin: 8px 0 12px; font-size: 13px; }
    th, td { border: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
    thead th { background: var(--soft); }
    blockquote { margin: 6px 0 12px; padding: 6px 12px; border-left: 4px solid var(--line);
      background: #fafbfc; white-space: normal; overflow-wrap: anywhere; }
    code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 13px;
      background: var(--soft); padding: 0 3px; border-radius: 3px; }
    sup.note a { text-decoration: none; color: var(--accent); }
    a { color: var(--accent); }
    .toc ol { columns: 2; margin: 0 0 12px; }
    .missing { background: var(--warn); border-left: 4px solid var(--warn-line); padding: 6px 12px; margin: 8px 0 12px; }
    .missing ul { margin: 4px 0 0; padding-left: 20px; }
    .checklist { list-style: none; padding-left: 4px; }
    .checklist .box { display: inline-block; width: 11px; height: 11px; border: 1.5px solid var(--ink);
      margin-right: 8px; vertical-align: -1px; }
    figure.chart { margin: 10px 0 14px; break-inside: avoid; page-break-inside: avoid; }
    figure.chart figcaption { font-size: 12px; color: var(--muted); }
    svg { max-width: 100%; height: auto; font-family: inherit; }
    svg text { font-size: 12px; fill: var(--ink); }
    svg .grid { stroke: #e4e7ec; stroke-width: 1; }
    svg .tick, svg .axis { fill: var(--muted); font-size: 11px; }
    svg .bar { fill: #b8c2d3; }
    svg .bar.chosen { fill: var(--accent); }
    svg .label.chosen { font-weight: bold; }
    svg .track { fill: #eef0f3; }
    svg .target { stroke: #c0392b; stroke-width: 2.5; }
    svg .cell { stroke: #fff; stroke-width: 2; }
    svg .cell.low { fill: #d8efd9; }
    svg .cell.medium { fill: #fbe7b5; }
    svg .cell.high { fill: #f5b7ae; }
    svg .risk circle { fill: var(--ink); }
    svg .risk text { fill: #fff; font-weight: bold; font-size: 12px; }
    table.calendar { table-layout: fixed; }
    table.calendar td { height: 54px; font-size: 11px; }
    table.calendar td.empty { background: #fafbfc; }
    table.calendar .date { display: block; color: var(--muted); font-size: 10px; }
    table.calendar .slot { display: block; background: var(--soft); border-radius: 3px; margin-top: 2px; padding: 0 3px; }
    .sources li { font-size: 13px; margin-bottom: 3px; }
    @media print {
      @page {
        size: A4; margin: 16mm 14mm 18mm;
        @bottom-center { content: counter(page) " / " counter(pages); font: 9pt sans-serif; color: #666; }
      }
      @page :first { @bottom-center { content: none; } }
      header.cover { min-height: 230mm; display: flex; flex-direction: column; justify-content: center; break-after: page; page-break-after: always; }
      header.cover h1 { font-size: 30pt; border: none; }
      header.cover .date { font-size: 14pt; color: var(--muted); }
      body { background: #fff; font-size: 11pt; }
      main { box-shadow: none; margin: 0; padding: 0; max-width: none; }
      nav.toc { display: none; }
      section { break-before: page; page-break-before: always; }
      section#summary { break-before: auto; page-break-before: auto; }
      h2, h3, h4, h5 { break-after: avoid; page-break-after: avoid; }
      table, blockquote, .missing { break-inside: avoid; page-break-inside: avoid; }
      a { color: inherit; text-decoration: none; }
    }

    """
}
