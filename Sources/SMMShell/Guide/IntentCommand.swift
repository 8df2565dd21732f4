import SMMCore

/// The assistant's reading of a line (``IntentOutcome``) with its requests printed as the
/// command lines the shell runs or shows.
package enum IntentCommand: Equatable, Sendable {
  /// Confident: the command to run, e.g. `/content adapt 2 linkedin`.
  case run(Intent, command: String)
  /// Destructive: only shown, e.g. `/delete Acme`.
  case confirm(Intent, command: String)
  /// Unsure: the likely commands, best first (`/new NAME` for a missing argument).
  case ask([String])
  /// The line matches nothing.
  case none

  /// `outcome` printed.
  package init(_ outcome: IntentOutcome) {
    switch outcome {
    case .run(let intent, let request): self = .run(intent, command: request.text)
    case .confirm(let intent, let request): self = .confirm(intent, command: request.text)
    case .ask(let requests): self = .ask(requests.map(\.text))
    case .none: self = .none
    }
  }
}
