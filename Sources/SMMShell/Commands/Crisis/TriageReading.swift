import SMMCore

/// How the triage reads plain words: every fact an answer (or `--about`) states.
extension CrisisTriageQuestions {
  /// The options a plain-words answer states, beyond the question asked: the crisis type
  /// (``CrisisSlots``: "it's a rumour", « c'est faux », "a mistake by a nurse" once harm is
  /// known), veracity, history, reputation and harm (the drill's reading,
  /// ``CrisisDrill/Triage/reading(_:asked:)``: "nobody was hurt", "it's the first time"), and
  /// how far and fast it spreads (``CrisisFigures``: "about 200 people saw it", "it's
  /// spreading fast"). Options already given are kept, except the one asked; empty when the
  /// answer states nothing.
  func read(_ answer: String) -> [String: String] {
    let asked = next?.option
    var read: [String: String] = [:]
    let fact = Self.facts.first { $0.option == asked }?.fact
    let before = CrisisDrill.Triage()
    if let reading = before.reading(answer, asked: fact) {
      for (fact, option) in Self.facts {
        if let value = reading.value(of: fact) { read[option] = value }
      }
    }
    let harmKnown = product || (read["--harm"] ?? given["--harm"]) == Harm.injury.rawValue
    let slots = CrisisSlots(IntentLine(answer, names: []), harmKnown: harmKnown)
    if let type = slots.type { read["--type"] = type.rawValue }
    if read["--veracity"] == nil, let veracity = slots.veracity {
      read["--veracity"] = veracity.rawValue
    }
    read.merge(CrisisFigures(answer).options) { old, _ in old }
    // "Someone says our bread made people ill" (or "…, it's false"): the harm is a claim's,
    // not what happened, so it is asked rather than read, until the claim is known true.
    let veracity = read["--veracity"] ?? given["--veracity"]
    let claimed =
      veracity == Veracity.untrue.rawValue
      || (veracity != Veracity.accurate.rawValue
        && CrisisSlots.reportsAClaim(IntentLine(answer, names: [])))
    if asked != "--harm", read["--harm"] == Harm.injury.rawValue, claimed {
      read["--harm"] = nil
    }
    return read.filter { option, _ in option == asked || given[option] == nil }
  }

  /// The drill's facts and the options they give.
  static let facts: [(fact: CrisisDrill.Fact, option: String)] = [
    (.veracity, "--veracity"), (.history, "--history"), (.reputation, "--reputation"),
    (.harm, "--harm"),
  ]

  /// Whether `text`, told at the prompt, states more than a crisis type and veracity (a
  /// product found bad, harm, history, reputation, reach): it is then worth reading whole as
  /// `--about`. A vague "going viral" (a velocity guessed from words) alone is not.
  static func statesMore(_ text: String) -> Bool {
    if CrisisSlots(IntentLine(text, names: [])).product { return true }
    let kind: Set = ["--type", "--veracity", "--velocity"]
    return CrisisTriageQuestions(given: [:]).read(text).keys.contains { !kind.contains($0) }
  }
}
