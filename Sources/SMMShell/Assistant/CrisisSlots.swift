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
/// - otherwise: rumour words → rumor; natural disaster words (flood, storm, inondation…) →
///   natural-disaster; violence at work → workplace-violence; tampering → tampering; fraud,
///   corruption, illegal → management-misconduct; knowingly → misdeed; boycott, petition,
///   activists → challenge; an accident with a technical cause → technical-accident, with a
///   human error → human-error-accident; false information with no other clue → rumor.
struct CrisisSlots {
  var type: CrisisType?
  var veracity: Veracity?

  init() {}

  init(_ line: IntentLine) {
    func has(_ keywords: [String]) -> Bool {
      keywords.contains { line.find(IntentLexicon.words(of: $0), excluding: []) != nil }
    }
    let words = line.words
    let negations: Set<String> = [
      "not", "isn", "aren", "wasn", "no", "never", "pas", "jamais", "nothing", "rien",
    ]
    for (position, _) in words.enumerated() {
      var value: Veracity?
      if [
        "true", "vrai", "vraie", "accurate", "real", "reel", "reelle", "exact", "exacte",
        "confirmed", "confirme", "fonde", "fondee",
      ].contains(where: { line.word(position, matches: $0) }) {
        value = .accurate
      } else if [
        "false", "faux", "fausse", "untrue", "lie", "lies", "lying", "mensonge*", "fake",
        "bogus", "infonde*", "invente*", "hoax", "canular", "ment", "mentent",
      ].contains(where: {
        line.word(position, matches: $0)
      }) {
        value = .untrue
      }
      guard var found = value else { continue }
      let before = words[max(0, position - 3)..<position]
      if before.contains(where: negations.contains) {
        found = found == .accurate ? .untrue : .accurate
      }
      veracity = found
    }
    if has([
      "truncated", "tronque*", "out of context", "hors contexte", "hors de son contexte",
      "partly true", "half true", "partially true", "moitie vrai", "partiellement vrai",
      "context", "contexte", "half truth", "demi verite",
    ]) {
      veracity = .truncated
    }
    let harm = has([
      "sick", "ill", "malade*", "poison*", "intoxi*", "empoisonn*", "hurt", "injur*", "blesse*",
      "allerg*", "died", "dead", "mort", "morts", "hospital*", "hopital",
    ])
    let technical = has([
      "machine*", "equipment", "equipement*", "defect*", "defaut*", "defectueu*", "panne",
      "technical", "technique", "bug", "failure", "malfunction", "dysfonctionnement",
    ])
    let error = has(["error", "mistake", "erreur", "faute", "oubli*", "negligen*", "human"])
    let knowingly = has([
      "knowingly", "on purpose", "deliberately", "sciemment", "expres",
      "volontairement", "cover up", "covered up", "cache",
    ])
    let tampering = has(["tamper*", "sabot*"])
    if harm {
      if veracity == .untrue {
        type = .rumor
      } else if knowingly {
        type = .misdeedInjuries
      } else if technical {
        type = .technicalProductHarm
      } else if error {
        type = .humanErrorProductHarm
      } else if tampering {
        type = .tampering
      }
      return
    }
    if has(["rumeur*", "rumor*", "rumour*", "fake news", "hoax", "canular", "intox"]) {
      type = .rumor
    } else if has([
      "flood*", "inondation*", "storm", "tempete", "earthquake", "seisme",
      "hurricane", "ouragan", "wildfire", "natural disaster", "catastrophe naturelle",
    ]) {
      type = .naturalDisaster
    } else if has(["violence", "agression", "shooting", "fusillade"]) {
      type = .workplaceViolence
    } else if tampering {
      type = .tampering
    } else if has([
      "fraud*", "corrupt*", "illegal*", "bribe*", "embezzl*", "detournement",
      "evasion fiscale", "tax evasion",
    ]) {
      type = .managementMisconduct
    } else if knowingly {
      type = .misdeed
    } else if has(["boycott*", "petition*", "activist*", "militant*", "protest*"]) {
      type = .challenge
    } else if has(["accident*", "explosion"]) {
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
