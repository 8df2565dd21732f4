import SMMCore

/// One `--json` line as data: `command`, `ok`, `output` and `error` (null when empty), `data`
/// (null when the command has no typed result), then `notes`, `hint`, `source` and `line`
/// only when there are any. ``JSONLinesSink`` encodes it with ``JSONOutput``.
struct JSONLine: Encodable {
  var command: String
  var ok: Bool
  var output: String?
  var error: String?
  var data: CommandData?
  var notes: [String]
  var hint: String?
  var source: String?
  var line: Int?

  enum CodingKeys: String, CodingKey {
    case command, ok, output, error, data, notes, hint, source, line
  }

  /// The line of `result`, read from `location` when it came from a script.
  init(_ result: CommandResult, at location: SourceLocation?) {
    command = result.command
    ok = result.ok
    output = result.output.isEmpty ? nil : result.output.joined(separator: "\n")
    error = result.error
    data = result.data
    notes = result.notes
    hint = result.hint
    source = location?.source
    line = location?.line
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(command, forKey: .command)
    try container.encode(ok, forKey: .ok)
    // The four keys and `data` are on every line, null when empty.
    try container.encode(output, forKey: .output)
    try container.encode(error, forKey: .error)
    try container.encode(data, forKey: .data)
    if !notes.isEmpty { try container.encode(notes, forKey: .notes) }
    try container.encodeIfPresent(hint, forKey: .hint)
    try container.encodeIfPresent(source, forKey: .source)
    try container.encodeIfPresent(line, forKey: .line)
  }
}
