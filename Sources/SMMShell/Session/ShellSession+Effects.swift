import SMMCore

extension ShellSession {
  /// Makes `effect`, the change of the session a leaf asked for, and says how the session
  /// now stands (``SessionEffectResult``).
  func make(_ effect: SessionEffect) throws(ShellError) -> SessionEffectResult {
    var result = SessionEffectResult(strings: strings, hintsOn: hintsOn)
    switch effect {
    case .undo: result.moved = try moveHead(forward: false)
    case .redo: result.moved = try moveHead(forward: true)
    case .setLanguage(let language): try setLanguage(language)
    case .setHints(let on): setHints(on)
    case .createBrand(let name, let canonical):
      result.brand = try createBrand(name, canonical: canonical)
      result.lines = try startInterview()
    case .openBrand(let name):
      if let previous = current { markSeen(previous) }
      let brand = try open(named: name)
      result.brand = brand
      result.lines = summary(of: brand)
      markSeen(brand)
    case .deleteBrand(let record):
      result.closedOpenBrand = current?.record.id == record.id
      try delete(record)
    case .repairBrand(let id):
      let (brand, damage, file) = try repair(id)
      result.brand = brand
      result.repaired = (damage, file)
    case .writeFiles(let files):
      for file in files {
        try TextFile.write(file.text, to: file.path, shown: file.shown, force: file.replacing)
        result.written.append(file.text.utf8.count)
      }
    case .printPDF(let file):
      result.written.append(
        try PDFPrinter.print(
          file.text, to: file.path, shown: file.shown, browser: PDFPrinter.browser(),
          force: file.replacing, strings: strings))
    case .backup(let path, let shown, let replacing):
      result.backup = try workspace.backup(to: path, shown: shown, replacing: replacing)
    case .startInterview: result.lines = try startInterview()
    case .skipQuestion:
      if interview == nil, let lines = postponeLastAdvice() {
        result.lines = lines
      } else {
        result.lines = try skipInterviewField()
      }
    case .stopInterview: result.lines = try stopInterview()
    case .putOff(let field): result.lines = postponing(field)
    case .leaveOpen(let role): result.lines = leavingOpen(role)
    case .offer(let action): show(action)
    }
    result.strings = strings
    result.hintsOn = hintsOn
    return result
  }

  /// Deletes the brand of `record` with its log, in one transaction; forgets it if it is open.
  private func delete(_ record: BrandRecord) throws(ShellError) {
    try workspace.writing { store in
      guard try store.brand(id: record.id) != nil else {
        throw ShellError.brandGoneElsewhere(record.name)
      }
      try store.deleteBrand(id: record.id)
      if try store.setting("current_brand") == String(record.id) {
        try store.setSetting("current_brand", nil)
      }
    }
    close(ifID: record.id)
  }
}
