import SMMCore

extension ShellSession {
  /// Makes `effect`, the change of the session a leaf asked for, and says how the session
  /// now stands (``SessionEffectResult``).
  func make(_ effect: SessionEffect) throws(ShellError) -> SessionEffectResult {
    var moved: (brand: OpenBrand, entry: LogEntry, notes: [String])?
    switch effect {
    case .undo: moved = try moveHead(forward: false)
    case .redo: moved = try moveHead(forward: true)
    case .setLanguage(let language): try setLanguage(language)
    case .setHints(let on): setHints(on)
    }
    return SessionEffectResult(strings: strings, hintsOn: hintsOn, moved: moved)
  }
}
