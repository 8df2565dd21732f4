import Foundation
import SMMCore

/// The calendar for other tools: iCalendar (RFC 5545) for calendars, CSV for schedulers.
package enum CalendarExport {
  /// The calendar as an iCalendar file: CRLF line ends, lines folded at 75 octets (never inside
  /// a UTF-8 sequence), TEXT values escaped, one VEVENT per post with a stable UID and the
  /// DTSTAMP of the export. Times are floating (the brand's local time).
  package static func ics(_ state: BrandState, stamp: Date) -> String {
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//smm//smm \(SMMVersion.current)//EN",
      "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
      "X-WR-CALNAME:\(escape("\(state.name.value) — social media"))",
    ]
    let dtstamp = utcStamp(stamp)
    let slug = slugify(state.name.value)
    var counters: [String: Int] = [:]
    for slot in state.content.calendar?.slots ?? [] {
      let key = "\(slot.date.compact)-\(slot.platform.rawValue)"
      counters[key, default: 0] += 1
      let time = slot.time.filter { $0 != ":" } + "00"
      let variant = slot.messageID.flatMap { state.content.message($0)?.variants[slot.platform] }
      let text = variant?.text ?? "Variant to write: /content adapt ID \(slot.platform.rawValue)"
      let summary =
        "\(slot.platform.displayName): "
        + (variant?.title ?? firstLine(text, limit: 60))
      lines += [
        "BEGIN:VEVENT",
        "UID:\(slug)-\(key)-\(counters[key] ?? 1)@smm",
        "DTSTAMP:\(dtstamp)",
        "DTSTART:\(slot.date.compact)T\(time)",
        "DURATION:PT15M",
        "SUMMARY:\(escape(summary))",
        "DESCRIPTION:\(escape(text))",
        "CATEGORIES:\(escape(slot.platform.displayName))",
        "END:VEVENT",
      ]
    }
    lines.append("END:VCALENDAR")
    return lines.map(fold).joined(separator: "\r\n") + "\r\n"
  }

  /// The calendar as CSV (RFC 4180: CRLF, fields quoted when needed): date, time, platform,
  /// message, title, text — the columns bulk schedulers import.
  package static func csv(_ state: BrandState) -> String {
    var rows = [["date", "time", "platform", "message_id", "title", "text"]]
    for slot in state.content.calendar?.slots ?? [] {
      let variant = slot.messageID.flatMap { state.content.message($0)?.variants[slot.platform] }
      rows.append([
        slot.date.description, slot.time, slot.platform.rawValue,
        slot.messageID.map(String.init) ?? "", variant?.title ?? "", variant?.text ?? "",
      ])
    }
    return rows.map { $0.map(csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
  }

  /// One CSV cell: quoted when needed; a cell a spreadsheet would read as a formula (starting
  /// with `=`, `+`, `-`, `@`, TAB or CR) gets a leading `'` inside quotes, as OWASP advises
  /// against CSV injection; control characters show as ``TerminalText/inert(_:)`` makes them.
  static func csvField(_ value: String) -> String {
    let formula = value.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } ?? false
    // A CR that does not end a line break would pass to a spreadsheet or a terminal as is.
    var value = TerminalText.inert(value.replacingOccurrences(of: "\r\n", with: "\n"))
    if formula { value = "'" + value }
    guard
      formula || value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
    else {
      return value
    }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// RFC 5545 §3.3.11 TEXT escaping.
  static func escape(_ text: String) -> String {
    var out = ""
    for character in TerminalText.inert(text.replacingOccurrences(of: "\r", with: "")) {
      switch character {
      case "\\": out += "\\\\"
      case ";": out += "\\;"
      case ",": out += "\\,"
      case "\n", "\r\n": out += "\\n"
      case "\r": break
      default: out.append(character)
      }
    }
    return out
  }

  /// RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and a space, between
  /// characters (never inside a UTF-8 sequence).
  static func fold(_ line: String) -> String {
    var result = ""
    var count = 0
    var limit = 75
    for character in line {
      let size = String(character).utf8.count
      if count + size > limit {
        result += "\r\n "
        count = 0
        limit = 74
      }
      result.append(character)
      count += size
    }
    return result
  }

  static func utcStamp(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    func two(_ v: Int?) -> String { (v ?? 0) < 10 ? "0\(v ?? 0)" : "\(v ?? 0)" }
    return
      "\(c.year ?? 1970)\(two(c.month))\(two(c.day))T\(two(c.hour))\(two(c.minute))\(two(c.second))Z"
  }

  static func slugify(_ name: String) -> String {
    let slug = name.lowercased().unicodeScalars.map { scalar -> String in
      scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar))
        ? String(scalar) : "-"
    }.joined()
    return slug.split(separator: "-").joined(separator: "-")
  }

  static func firstLine(_ text: String, limit: Int) -> String {
    let line = text.split(separator: "\n").first.map(String.init) ?? text
    return line.count > limit ? String(line.prefix(limit - 1)) + "…" : line
  }
}
