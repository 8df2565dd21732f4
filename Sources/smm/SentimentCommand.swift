import ArgumentParser
import Foundation
import SMMCore
import SMMShell

extension SentimentLanguage: ExpressibleByArgument {}

/// `smm sentiment [TEXT…|-] [--lang en|fr] [--json]`: the sentiment reading of a text, or of
/// each line of stdin (docs/watch.md, "The sentiment reading").
struct SentimentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sentiment",
    abstract: "Read the sentiment of a text, or of each line of stdin (with - or no text).",
    discussion: """
      The words given are one text; with - or none, each line of stdin is one text and gets \
      one result line, in order. A text is read in its language, told by its function words \
      (English or French), else in --lang (default: the user's language, LANG). With --json, \
      each result is {"label", "score", "lang"}: label negative (score -0.05 or below), \
      neutral or positive (0.05 or above), score from -1 to 1. A line that is not UTF-8 gives \
      {"error", "line"} and the exit status 1.
      """)

  @OptionGroup var global: GlobalOptions

  @Option(
    help: ArgumentHelp(
      "The language of a text whose words do not tell: en or fr (default: LANG's).",
      valueName: "lang"))
  var lang: SentimentLanguage?

  @Argument(
    help: ArgumentHelp("The text; - or nothing reads stdin, one text a line.", valueName: "text"))
  var text: [String] = []

  mutating func run() throws {
    let shellLanguage = Language.fromLocale(ProcessEnvironment.current)
    let strings = Strings(shellLanguage)
    let fallback = lang ?? SentimentLanguage(shellLanguage) ?? .en
    var analyzer = SentimentAnalyzer()
    if !text.isEmpty && text != ["-"] {
      let reading = analyzer.read(text.joined(separator: " "), fallback: fallback)
      print(describe(reading, strings))
      return
    }
    let reader = ByteLineReader(fileDescriptor: STDIN_FILENO)
    reader.willWait = { fflush(nil) }
    var number = 0
    var unreadable = 0
    while true {
      let input = reader.read(prompt: "")
      number += 1
      switch input {
      case .line(let line):
        print(describe(analyzer.read(line, fallback: fallback), strings))
      case .malformed(let error):
        unreadable += 1
        let message = error.message(strings)
        FileHandle.standardError.write(Data("error: line \(number): \(message)\n".utf8))
        if global.json { print(JSONOutput.compact(UnreadableText(error: message, line: number))) }
      case .endOfInput, .interrupted:
        fflush(nil)
        if unreadable > 0 { throw ExitCode(1) }
        return
      }
    }
  }

  /// One result line: JSON, or the label, the score and the language in words.
  private func describe(_ reading: SentimentReading, _ strings: Strings) -> String {
    let score = (reading.score * 10_000).rounded() / 10_000
    if global.json {
      return JSONOutput.compact(
        SentimentLine(label: reading.label.rawValue, score: score, lang: reading.language.rawValue))
    }
    let shown = String(format: "%.2f", reading.score)
      .replacingOccurrences(of: ".", with: String(strings.language.decimalSeparator))
    return strings(
      "sentiment.line",
      [
        "label": strings("sentiment.label." + reading.label.rawValue), "score": shown,
        "lang": reading.language.rawValue,
      ])
  }
}

/// One reading as a JSON line.
private struct SentimentLine: Encodable {
  var label: String
  var score: Double
  var lang: String
}

/// The JSON result of a line that could not be read.
private struct UnreadableText: Encodable {
  var error: String
  var line: Int
}
