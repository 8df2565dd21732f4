import SMMCore

/// "Vous écrivez en français : smm passe au français ?" — asked once, at a terminal, when a
/// line is written in the language smm does not speak and nobody chose one (no `/lang`, no
/// saved choice, no locale naming it): yes switches (`/lang`), no keeps the language, and any
/// other line is read as it would have been.
struct LanguageOffer: Conversation {
  /// The language the line was written in.
  let language: Language
  let text: String

  init(_ language: Language) {
    self.language = language
    text = Strings.of(language).printingCommands("language.offer", ["lang": "/lang \(language)"])
  }

  func step(_ answer: String, in context: ConversationContext) -> ConversationStep {
    switch Affirmation.read(answer) ?? AnswerCue.leadingReply(answer) {
    case true?: return .request("/lang \(language)")
    case false?: return .settled(CommandOutput([context.strings("language.offer.kept")]))
    case nil: return .reread
    }
  }

  /// "Later", "stop": the language stays.
  func universal(_ word: UniversalAnswer, in context: ConversationContext) -> ConversationStep? {
    .settled(CommandOutput([context.strings("language.offer.kept")]))
  }
}

extension ShellSession {
  /// Offers the language `text` is written in, once, when nobody chose one: as a question
  /// when none waits, else as a line saying how to switch (the waiting question keeps "yes").
  func offerLanguage(for text: String, in result: inout CommandResult) {
    guard !languageSettled, environment.isInteractive,
      text.split(separator: " ").count >= 3
    else { return }
    var reader = SentimentAnalyzer()
    guard let read = reader.language(of: text), let typed = Language(rawValue: read.rawValue),
      typed != language
    else { return }
    languageSettled = true
    // The guide's own question comes back after the switch, in the new language; a question
    // of an interview, a triage or a drill keeps its "yes".
    let line: String
    if pendingQuestion == nil || pendingQuestion is GuideOffer {
      let offer = LanguageOffer(typed)
      pendingQuestion = offer
      shownOffer = nil
      line = offer.text
    } else {
      line = Strings.of(typed).printingCommands("language.offer.hint", ["lang": "/lang \(typed)"])
    }
    // Last, after what the line itself did (or why it could not).
    if let error = result.error {
      result.error = error + "\n" + line
    } else {
      result.output.append(line)
    }
  }
}
