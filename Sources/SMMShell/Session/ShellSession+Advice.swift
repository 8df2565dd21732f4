import SMMCore

extension ShellSession {
  /// The recommendation `/why` explains: the guide's last advice while the open brand is as it
  /// was when it was given; once the brand changed (`/undo`, `/redo`, a command run with hints
  /// off, another brand opened), the advice the guide gives now, as a hint would have shown
  /// it. Nil when the guide has advised nothing yet, or has nothing left to advise.
  package func standingAdvice() -> GuideAction? {
    guard let advice = lastAdvice else { return nil }
    let now = current.map { (brand: $0.record.id, version: $0.record.version) }
    if now?.brand == lastAdviceAt?.brand && now?.version == lastAdviceAt?.version {
      return advice
    }
    let fresh = nextAction()
    lastAdvice = fresh
    lastAdviceAt = now
    return fresh
  }
}
