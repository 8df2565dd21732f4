import Foundation
import SMMCore

/// The guide in the session: hints after each command, the offer that "yes" takes up, the
/// welcome, and the note when a command goes ahead of the method.
extension ShellSession {
  /// The guide's next action for the open brand (creating one when the workspace has none;
  /// nil when a brand must be opened, or the plan is complete).
  package func nextAction() -> GuideAction? {
    guard let current else { return brandNames().isEmpty ? Guidance.createBrand : nil }
    if let action = Guidance.next(reviews: puttingOff(reviews(of: current), current)) {
      return action
    }
    // Nothing else is left, put-off questions included: what keeps the plan from holding
    // together is offered before the plan is written, unless the user said no to it.
    if let action = blockerAction(current) { return action }
    // The plan is complete: the deliverable comes next, unless it was written here since the
    // brand last changed. A plan file from before the last change (a script replayed again)
    // is offered to be written again, replacing it.
    let file = PlanFormat.html.defaultFileName(for: current.state.name.value)
    let path = environment.resolve(file)
    guard FileManager.default.fileExists(atPath: path) else {
      let export = CommandRequest("export", values: ["html"])
      return GuideAction(
        export, reason: Phrase("guide.why.export", text: ["file": file, "export": export.shown]),
        sources: [Guidance.methodSource])
    }
    let written = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate]
    guard let written = written as? Date, written < current.record.updatedAt else { return nil }
    let again = CommandRequest(["export"], arguments: [.value("html"), .flag("force")])
    return GuideAction(
      again,
      reason: Phrase("guide.why.exportAgain", text: ["file": file, "export": again.shown]),
      sources: [Guidance.methodSource])
  }

  /// The action that fixes the first point keeping `brand`'s plan from holding together
  /// (``Guidance/blockers(_:)``) and not set aside this session; nil when there is none.
  func blockerAction(_ brand: OpenBrand) -> GuideAction? {
    Guidance.blockers(reviews(of: brand)).lazy.filter { item in
      !self.setAsideBlockers.contains(Self.blockerKey(item, of: brand))
    }.compactMap(\.action).first
  }

  /// Remembers that the user said no to `action` when it fixes a point keeping the plan from
  /// holding together: the guide goes on to the plan's export.
  func setAside(_ action: GuideAction) {
    guard let current,
      let item = Guidance.blockers(reviews(of: current)).first(where: { $0.action == action })
    else { return }
    setAsideBlockers.insert(Self.blockerKey(item, of: current))
  }

  /// What identifies a blocking finding of `brand` in ``setAsideBlockers``.
  static func blockerKey(_ item: StepReview.Item, of brand: OpenBrand) -> String {
    "\(brand.record.id) \(item.phrase.key)"
  }

  /// The one-line hint on what comes next; shows the action, so "yes" or an answer takes it up.
  func hint() -> String? {
    guard let action = nextAction() else {
      return wrapped(completeHint())
    }
    show(action)
    return offerLine(action)
  }

  /// What the guide says once nothing is left to do: the plan is complete, or its steps are
  /// and some points still keep it from holding together (``Guidance/blockers(_:)``).
  package func completeHint() -> String {
    guard let current else { return strings.guidance("hint.openBrand") }
    let blockers = Guidance.blockers(reviews(of: current))
    guard blockers.isEmpty else {
      return strings.guidance("hint.notReady", ["count": .number(blockers.count)])
    }
    // Roles left open ("we don't have a lawyer") are still to fill: say so, not "complete".
    let open = stillOpenRoles
    if !open.isEmpty {
      return strings.guidance(
        "hint.completeOpen", ["roles": .phrase(CrisisPlaybook.roleList(open))])
    }
    return strings.guidance("hint.complete")
  }

  /// `text` wrapped to the output width, continuation lines indented under the arrow.
  func wrapped(_ text: String) -> String {
    TextWrap.wrap(text, width: environment.width, firstIndent: "", indent: "  ")
      .joined(separator: "\n")
  }

  /// The guide's review of `brand`, computed once per version of its log (``ReviewMemo``).
  package func reviews(of brand: OpenBrand) -> [StepReview] {
    reviewMemo.reviews(of: brand)
  }

  /// The step `brand` is on: the first that is not done.
  func currentStep(of brand: OpenBrand) -> MethodStep {
    Guidance.currentStep(reviews(of: brand))
  }

  /// Whether the guide's last offer still stands (Enter on an empty line takes it up).
  package var hasOffer: Bool { shownOffer != nil }

  /// Records `action` as shown: the next line may take it up, and `/why` explains it.
  func show(_ action: GuideAction) {
    shownOffer = action
    lastAdvice = action
    lastAdviceAt = current.map { ($0.record.id, $0.record.version) }
  }

  /// What a user sees when the shell starts: a greeting that starts onboarding in an empty
  /// workspace, or where the open brand stands and what changed since it was last open.
  package func welcome() -> [String] {
    let notices = takeNotices()
    guard let current else {
      if brandNames().isEmpty {
        show(Guidance.createBrand)
        return [
          wrapped(strings.guidance("welcome.first")),
          wrapped(Guidance.createBrand.questionText(strings)),
        ]
      }
      return [wrapped(strings.guidance("welcome.noBrand"))]
    }
    var lines = summary(of: current)
    if let action = nextAction() {
      show(action)
      lines.append(offerLine(action))
    }
    markSeen(current)
    return lines + notices
  }

  /// Where `brand` stands, and what was logged since this workspace's shells last had it open.
  func summary(of brand: OpenBrand) -> [String] {
    let step = currentStep(of: brand)
    var lines = [
      wrapped(
        strings.format(
          "welcome.reopened",
          [
            "name": .text(brand.state.name.value), "step": .number(step.number),
            "title": .text(strings(step.key("title")).lowercased()),
            "time": .text(environment.formatTime(brand.record.updatedAt)),
            "count": .number(brand.record.head),
          ]))
    ]
    let seen = (try? workspace.reading { store in try store.setting("seen.\(brand.record.id)") })
      .flatMap { Int($0) }
    if let seen, seen < brand.record.head,
      let entries = try? workspace.reading({ store in
        try store.entries(ofBrand: brand.record.id, after: seen, through: brand.record.head)
      })
    {
      lines.append(wrapped(strings.format("welcome.changed", ["count": .number(entries.count)])))
      for entry in entries.suffix(5) { lines.append("  " + entry.command) }
    }
    return lines
  }

  /// Remembers how far `brand`'s log was seen, for the next welcome.
  func markSeen(_ brand: OpenBrand) {
    try? workspace.writing { store in
      try store.setSetting("seen.\(brand.record.id)", String(brand.record.head))
    }
  }

  /// Remembers the open brand's log as seen (when the shell stops).
  package func markCurrentSeen() {
    if let current { markSeen(current) }
  }

  /// An action as the guide offers it.
  package func offerLine(_ action: GuideAction) -> String {
    GuideOffer.line(action, strings, width: environment.width)
  }

  /// The note given when a state-changing command works ahead of the method, once per step
  /// and session.
  func aheadOfMethodNote(commandName: String, state: BrandState) -> [String] {
    guard let step = MethodStep.of(command: commandName), !warnedAhead.contains(step) else {
      return []
    }
    let skipped = Guidance.skipped(before: step, in: state)
    guard !skipped.isEmpty else { return [] }
    warnedAhead.insert(step)
    return [
      strings(
        "note.ahead",
        [
          "step": String(step.number),
          "skipped": skipped.map { $0.render(strings) }.joined(separator: "; "),
        ])
    ]
  }

  /// Sets the language and saves the choice in the workspace.
  func setLanguage(_ language: Language) throws(ShellError) {
    self.language = language
    languageSettled = true
    try workspace.writing { store in try store.setSetting("language", language.rawValue) }
  }

  /// Turns hints on or off for this session.
  func setHints(_ on: Bool) {
    hintsOn = on
  }
}

extension GuideAction {
  /// The question of an action that asks, in `strings`' language; the command otherwise.
  func questionText(_ strings: Strings) -> String {
    if case .ask(let question, _, _) = kind { return question.render(strings) }
    return command
  }
}

extension MethodStep {
  /// The step a command works on, for the "ahead of the method" note.
  static func of(command name: String) -> MethodStep? {
    switch name {
    case "spaces", "profile": return .spaces
    case "content", "calendar": return .content
    case "community", "engage", "reply", "metrics": return .communities
    case "crisis": return .crisis
    default: return nil
    }
  }
}
