import SMMCore

/// The crisis type (SCCT) and veracity a free-text line describes, for `/crisis triage`.
///
/// Veracity: "true / vrai / accurate / real" gives true, "false / faux / fake / lie / untrue"
/// gives false, a negation within the three words before flips it ("not true", "pas vrai"),
/// and "out of context / hors contexte / truncated / partly true / à moitié vrai" gives
/// truncated. The last one said wins.
///
/// Type, first rule that applies:
/// - a claim of harm to people (sick, malade, poisoning, hurt, blessé…): false → rumor (the
///   harm did not happen; false information is a rumor); otherwise knowingly / on purpose →
///   misdeed-injuries, a technical cause (machine, defect, panne…) → technical-product-harm,
///   a human error (mistake, erreur, oubli…) → human-error-product-harm, an outside agent
///   (tampering, sabotage) → tampering; a true harm without a cause leaves the type to triage.
/// - a product found bad (mould, contaminated, expired, faulty, recall…), with nobody hurt
///   yet: its cause gives the type as for harm (a product with potential victims is a
///   product-harm crisis, Coombs 2007), knowingly → misdeed; without a cause, ``product`` is
///   set and the triage asks what caused it; a false report of one is a rumor.
/// - otherwise: rumour words → rumor; natural disaster words (flood, storm, inondation…) →
///   natural-disaster; violence at work → workplace-violence; tampering → tampering; fraud,
///   corruption, illegal → management-misconduct; knowingly → misdeed; boycott, petition,
///   activists → challenge; an accident with a technical cause → technical-accident, with a
///   human error → human-error-accident; false information with no other clue → rumor.
///
/// The words of each clue are data: `[crisis.CLUE]` and `[crisis.more.CLUE]` in
/// `po/words/CODE.words`, every language.
struct CrisisSlots {
  var type: CrisisType?
  var veracity: Veracity?
  /// Whether the line tells of a product found bad whose cause it does not say.
  var product = false

  init() {}

  /// The words of the clue `name` (`[crisis.NAME]`), every language.
  private static func clue(_ name: String) -> [String] {
    InputWords.union("crisis." + name) + InputWords.union("crisis.more." + name)
  }

  private static let negations = Set(clue("negations"))
  private static let accurate = clue("accurate")
  private static let untrue = clue("untrue")
  private static let truncated = clue("truncated")
  private static let harm = clue("harm")
  private static let technical = clue("technical")
  private static let error = clue("error")
  private static let knowingly = clue("knowingly")
  private static let tampering = clue("tampering")
  private static let rumor = clue("rumor")
  private static let disaster = clue("disaster")
  private static let violence = clue("violence")
  private static let misconduct = clue("misconduct")
  private static let challenge = clue("challenge")
  private static let accident = clue("accident")
  private static let product = clue("product")
  private static let claim = clue("claim")

  /// Whether `line` reports a claim rather than a fact ("someone says", « on dit »).
  static func reportsAClaim(_ line: IntentLine) -> Bool {
    claim.contains { line.find(IntentLexicon.words(of: $0), excluding: []) != nil }
  }

  /// The slots `line` gives; `harmKnown` when harm to people is already known (an earlier
  /// answer of the triage said so), so that a cause alone ("a mistake by a nurse") gives the
  /// product-harm type.
  init(_ line: IntentLine, harmKnown: Bool = false) {
    func has(_ keywords: [String]) -> Bool {
      keywords.contains { line.find(IntentLexicon.words(of: $0), excluding: []) != nil }
    }
    let words = line.words
    for (position, _) in words.enumerated() {
      var value: Veracity?
      if Self.accurate.contains(where: { line.word(position, matches: $0) }) {
        value = .accurate
      } else if Self.untrue.contains(where: { line.word(position, matches: $0) }) {
        value = .untrue
      }
      guard var found = value else { continue }
      let before = words[max(0, position - 3)..<position]
      if before.contains(where: Self.negations.contains) {
        found = found == .accurate ? .untrue : .accurate
      }
      veracity = found
    }
    if has(Self.truncated) {
      veracity = .truncated
    }
    // "Nobody was ill" / « personne n'a été malade » names harm to deny it.
    let denied =
      CrisisDrill.Triage().reading(String(line.characters), asked: nil)?.value(of: .harm)
      == Harm.none.rawValue
    let harm = harmKnown || (has(Self.harm) && !denied)
    let technical = has(Self.technical)
    let error = has(Self.error)
    let knowingly = has(Self.knowingly)
    let tampering = has(Self.tampering)
    // Harm to people, or a product found bad that could cause it: the cause gives the type.
    func cause(knowingly known: CrisisType) -> CrisisType? {
      if veracity == .untrue { return .rumor }
      if knowingly { return known }
      if technical { return .technicalProductHarm }
      if error { return .humanErrorProductHarm }
      return tampering ? .tampering : nil
    }
    if harm {
      type = cause(knowingly: .misdeedInjuries)
      return
    }
    if has(Self.product) {
      type = cause(knowingly: .misdeed)
      product = type == nil
      return
    }
    if has(Self.rumor) {
      type = .rumor
    } else if has(Self.disaster) {
      type = .naturalDisaster
    } else if has(Self.violence) {
      type = .workplaceViolence
    } else if tampering {
      type = .tampering
    } else if has(Self.misconduct) {
      type = .managementMisconduct
    } else if knowingly {
      type = .misdeed
    } else if has(Self.challenge) {
      type = .challenge
    } else if has(Self.accident) {
      if technical {
        type = .technicalAccident
      } else if error {
        type = .humanErrorAccident
      }
    } else if veracity == .untrue {
      type = .rumor
    }
  }
}
