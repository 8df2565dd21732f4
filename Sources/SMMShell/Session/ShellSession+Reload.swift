import SMMCore

extension ShellSession {
  /// The saved language and the brand last worked on, read in one snapshot. A read: opening a
  /// shell never waits for another one that is writing (a long replay).
  static func stored(in workspace: any WorkspaceStore) throws(ShellError) -> (
    String?, OpenBrand?
  ) {
    try workspace.readingTogether { store in try storedState(store) }
  }

  private static func storedState(_ store: any WorkspaceReader) throws -> (String?, OpenBrand?) {
    let language = try store.setting("language")
    guard let idText = try store.setting("current_brand"), let id = Int64(idText),
      let record = try store.brand(id: id)
    else { return (language, nil) }
    return (language, try BrandFold.load(store, record))
  }

  /// Forgets what the session holds in memory and takes it back from the workspace: the open
  /// brand, the language, the question and caches. Used after a batch was rolled back, so the
  /// shell shows what is stored, not what was lost.
  package func reloadFromWorkspace() {
    pendingQuestion = nil
    interview = nil
    shownOffer = nil
    lastHint = nil
    reviewMemo.forgetReview()
    verifiedBatchEpoch = -1
    let stored = try? Self.stored(in: workspace)
    language = stored?.0.flatMap(Language.init(rawValue:)) ?? environment.language
    current = stored?.1
  }
}
