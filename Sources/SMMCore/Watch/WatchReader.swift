/// Reads a watch input line by line, in any of the four formats (``WatchFormat``), keeping only
/// the state of the row under way: a file of any size is read in flat memory, and a growing file
/// can be fed as its lines come.
///
/// Each line gives zero or more items: volume points, mentions, or a problem naming the row
/// (1-based line number; for a Mastodon JSON array, the line where the status starts) —
/// after a problem, reading goes on. Jetstream events other than the creation of an
/// `app.bsky.feed.post` (likes, follows, deletions, identity events) are skipped silently.
public struct WatchReader: Sendable {
  /// What a line gives.
  public enum Item: Equatable, Sendable {
    case point(VolumePoint)
    case mention(Mention)
    case problem(row: Int, WatchRowProblem)
  }

  /// The format being read: the one given, else the one detected on the first non-blank line.
  public private(set) var format: WatchFormat?
  private var row = 0
  private var header: [String: Int]?
  /// Whether the volume columns are the plain `timestamp,value` (read from bytes, no field array).
  private var plainColumns = false
  private var delimiter: Unicode.Scalar = ","
  private var pendingCSV: (text: String, row: Int)?
  private var array = ArraySplitter()
  private var arrayMode: Bool?
  private var jsonMentions: Bool?

  public init(format: WatchFormat? = nil) {
    self.format = format
  }

  /// Reads one line of input (without its line end); `emit` gets what it holds.
  public mutating func read(line: Substring, _ emit: (Item) -> Void) {
    row += 1
    if format == .mastodon, arrayMode == true {
      readArray(line, emit)
      return
    }
    if let pending = pendingCSV {
      let text = pending.text + "\n" + line
      if WatchCSV.opensQuote(text) {
        pendingCSV = (text, pending.row)
      } else {
        pendingCSV = nil
        readCSV(Substring(text), row: pending.row, emit)
      }
      return
    }
    let trimmed = WatchText.trimmed(line)
    if trimmed.isEmpty { return }
    if format == nil {
      guard let detected = WatchFormat.detect(firstLine: trimmed) else {
        emit(.problem(row: row, .unknownFormat))
        return
      }
      format = detected
    }
    switch format {
    case .mastodon:
      if arrayMode == nil { arrayMode = trimmed.first == "[" }
      if arrayMode == true {
        readArray(line, emit)
      } else {
        readJSONLine(trimmed, emit)
      }
    case .jetstream:
      readJSONLine(trimmed, emit)
    case .mentions:
      if jsonMentions == nil { jsonMentions = trimmed.first == "{" }
      if jsonMentions == true {
        readJSONLine(trimmed, emit)
      } else if WatchCSV.opensQuote(line) {
        pendingCSV = (String(line), row)
      } else {
        readCSV(line, row: row, emit)
      }
    case .volume, nil:
      readVolume(trimmed, emit)
    }
  }

  /// Reads one line of input given as its UTF-8 bytes (without its line end): a plain volume
  /// row (`time,count`) is read from the bytes, any other line as ``read(line:_:)`` reads it.
  public mutating func read(bytes: UnsafeBufferPointer<UInt8>, _ emit: (Item) -> Void) {
    if format == .volume, plainColumns, let delimiter = volumeDelimiter,
      let point = Self.plainVolumeRow(bytes, delimiter: delimiter)
    {
      row += 1
      emit(.point(point))
      return
    }
    read(line: Substring(String(decoding: bytes, as: UTF8.self)), emit)
  }

  /// The volume rows' delimiter as a byte, once the first row set it (nil if not ASCII).
  private var volumeDelimiter: UInt8? {
    delimiter.isASCII ? UInt8(delimiter.value) : nil
  }

  /// Ends the input: a row left open (a quoted field, a JSON array) is a problem.
  public mutating func finish(_ emit: (Item) -> Void) {
    if let pending = pendingCSV {
      emit(.problem(row: pending.row, .unfinished))
      pendingCSV = nil
    }
    if arrayMode == true, array.unfinished {
      emit(.problem(row: array.elementRow > 0 ? array.elementRow : row, .unfinished))
    }
  }

  // MARK: volume

  private mutating func readVolume(_ line: Substring, _ emit: (Item) -> Void) {
    if header == nil {
      delimiter = WatchCSV.delimiter(of: line)
      let fields = WatchCSV.fields(line, delimiter: delimiter).map {
        WatchText.trimmed(Substring($0)).lowercased()
      }
      if WatchTime.parse(fields.first ?? "") == nil {
        // A header row: the columns are named.
        var columns: [String: Int] = [:]
        for (index, name) in fields.enumerated() { columns[name] = index }
        let time = columns["timestamp"] ?? columns["time"] ?? columns["date"]
        let value = columns["value"] ?? columns["count"] ?? columns["mentions"]
        guard let time else {
          emit(.problem(row: row, .missingColumn("timestamp")))
          return
        }
        guard let value else {
          emit(.problem(row: row, .missingColumn("value")))
          return
        }
        header = ["timestamp": time, "value": value]
        plainColumns = time == 0 && value == 1
        return
      }
      header = ["timestamp": 0, "value": 1]
      plainColumns = true
    }
    let timeColumn = plainColumns ? 0 : header?["timestamp"] ?? 0
    let valueColumn = plainColumns ? 1 : header?["value"] ?? 1
    if plainColumns, delimiter.isASCII,
      let point = line.utf8.withContiguousStorageIfAvailable({
        Self.plainVolumeRow($0, delimiter: UInt8(delimiter.value))
      }), let point
    {
      emit(.point(point))
      return
    }
    if timeColumn == 0, valueColumn == 1, !line.unicodeScalars.contains("\"") {
      // The common row, `timestamp,value`: no field array.
      guard let cut = line.unicodeScalars.firstIndex(of: delimiter) else {
        emit(.problem(row: row, .shortRow(expected: 2, found: 1)))
        return
      }
      let timeText = WatchText.trimmed(line[..<cut])
      var rest = line[line.index(after: cut)...]
      if let next = rest.unicodeScalars.firstIndex(of: delimiter) { rest = rest[..<next] }
      point(timeText, WatchText.trimmed(rest), emit)
      return
    }
    let fields = WatchCSV.fields(line, delimiter: delimiter)
    let needed = max(timeColumn, valueColumn) + 1
    guard fields.count >= needed else {
      emit(.problem(row: row, .shortRow(expected: needed, found: fields.count)))
      return
    }
    point(
      WatchText.trimmed(Substring(fields[timeColumn])),
      WatchText.trimmed(Substring(fields[valueColumn])),
      emit)
  }

  /// The point of a plain `time,count` row (no quote, an integer count), read from its bytes
  /// without making a string; nil for any other row, which the general path then reads.
  static func plainVolumeRow(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8) -> VolumePoint?
  {
    guard let cut = bytes.firstIndex(of: delimiter) else { return nil }
    var end = bytes.count
    while end > cut + 1, bytes[end - 1] == 0x0D || bytes[end - 1] == 0x20 { end -= 1 }
    guard end > cut + 1, end - cut - 1 <= 15 else { return nil }
    var value = 0
    for index in (cut + 1)..<end {
      let byte = bytes[index]
      guard byte >= 0x30, byte <= 0x39 else { return nil }
      value = value * 10 + Int(byte - 0x30)
    }
    guard let time = WatchTime.parse(bytes: UnsafeBufferPointer(rebasing: bytes[0..<cut])) else {
      return nil
    }
    return VolumePoint(time: time, value: Double(value))
  }

  private func point(_ timeText: Substring, _ valueText: Substring, _ emit: (Item) -> Void) {
    guard let time = WatchTime.parse(timeText) else {
      emit(.problem(row: row, .badTime(String(timeText))))
      return
    }
    guard let value = Double(valueText) ?? WatchText.count(valueText), value.isFinite, value >= 0
    else {
      emit(.problem(row: row, .badValue(String(valueText))))
      return
    }
    emit(.point(VolumePoint(time: time, value: value)))
  }

  // MARK: mentions as CSV

  private mutating func readCSV(_ line: Substring, row: Int, _ emit: (Item) -> Void) {
    guard let header else {
      delimiter = WatchCSV.delimiter(of: line)
      var columns: [String: Int] = [:]
      for (index, name) in WatchCSV.fields(line, delimiter: delimiter).enumerated() {
        let key = WatchText.trimmed(Substring(name)).lowercased()
        if columns[key] == nil { columns[key] = index }
      }
      for alias in ["time", "date", "created_at"] where columns["timestamp"] == nil {
        columns["timestamp"] = columns[alias]
      }
      for name in ["timestamp", "text"] where columns[name] == nil {
        emit(.problem(row: row, .missingColumn(name)))
        return
      }
      self.header = columns
      return
    }
    let fields = WatchCSV.fields(line, delimiter: delimiter)
    func field(_ name: String) -> String? {
      guard let index = header[name], index < fields.count else { return nil }
      let value = String(WatchText.trimmed(Substring(fields[index])))
      return value.isEmpty ? nil : value
    }
    let needed = max(header["timestamp"] ?? 0, header["text"] ?? 0) + 1
    guard fields.count >= needed else {
      emit(.problem(row: row, .shortRow(expected: header.count, found: fields.count)))
      return
    }
    guard let timeText = field("timestamp") else {
      emit(.problem(row: row, .missingField("timestamp")))
      return
    }
    guard let time = WatchTime.parse(timeText) else {
      emit(.problem(row: row, .badTime(timeText)))
      return
    }
    var reach: Int?
    for name in ["reach", "followers"] where reach == nil {
      guard let text = field(name) else { continue }
      guard let value = WatchText.count(text) else {
        emit(.problem(row: row, .badValue(text)))
        return
      }
      reach = Int(min(value, 1e15))
    }
    emit(
      .mention(
        Mention(
          time: time, text: fields[header["text"] ?? 0], author: field("author"),
          platform: field("platform"), url: field("url"), reach: reach)))
  }

  // MARK: JSON lines

  private func readJSONLine(_ line: Substring, _ emit: (Item) -> Void) {
    guard let object = WatchJSON.parse(line), case .object = object else {
      emit(.problem(row: row, .notJSON))
      return
    }
    readObject(object, row: row, emit)
  }

  private func readObject(_ object: WatchJSON, row: Int, _ emit: (Item) -> Void) {
    let result: Result<Mention?, WatchRowProblem>
    switch format {
    case .jetstream: result = Self.jetstream(object)
    case .mastodon: result = Self.mastodon(object)
    default: result = Self.mention(object)
    }
    switch result {
    case .success(let mention?): emit(.mention(mention))
    case .success(nil): break
    case .failure(let problem): emit(.problem(row: row, problem))
    }
  }

  private static func time(_ value: WatchJSON?, _ name: String) -> Result<Int64, WatchRowProblem> {
    guard let text = value?.string else { return .failure(.missingField(name)) }
    guard let time = WatchTime.parse(text) else { return .failure(.badTime(text)) }
    return .success(time)
  }

  private static func reach(_ value: WatchJSON?) -> Int? {
    guard let number = value?.number, number.isFinite, number >= 0 else { return nil }
    return Int(min(number, 1e15))
  }

  /// A `mentions` JSON line.
  static func mention(_ object: WatchJSON) -> Result<Mention?, WatchRowProblem> {
    let time: Int64
    switch Self.time(object["timestamp"], "timestamp") {
    case .success(let value): time = value
    case .failure(let problem): return .failure(problem)
    }
    guard let text = object["text"]?.string else { return .failure(.missingField("text")) }
    return .success(
      Mention(
        time: time, text: text, author: object["author"]?.string,
        platform: object["platform"]?.string, url: object["url"]?.string,
        reach: reach(object["reach"]) ?? reach(object["followers"])))
  }

  /// A Jetstream event: the creation of a post, else nothing.
  static func jetstream(_ object: WatchJSON) -> Result<Mention?, WatchRowProblem> {
    guard object["kind"]?.string ?? "commit" == "commit", let commit = object["commit"],
      commit["collection"]?.string == "app.bsky.feed.post",
      commit["operation"]?.string ?? "create" == "create"
    else { return .success(nil) }
    guard let record = commit["record"] else { return .failure(.missingField("commit.record")) }
    guard let text = record["text"]?.string else {
      return .failure(.missingField("commit.record.text"))
    }
    let time: Int64
    if let micros = object["time_us"]?.number, micros.isFinite, micros >= 0 {
      time = Int64(micros / 1_000_000)
    } else {
      switch Self.time(record["createdAt"], "time_us") {
      case .success(let value): time = value
      case .failure(let problem): return .failure(problem)
      }
    }
    let did = object["did"]?.string
    var url: String?
    if let did, let key = commit["rkey"]?.string {
      url = "https://bsky.app/profile/\(did)/post/\(key)"
    }
    return .success(Mention(time: time, text: text, author: did, platform: "bluesky", url: url))
  }

  /// A Mastodon status (a boost reads as its original's text, at the boost's time).
  static func mastodon(_ object: WatchJSON) -> Result<Mention?, WatchRowProblem> {
    let time: Int64
    switch Self.time(object["created_at"], "created_at") {
    case .success(let value): time = value
    case .failure(let problem): return .failure(problem)
    }
    var source = object
    if let reblog = object["reblog"], case .object = reblog { source = reblog }
    guard let content = source["content"]?.string else { return .failure(.missingField("content")) }
    let account = object["account"]
    return .success(
      Mention(
        time: time, text: HTMLText.plain(content), author: account?["acct"]?.string,
        platform: "mastodon", url: source["url"]?.string ?? source["uri"]?.string,
        reach: reach(account?["followers_count"])))
  }

  // MARK: a JSON array of statuses

  private mutating func readArray(_ line: Substring, _ emit: (Item) -> Void) {
    let row = self.row
    var elements: [(bytes: [UInt8], row: Int)] = []
    var problems: [Int] = []
    array.feed(line, row: row) { bytes, start in
      elements.append((bytes, start))
    } junk: {
      problems.append($0)
    }
    for start in problems { emit(.problem(row: start, .notJSON)) }
    for element in elements {
      guard let object = WatchJSON.parse(String(decoding: element.bytes, as: UTF8.self)),
        case .object = object
      else {
        emit(.problem(row: element.row, .notJSON))
        continue
      }
      readObject(object, row: element.row, emit)
    }
  }

  /// Cuts a JSON array into its top-level objects as lines come, without reading the whole.
  struct ArraySplitter: Sendable {
    var opened = false
    var closed = false
    var depth = 0
    var inString = false
    var escaped = false
    var buffer: [UInt8] = []
    var elementRow = 0
    var junkRow = 0

    var unfinished: Bool { !opened || !closed || depth > 0 }

    mutating func feed(
      _ line: Substring, row: Int, element: ([UInt8], Int) -> Void, junk: (Int) -> Void
    ) {
      for byte in line.utf8 {
        if depth > 0 {
          buffer.append(byte)
          if inString {
            if escaped {
              escaped = false
            } else if byte == UInt8(ascii: "\\") {
              escaped = true
            } else if byte == UInt8(ascii: "\"") {
              inString = false
            }
          } else if byte == UInt8(ascii: "\"") {
            inString = true
          } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
            depth += 1
          } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
            depth -= 1
            if depth == 0 {
              element(buffer, elementRow)
              buffer.removeAll(keepingCapacity: true)
            }
          }
          continue
        }
        switch byte {
        case 0x20, 0x09, 0x0D, 0x0A: continue
        case UInt8(ascii: "[") where !opened: opened = true
        case UInt8(ascii: ",") where opened && !closed: continue
        case UInt8(ascii: "]") where opened && !closed: closed = true
        case UInt8(ascii: "{") where opened && !closed:
          depth = 1
          buffer = [byte]
          elementRow = row
        default:
          if junkRow != row {
            junkRow = row
            junk(row)
          }
        }
      }
    }
  }
}
