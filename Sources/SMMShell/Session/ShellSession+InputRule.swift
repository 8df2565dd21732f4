import SMMCore

extension ShellSession {
  /// The result for a line refused by the control-character rule: an error naming the
  /// character and its column; the line changes nothing (the question and the guide's offer
  /// stay as they were).
  func refuse(_ text: String, _ found: ControlCharacters.Found) -> (CommandResult, ShellEffect?) {
    var result = CommandResult(
      command: text, ok: false, error: ShellError.controlCharacter(found).message(strings))
    result.errorLabel = strings("label.error")
    return (result, nil)
  }
}
