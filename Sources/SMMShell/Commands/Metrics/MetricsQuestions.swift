import SMMCore

/// The figures `/metrics add` still needs, asked one at a time: the week ("this week", "last
/// week", « la semaine dernière », or `YYYY-Www`), then each count not given, in plain
/// numbers ("1,200", "2k", "twelve"). Pure: ``step(_:in:)`` reads an answer and says what comes
/// next; the last answer runs `/metrics add` with every option.
struct MetricsQuestions: Conversation, Sendable {
  /// The platform the figures are for.
  let platform: String
  /// The options given so far (`--week`, `--followers`…).
  var given: [String: String]
  /// The session's date, for "this week" and "last week".
  let today: CivilDate
  /// The question waiting, as shown.
  var text: String

  init(platform: String, given: [String: String], today: CivilDate, strings: Strings) {
    self.platform = platform
    self.given = given
    self.today = today
    text = ""
    text = next.map { strings("metrics.question.\($0.dropFirst(2))", ["platform": platform]) } ?? ""
  }

  /// The first option not given yet.
  var next: String? { MetricsAddCommand.options.first { given[$0] == nil } }

  var droppedNote: String? { nil }

  /// "Skip", "I don't know": nothing is recorded (a week needs every figure), and the line
  /// says how to add it later.
  func universal(_ word: UniversalAnswer, in context: ConversationContext) -> ConversationStep? {
    guard word == .skip else { return nil }
    return .settled(CommandOutput([context.strings.guidance("metrics.question.left")]))
  }

  func step(_ answer: String, in context: ConversationContext) -> ConversationStep {
    guard let option = next else { return .settled(CommandOutput()) }
    let value: String?
    if option == "--week" {
      value = Self.week(answer, today: today)?.description
    } else {
      value = Self.number(answer).map(String.init)
    }
    guard let value else {
      return .again(
        context.strings(option == "--week" ? "metrics.again.week" : "metrics.again.number"))
    }
    var following = self
    following.given[option] = value
    guard following.next != nil else {
      let options = following.given.map { "\($0.key) \($0.value)" }
      do {
        let command = try MetricsAddCommand(
          ParsedArguments([platform], options: following.given))
        return .run(command)
      } catch {
        return .again(error.message(context.strings) + " " + options.joined(separator: " "))
      }
    }
    let asked = MetricsQuestions(
      platform: platform, given: following.given, today: today, strings: context.strings)
    return .ask(asked, lines: [asked.text], command: "/metrics add")
  }

  /// The week an answer names: `YYYY-Www`, or "this week" / "last week" in either language.
  static func week(_ answer: String, today: CivilDate) -> ISOWeek? {
    let trimmed = answer.split(separator: " ").joined(separator: " ")
    if let week = try? ISOWeek(parsing: trimmed) { return week }
    return IntentFrames.week(IntentLine(trimmed, names: []), today: today)
  }

  /// A count: digits (`1,200`, `1 200`), thousands (`2k`), or a number word up to twelve, in
  /// a short answer ("about 1200"); a sentence is a request, not a figure.
  static func number(_ answer: String) -> Int? {
    let line = IntentLine(CrisisFigures.joiningThousands(answer), names: [])
    guard line.words.count <= 4 else { return nil }
    for word in line.words {
      if word.count <= 9, word.allSatisfy({ $0.isASCII && $0.isNumber }) { return Int(word) }
      if word.hasSuffix("k"), word.count <= 5, let thousands = Int(word.dropLast()) {
        return thousands * 1000
      }
      if let value = IntentSlots.numberWords.first(where: { $0.0 == word })?.1 { return value }
    }
    return nil
  }
}
