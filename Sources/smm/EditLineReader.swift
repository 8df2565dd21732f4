@preconcurrency import CEditLine
import EditLineShim
import Foundation
import SMMCore
import SMMShell

#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// Lines typed at a terminal, edited with libedit: emacs keys, UTF-8, history saved across
/// runs, Ctrl-R search, Tab completion, Ctrl-C to drop the line, Ctrl-D to leave.
final class EditLineReader: LineReader {
  private let editor: OpaquePointer
  private let history: OpaquePointer
  private let historyPath: String
  private let completer: Completer
  private var promptBytes: UnsafeMutablePointer<CChar>
  private var closed = false

  init(historyPath: String, completer: Completer) {
    self.historyPath = historyPath
    self.completer = completer
    _ = smm_setup_utf8_locale()
    promptBytes = strdup("smm> ")
    editor = smm_el_init("smm")
    history = smm_history_init(2000)
    smm_el_set_history(editor, history)
    smm_el_set_editor(editor, "emacs")
    smm_el_set_signal(editor, 1)
    smm_el_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
    smm_el_set_prompt(editor, editLinePrompt)
    smm_el_addfn(editor, "smm-complete", "Complete the word before the cursor", editLineComplete)
    // ☀️, 🏔️, 👨‍👩‍👧: their zero-width parts go into the line without libedit drawing them,
    // and the cursor steps over and deletes whole characters, never half of one.
    _ = smm_el_guard_zero_width(editor)
    smm_el_addfn(editor, "smm-char-back", "Move back one character", editLineBack)
    smm_el_addfn(editor, "smm-char-forward", "Move forward one character", editLineForward)
    smm_el_addfn(
      editor, "smm-delete-back", "Delete the character before the cursor", editLineRubout)
    smm_el_addfn(
      editor, "smm-delete-forward", "Delete the character under the cursor", editLineDelete)
    smm_el_addfn(
      editor, "smm-delete-or-end", "Delete the character under the cursor, or leave",
      editLineDeleteOrEnd)
    // The user's ~/.editrc first, then the keys smm must own.
    _ = smm_el_source(editor)
    _ = smm_el_rewrite_instead_of_insert(editor)
    smm_el_bind(editor, "^I", "smm-complete")
    for key in ["\\e[D", "\\eOD", "^B"] { smm_el_bind(editor, key, "smm-char-back") }
    for key in ["\\e[C", "\\eOC", "^F"] { smm_el_bind(editor, key, "smm-char-forward") }
    for key in ["^H", "^?"] { smm_el_bind(editor, key, "smm-delete-back") }
    smm_el_bind(editor, "\\e[3~", "smm-delete-forward")
    smm_el_bind(editor, "^D", "smm-delete-or-end")
    smm_el_bind(editor, "^R", "em-inc-search-prev")
    smm_el_bind(editor, "^W", "ed-delete-prev-word")
    smm_el_bind(editor, "\\e[1;5D", "ed-prev-word")
    smm_el_bind(editor, "\\e[1;5C", "em-next-word")
    let folder = (historyPath as NSString).deletingLastPathComponent
    try? FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    if FileManager.default.fileExists(atPath: historyPath) {
      smm_history_load(history, historyPath)
    }
    smm_install_sigint_handler()
  }

  deinit { close() }

  /// Saves the history and gives the terminal back.
  func close() {
    guard !closed else { return }
    closed = true
    saveHistory()
    smm_el_end(editor)
    history_end(history)
    free(promptBytes)
  }

  func read(prompt: String) -> LineInput {
    free(promptBytes)
    promptBytes = strdup(fittedPrompt(prompt))
    while true {
      var count: Int32 = 0
      _ = smm_take_interrupt()
      guard let raw = el_gets(editor, &count) else {
        if count == -1 {
          if smm_take_interrupt() == 1 {
            FileHandle.standardOutput.write(Data("^C\n".utf8))
            return .interrupted
          }
          if errno == EINTR { continue }
        }
        return .endOfInput
      }
      if smm_take_interrupt() == 1 {
        FileHandle.standardOutput.write(Data("\n".utf8))
        return .interrupted
      }
      var line = String(cString: raw)
      if line.hasSuffix("\n") { line.removeLast() }
      if line.utf8.count > ByteLineReader.maximumLineBytes {
        return .malformed(
          .lineTooLong(bytes: line.utf8.count, limit: ByteLineReader.maximumLineBytes))
      }
      return .line(line)
    }
  }

  var showsPrompt: Bool { true }

  /// The prompt libedit shows, on one line: a prompt too wide to leave room for typing (a long
  /// brand name) is wrapped at word boundaries, its first lines written out before it.
  private func fittedPrompt(_ prompt: String) -> String {
    let width = Int(smm_el_columns(editor))
    let room = 16
    guard width > 2 * room, TextWidth.columns(prompt) > width - room else { return prompt }
    let trailing = String(prompt.reversed().prefix(while: { $0 == " " }))
    let lines = TextWrap.fit(String(prompt.dropLast(trailing.count)), width: width - room)
    guard lines.count > 1, let last = lines.last else { return prompt }
    let head = lines.dropLast().joined(separator: "\n") + "\n"
    FileHandle.standardOutput.write(Data(TerminalText.inert(head).utf8))
    return last + trailing
  }

  func remember(_ raw: String) {
    // Kept as typed, less the trailing spaces a completion leaves.
    var line = raw
    while line.last == " " { line.removeLast() }
    guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
    smm_history_enter(history, line)
    saveHistory()
  }

  private func saveHistory() {
    smm_history_save(history, historyPath)
    chmod(historyPath, 0o600)
  }

  fileprivate var currentPrompt: UnsafeMutablePointer<CChar> { promptBytes }

  /// Tab: one candidate completes the word; several complete their common start and are
  /// listed (the start may itself be one of them: `/bra` gives `/brand` and shows `/brands`).
  fileprivate func complete() -> UInt8 {
    guard let info = el_line(editor)?.pointee, let start = info.buffer else {
      return UInt8(CC_ERROR)
    }
    let length = info.cursor - start
    let bytes = UnsafeRawBufferPointer(start: UnsafeRawPointer(start), count: length)
    let line = String(decoding: bytes, as: UTF8.self)
    let completion = completer.complete(line)
    let candidates = completion.candidates
    if candidates.isEmpty { return UInt8(CC_REFRESH_BEEP) }
    if candidates.count == 1 {
      let only = candidates[0]
      replaceWord(completion.word, with: only.replacement + (only.isFinal ? " " : ""))
      return UInt8(CC_REFRESH)
    }
    let prefix = completion.commonPrefix
    if prefix.count > completion.word.count {
      replaceWord(completion.word, with: prefix)
    }
    printColumns(candidates.map(\.replacement), width: Int(smm_el_columns(editor)))
    return UInt8(CC_REDISPLAY)
  }

  /// The line's text before and after the cursor.
  private func lineAroundCursor() -> (before: String, after: String)? {
    guard let info = el_line(editor)?.pointee, let start = info.buffer, let cursor = info.cursor,
      let end = info.lastchar
    else { return nil }
    let before = UnsafeRawBufferPointer(start: UnsafeRawPointer(start), count: cursor - start)
    let after = UnsafeRawBufferPointer(start: UnsafeRawPointer(cursor), count: end - cursor)
    return (String(decoding: before, as: UTF8.self), String(decoding: after, as: UTF8.self))
  }

  /// An editing key that acts on a whole character (``CharacterSteps``).
  fileprivate func edit(_ key: CharacterKey) -> UInt8 {
    guard let (before, after) = lineAroundCursor() else { return UInt8(CC_ERROR) }
    switch key {
    case .back, .deleteBack:
      let steps = CharacterSteps.back(before: before, after: after)
      guard steps > 0 else { return UInt8(CC_REFRESH_BEEP) }
      if key == .back {
        _ = el_cursor(editor, Int32(-steps))
        return UInt8(CC_CURSOR)
      }
      el_deletestr(editor, Int32(steps))
      return UInt8(CC_REFRESH)
    case .forward, .deleteForward, .deleteOrEnd:
      if key == .deleteOrEnd && before.isEmpty && after.isEmpty { return UInt8(CC_EOF) }
      let steps = CharacterSteps.forward(before: before, after: after)
      guard steps > 0 else { return UInt8(key == .deleteOrEnd ? CC_NORM : CC_REFRESH_BEEP) }
      _ = el_cursor(editor, Int32(steps))
      if key == .forward { return UInt8(CC_CURSOR) }
      el_deletestr(editor, Int32(steps))
      return UInt8(CC_REFRESH)
    }
  }

  private func replaceWord(_ word: String, with text: String) {
    if !word.isEmpty { el_deletestr(editor, Int32(word.unicodeScalars.count)) }
    _ = text.withCString { el_insertstr(editor, $0) }
  }

  private func printColumns(_ items: [String], width: Int) {
    let column = (items.map(\.count).max() ?? 0) + 2
    let perLine = max(1, width / column)
    var text = "\n"
    for (index, item) in items.enumerated() {
      let last = index % perLine == perLine - 1 || index == items.count - 1
      text += last ? item + "\n" : item + String(repeating: " ", count: column - item.count)
    }
    // Names from the workspace (an older smm let control codes in): shown, not obeyed.
    FileHandle.standardOutput.write(Data(TerminalText.inert(text).utf8))
  }
}

private func reader(of editor: OpaquePointer?) -> EditLineReader? {
  guard let editor, let data = smm_el_get_clientdata(editor) else { return nil }
  return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
}

private let editLinePrompt: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>? = {
  editor in
  reader(of: editor)?.currentPrompt
}

private let editLineComplete: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { editor, _ in
  reader(of: editor)?.complete() ?? UInt8(CC_ERROR)
}

/// The editing keys that act on whole characters.
private enum CharacterKey {
  case back, forward, deleteBack, deleteForward, deleteOrEnd
}

private let editLineBack: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { editor, _ in
  reader(of: editor)?.edit(.back) ?? UInt8(CC_ERROR)
}

private let editLineForward: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { editor, _ in
  reader(of: editor)?.edit(.forward) ?? UInt8(CC_ERROR)
}

private let editLineRubout: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { editor, _ in
  reader(of: editor)?.edit(.deleteBack) ?? UInt8(CC_ERROR)
}

private let editLineDelete: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { editor, _ in
  reader(of: editor)?.edit(.deleteForward) ?? UInt8(CC_ERROR)
}

private let editLineDeleteOrEnd: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { editor, _ in
  reader(of: editor)?.edit(.deleteOrEnd) ?? UInt8(CC_ERROR)
}
