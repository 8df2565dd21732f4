/// Holds what a replay shows until the batch that holds it is committed, then passes it on, in
/// order, to the sink it wraps: a result is never shown before it is durable.
///
/// While not holding, everything passes straight through.
final class HeldOutputSink: OutputSink {
  private enum Event {
    case echo(prompt: String, line: String)
    case result(CommandResult, SourceLocation?)
    case message(String, isError: Bool)

    var isError: Bool {
      switch self {
      case .echo: return false
      case .result(let result, _): return !result.ok
      case .message(_, let isError): return isError
      }
    }
  }

  /// The sink results are shown on.
  let target: any OutputSink
  /// Whether events are held (during a batch) instead of passed on.
  var isHolding = false
  private var held: [Event] = []

  init(_ target: any OutputSink) { self.target = target }

  func echo(prompt: String, line: String) {
    isHolding
      ? held.append(.echo(prompt: prompt, line: line)) : target.echo(prompt: prompt, line: line)
  }

  func emit(_ result: CommandResult, at location: SourceLocation?) {
    isHolding ? held.append(.result(result, location)) : target.emit(result, at: location)
  }

  func message(_ text: String, isError: Bool) {
    isHolding
      ? held.append(.message(text, isError: isError)) : target.message(text, isError: isError)
  }

  func flush() {
    if !isHolding { target.flush() }
  }

  /// Passes on everything held (it is durable now), then flushes the target.
  func release() {
    pass(held)
    held.removeAll(keepingCapacity: true)
    target.flush()
  }

  /// Drops what is held (it was not saved); with `keepingErrors`, failed results and error
  /// messages still pass on, so the line that failed is told.
  func discard(keepingErrors: Bool) {
    if keepingErrors { pass(held.filter(\.isError)) }
    held.removeAll(keepingCapacity: true)
    target.flush()
  }

  private func pass(_ events: [Event]) {
    for event in events {
      switch event {
      case .echo(let prompt, let line): target.echo(prompt: prompt, line: line)
      case .result(let result, let location): target.emit(result, at: location)
      case .message(let text, let isError): target.message(text, isError: isError)
      }
    }
  }
}
