import Foundation
import GRDB
import SMMCore

/// The shell as a state machine: it takes logical lines and returns results, keeping the open
/// brand, the pending question and the workspace in step. It never touches the terminal.
public final class ShellSession {
  /// The world as the shell sees it.
  public let environment: ShellEnvironment
  /// The durable store.
  public let workspace: Workspace
  /// The brand being worked on.
  public internal(set) var current: OpenBrand?
  /// The question waiting for a free-text answer.
  public internal(set) var pendingQuestion: PendingQuestion?
  /// The interview in progress, if any.
  public internal(set) var interview: Interview?
  /// The batch transaction in which `current` was last checked against the workspace.
  var verifiedBatchEpoch = -1
  /// The language the shell speaks (`/lang`, else the workspace's choice, else the locale).
  public internal(set) var language: Language
  /// Whether a one-line hint on what comes next follows each command (`/hints`).
  public internal(set) var hintsOn: Bool
  /// The guide's action last shown (by a hint or `/next`): "yes" or an answer takes it up,
  /// until the next line.
  var shownOffer: GuideAction?
  /// The guide's last recommendation, which `/why` explains.
  public internal(set) var lastAdvice: GuideAction?
  /// The last hint shown and the log position it was shown at: the same hint is not repeated
  /// after commands that changed nothing.
  var lastHint: (text: String, brand: Int64?, head: Int?)?
  /// The guide's last review, for the brand and log version it was made at: the prompt, the
  /// hint and `/status` share it until the brand changes.
  var reviewCache: (brand: Int64, version: Int, reviews: [StepReview])?
  /// Whether a text fits a platform, as counted once: each review after a change counts only
  /// the variants that are new (a brand with a thousand messages reviews in milliseconds).
  var fitsMemo: [FitsKey: Bool] = [:]
  /// Steps whose "going ahead of the method" note was already given this session.
  var warnedAhead: Set<MethodStep> = []
  /// Notes for the user not tied to one command (a damaged log found while opening a brand):
  /// the next result, or the welcome, carries them.
  var pendingNotices: [String] = []
  /// The brands (and their log versions) whose damaged entries this session already described.
  var damageNoticed: [Int64: Int] = [:]

  /// Opens a session on `workspace`, resuming the brand it last worked on.
  public init(workspace: Workspace, environment: ShellEnvironment) throws(ShellError) {
    self.workspace = workspace
    self.environment = environment
    self.hintsOn = environment.isInteractive
    // One read transaction reads the saved language and reopens the brand last worked on
    // (no write lock: a shell starts at once while another replays a script).
    func resume(withBrand: Bool) throws(ShellError) -> (String?, OpenBrand?) {
      try workspace.readTogether { db -> (String?, OpenBrand?) in
        let language = try BrandTable.setting(db, "language")
        guard withBrand, let idText = try BrandTable.setting(db, "current_brand"),
          let id = Int64(idText), let record = try BrandTable.find(db, id: id)
        else { return (language, nil) }
        return (language, try Self.load(db, record))
      }
    }
    var saved: String?
    var opened: OpenBrand?
    var unreadable: ShellError?
    do {
      (saved, opened) = try resume(withBrand: true)
    } catch .damagedRead(let path, let reason) {
      // The last brand sits on a damaged page: the shell starts without it, and says why.
      unreadable = .damagedRead(path, reason: reason)
      (saved, opened) = try resume(withBrand: false)
    }
    self.language = saved.flatMap(Language.init(rawValue:)) ?? environment.language
    current = opened
    pendingNotices += workspaceNotes()
    if let unreadable { pendingNotices.append(unreadable.message(strings)) }
    if let opened { noticeDamage(of: opened) }
  }

  /// The prompt: `smm> ` with no brand, else `NAME STEP/4 SLUG> `.
  public var prompt: String {
    guard let current else { return "smm> " }
    let step = currentStep(of: current)
    return "\(current.state.name) \(step.number)/4 \(strings(step.key("slug")))> "
  }

  /// What the shell says, in the session's language.
  public var strings: Strings { Strings.of(language) }

  /// Commands that act on the pending question instead of dropping it.
  static let keepsQuestion: Set<String> = ["skip", "stop", "help", "next", "why", "status"]

  /// Requests the guide answers even while a question waits for its answer.
  static let guideIntents: Set<Intent> = [.next, .why, .status]

  /// The prompt shown while a logical line awaits more physical lines.
  public static let continuationPrompt = "...> "

  // MARK: - Running lines

  /// Runs one logical line and returns its result, plus an effect for the runner.
  public func execute(_ text: String) -> (result: CommandResult, effect: ShellEffect?) {
    // One rule for every line a user gives: a control character changes nothing.
    if let found = ControlCharacters.firstForbidden(in: text) { return refuse(text, found) }
    let trimmed = text.drop(while: { $0 == " " || $0 == "\t" })
    let offer = shownOffer
    shownOffer = nil
    var (result, effect) =
      trimmed.hasPrefix("/")
      ? runCommand(String(trimmed), typed: text)
      : answerFreeText(text, offer: offer)
    if result.error != nil { result.errorLabel = strings("label.error") }
    result.notes += takeNotices()
    if hintsOn && result.ok && effect == nil && pendingQuestion == nil && shownOffer == nil,
      let hint = hint()
    {
      let position = (brand: current?.record.id, head: current?.record.head)
      if let last = lastHint, last.text == hint, last.brand == position.brand,
        last.head == position.head
      {
        // Said already, and nothing changed since: the offer stands without repeating it.
      } else {
        result.hint = hint
        lastHint = (hint, position.brand, position.head)
      }
    }
    return (result, effect)
  }

  func runCommand(_ text: String, typed: String) -> (CommandResult, ShellEffect?) {
    var notes: [String] = []
    var shown = typed
    do {
      let tokens = try Tokenizer.tokenize(text)
      guard let first = tokens.first else {
        throw ShellError.unknownCommand("", suggestions: [])
      }
      let name = String(first.text.dropFirst())
      guard let type = CommandRegistry.command(named: name) else {
        throw ShellError.unknownCommand(
          name, suggestions: Suggestions.closest(to: name, in: CommandRegistry.allNames))
      }
      if let question = pendingQuestion, !Self.keepsQuestion.contains(type.spec.name) {
        pendingQuestion = nil
        if let note = question.droppedNote { notes.append(note) }
        if let output = question.onDrop?(self) { notes += output.lines + output.notes }
      }
      let (leaf, arguments) = try CommandRegistry.resolve(type, tokens.dropFirst())
      let command = try leaf.init(arguments)
      if let changing = command as? any BrandChangingCommand, changing.change != nil {
        shown = changing.canonical
      }
      let stepBefore = current?.state
      let output = try command.run(in: self)
      if let canonical = output.command { shown = canonical }
      if let changing = command as? any BrandChangingCommand, changing.change != nil,
        let before = stepBefore
      {
        notes += aheadOfMethodNote(commandName: type.spec.name, state: before)
      }
      return (
        CommandResult(command: shown, ok: true, output: output.lines, notes: notes + output.notes),
        output.effect
      )
    } catch let error as ShellError {
      return (
        CommandResult(command: shown, ok: false, error: error.message(strings), notes: notes), nil
      )
    } catch {
      return (
        CommandResult(command: shown, ok: false, error: "\(error)", notes: notes), nil
      )
    }
  }

  private func answerFreeText(_ text: String, offer: GuideAction?) -> (CommandResult, ShellEffect?)
  {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard let question = pendingQuestion else {
      return assist(trimmed, offer: offer)
    }
    // "What now?", "pourquoi ?" while a question waits: the guide answers, the question stays.
    // Every answer passes here: "what now?" needs no names, so the workspace is not read.
    if case .run(let intent, let command) = matchIntent(
      trimmed, context: IntentContext(hasBrand: current != nil)),
      Self.guideIntents.contains(intent)
    {
      let (result, effect) = runFromText(command, typed: trimmed)
      if pendingQuestion == nil { pendingQuestion = question }
      return (result, effect)
    }
    // The answer may ask the next question (the interview does): clear this one first.
    pendingQuestion = nil
    do {
      switch try question.answer(trimmed, self) {
      case .settled(let output):
        return (
          CommandResult(
            command: output.command ?? trimmed, ok: true, output: output.lines, notes: output.notes),
          output.effect
        )
      case .askAgain(let explanation):
        pendingQuestion = question
        // Not an answer, but a clear request in a sentence ("which networks should we be
        // on?"): do that instead. A word or two is a mistyped answer, and is asked again.
        if trimmed.split(separator: " ").count >= 3 || trimmed.hasSuffix("?"),
          case .run(_, let command) = matchIntent(trimmed)
        {
          return runFromText(command, typed: trimmed)
        }
        return (
          CommandResult(command: trimmed, ok: false, error: "\(explanation)\n\(question.text)"), nil
        )
      }
    } catch {
      return (CommandResult(command: trimmed, ok: false, error: error.message(strings)), nil)
    }
  }

  /// Asks `question`; the next free-text line answers it.
  public func ask(_ question: PendingQuestion) {
    pendingQuestion = question
  }

  /// Drops the pending question (Ctrl-C).
  /// Drops the pending question (Ctrl-C); returns what dropping it recorded, if anything.
  @discardableResult
  public func cancelQuestion() -> CommandOutput? {
    guard let question = pendingQuestion else { return nil }
    pendingQuestion = nil
    return question.onDrop?(self)
  }

  // MARK: - The open brand

  /// The open brand.
  /// - Throws: ``ShellError/noActiveBrand`` when none is open.
  public func requireBrand() throws(ShellError) -> OpenBrand {
    guard let current else { throw .noActiveBrand }
    return current
  }

  /// Creates a brand, records its creation and opens it.
  public func createBrand(_ name: BrandName, canonical: String) throws(ShellError) -> OpenBrand {
    let now = environment.now()
    let opened = try workspace.write { db -> OpenBrand in
      guard
        let record = try BrandTable.create(db, name: name.value, command: canonical, at: now)
      else {
        throw ShellError.brandExists(name.value)
      }
      try BrandTable.setSetting(db, "current_brand", String(record.id))
      return OpenBrand(record: record, state: BrandState(name: name))
    }
    current = opened
    verifiedBatchEpoch = workspace.batchEpoch
    return opened
  }

  /// Opens the brand named `name` (any case).
  public func open(named name: String) throws(ShellError) -> OpenBrand {
    // A read-only workspace still opens brands; it just does not remember which one.
    let remember = workspace.readOnlyReason == nil
    let find = { (db: GRDB.Database) throws -> OpenBrand in
      guard let record = try BrandTable.find(db, name: name) else {
        let names = try BrandTable.all(db).map(\.name)
        throw ShellError.unknownBrand(name, suggestions: Suggestions.closest(to: name, in: names))
      }
      if remember { try BrandTable.setSetting(db, "current_brand", String(record.id)) }
      return try Self.load(db, record)
    }
    let opened = try remember ? workspace.write(find) : workspace.readTogether(find)
    current = opened
    verifiedBatchEpoch = workspace.batchEpoch
    noticeDamage(of: opened, again: true)
    return opened
  }

  /// Forgets the open brand when it is `id` (after a deletion).
  func close(ifID id: Int64) {
    if current?.record.id == id { current = nil }
  }

  /// Applies and records a change to the open brand, durably, before returning.
  ///
  /// When another session changed the brand since this one last looked, the latest state is
  /// loaded first, the change is applied on top of it, and a note says so.
  /// - Returns: the brand after the change, and notes for the user.
  public func commit(
    _ change: BrandChange, canonical: String,
    dataset: (hash: String, rows: Int, csv: String)? = nil
  ) throws(ShellError) -> (OpenBrand, [String]) {
    let opened = try requireBrand()
    let now = environment.now()
    let skipCheck = workspace.inBatch && verifiedBatchEpoch == workspace.batchEpoch
    let (next, notes) = try workspace.write { db -> (OpenBrand, [String]) in
      var base = opened
      var notes: [String] = []
      if !skipCheck { (base, notes) = try self.refreshed(db, opened) }
      try Self.refuseChange(to: base)
      let state: BrandState
      do {
        state = try base.state.applying(change)
      } catch let error as SMMCoreError {
        throw ShellError.domain(error)
      }
      guard
        let record = try BrandTable.append(
          db, to: base.record, name: state.name.value, command: canonical, at: now)
      else {
        throw ShellError.brandExists(state.name.value)
      }
      if let dataset {
        try MetricsDataset.save(
          db, brand: record.id, hash: dataset.hash, rows: dataset.rows, csv: dataset.csv)
      }
      if record.head % Workspace.snapshotInterval == 0 {
        try BrandTable.saveSnapshot(
          db, brand: record.id, seq: record.head, state: try Self.encode(state))
      }
      return (OpenBrand(record: record, state: state), notes)
    }
    current = next
    verifiedBatchEpoch = workspace.batchEpoch
    return (next, notes)
  }

  /// Moves the open brand's log head back one entry (undo) or forward one (redo).
  /// - Returns: the brand after the move, the entry undone or redone, and notes.
  public func moveHead(forward: Bool) throws(ShellError) -> (OpenBrand, LogEntry, [String]) {
    let opened = try requireBrand()
    let now = environment.now()
    let result = try workspace.write { db -> (OpenBrand, LogEntry, [String]) in
      let (base, notes) = try self.refreshed(db, opened)
      try Self.refuseChange(to: base)
      let record = base.record
      let target = forward ? record.head + 1 : record.head - 1
      if forward && target > record.lastSeq { throw ShellError.nothingToRedo }
      if !forward && target < 1 { throw ShellError.nothingToUndo }
      if !forward && record.head <= 1 { throw ShellError.nothingToUndo }
      let entrySeq = forward ? target : record.head
      guard let entry = try BrandTable.entry(db, brand: record.id, seq: entrySeq) else {
        throw ShellError.corruptLog(brand: record.name, entry: entrySeq, reason: "entry missing")
      }
      let state: BrandState
      if forward {
        let line = try Self.decode(db, entry, brand: record)
        do {
          state = try base.state.applying(line.change)
        } catch let error as SMMCoreError {
          throw ShellError.domain(error)
        }
      } else {
        state = try Self.state(db, record, at: target)
      }
      // Rename first: it is the write that can fail, and nothing else is written before it.
      if state.name != base.state.name {
        guard try BrandTable.rename(db, id: record.id, to: state.name.value) else {
          throw ShellError.brandExists(state.name.value)
        }
      }
      var moved = try BrandTable.setHead(db, of: record, to: target, at: now)
      moved.name = state.name.value
      return (OpenBrand(record: moved, state: state), entry, notes)
    }
    current = result.0
    verifiedBatchEpoch = workspace.batchEpoch
    return result
  }

  /// The open brand's log: entries in effect and those that can be redone.
  public func log() throws(ShellError) -> (entries: [LogEntry], head: Int) {
    let opened = try requireBrand()
    return try workspace.read { db in
      guard let record = try BrandTable.find(db, id: opened.record.id) else {
        throw ShellError.brandGoneElsewhere(opened.state.name.value)
      }
      return (try BrandTable.entries(db, brand: record.id, through: record.lastSeq), record.head)
    }
  }

  /// The brand as stored now; reloaded with a note when another session changed it.
  func refreshed(_ db: GRDB.Database, _ opened: OpenBrand) throws -> (OpenBrand, [String]) {
    guard let record = try BrandTable.find(db, id: opened.record.id) else {
      current = nil
      throw ShellError.brandGoneElsewhere(opened.state.name.value)
    }
    if record.version == opened.record.version { return (opened, []) }
    let reloaded = try Self.load(db, record)
    noticeDamage(of: reloaded)
    let note = strings("session.reloaded", ["name": record.name, "count": String(record.head)])
    return (reloaded, [note])
  }

  // MARK: - Folding the log

  static func load(_ db: GRDB.Database, _ record: BrandRecord) throws -> OpenBrand {
    let (state, damage) = try fold(db, record, through: record.head)
    return OpenBrand(record: record, state: state, damage: damage)
  }

  /// The fold of `record`'s log through entry `head`, starting from the nearest snapshot.
  static func state(_ db: GRDB.Database, _ record: BrandRecord, at head: Int) throws -> BrandState {
    try fold(db, record, through: head).state
  }

  /// The fold of `record`'s log through entry `head`, from the nearest snapshot (or from the
  /// start, to check every entry), and the entries it left out because they do not read back as a change (a damaged log still
  /// opens: the brand is what the readable entries make of it).
  static func fold(
    _ db: GRDB.Database, _ record: BrandRecord, through head: Int, fromSnapshot: Bool = true
  ) throws -> (state: BrandState, damage: [DamagedEntry]) {
    var state: BrandState?
    var from = 0
    if fromSnapshot, let snapshot = try BrandTable.snapshot(db, brand: record.id, atOrBefore: head),
      let decoded = try? JSONDecoder().decode(BrandState.self, from: Data(snapshot.state.utf8))
    {
      state = decoded
      from = snapshot.seq
    }
    var damage: [DamagedEntry] = []
    for entry in try BrandTable.entries(db, brand: record.id, after: from, through: head) {
      do {
        let line = try decode(db, entry, brand: record)
        if let current = state {
          state = try current.applying(line.change)
        } else if entry.seq == 1 {
          state = try BrandState.fold([line.change])
        } else {
          state = try Self.unnamedStart(record).applying(line.change)
        }
      } catch let error as SMMCoreError {
        damage.append(DamagedEntry(seq: entry.seq, command: entry.command, reason: .domain(error)))
      } catch let error as ShellError {
        damage.append(DamagedEntry(seq: entry.seq, command: entry.command, reason: error))
      }
    }
    guard let folded = state else {
      if !damage.isEmpty { return (try unnamedStart(record), damage) }
      throw ShellError.corruptLog(brand: record.name, entry: 1, reason: "the log is empty")
    }
    return (folded, damage)
  }

  /// The state a brand whose creation entry is unreadable starts from: its stored name alone.
  private static func unnamedStart(_ record: BrandRecord) throws -> BrandState {
    BrandState(name: try BrandName(record.name))
  }

  /// The change an entry records: its command decoded, or for an import its rows read back
  /// from the workspace (``MetricsDataset``).
  static func decode(_ db: GRDB.Database, _ entry: LogEntry, brand: BrandRecord) throws(ShellError)
    -> BrandChangeLine
  {
    do {
      if let change = try MetricsDataset.change(db, brand: brand.id, command: entry.command) {
        return BrandChangeLine(change: change, canonical: entry.command)
      }
      return try CommandRegistry.decodeChange(entry.command)
    } catch let error as ShellError {
      throw error
    } catch let error as SMMCoreError {
      throw .domain(error)
    } catch {
      throw ShellError.corruptLog(brand: brand.name, entry: entry.seq, reason: "\(error)")
    }
  }

  static func encode(_ state: BrandState) throws -> String {
    String(decoding: try JSONEncoder().encode(state), as: UTF8.self)
  }
}

extension ShellSession {
  /// The names of the workspace's brands, for completion (empty if the workspace fails).
  public func brandNames() -> [String] {
    (try? workspace.read { db in try BrandTable.all(db).map(\.name) }) ?? []
  }
}

extension ShellSession {
  /// The brand named `name` as stored, without opening it in this session.
  public func loadBrand(named name: String) throws(ShellError) -> OpenBrand {
    try workspace.read { db in
      guard let record = try BrandTable.find(db, name: name) else {
        let names = try BrandTable.all(db).map(\.name)
        throw ShellError.unknownBrand(name, suggestions: Suggestions.closest(to: name, in: names))
      }
      return try Self.load(db, record)
    }
  }

  /// The canonical commands in effect for the brand named `name`: its replayable script.
  /// Unreadable entries are left out, so the script rebuilds the brand as it is shown.
  public func script(named name: String) throws(ShellError) -> [String] {
    let brand = try loadBrand(named: name)
    let damaged = Set(brand.damage.map(\.seq))
    return try workspace.read { db in
      try BrandTable.entries(db, brand: brand.record.id, through: brand.record.head)
        .filter { !damaged.contains($0.seq) }.map(\.command)
    }
  }

  /// What to tell the user about `brand`'s unreadable entries (nothing when its log is sound),
  /// in the session's language.
  public func damageNotes(for brand: OpenBrand) -> [String] {
    brand.damage.isEmpty ? [] : damageNotes(brand.damage, brand: brand.record.name)
  }
}
