import SMMCore

/// What a leaf may read of the guide in the session that runs it: the next action, the advice
/// `/why` explains, the question waiting, and how it phrases them. Reading changes nothing a
/// user can see (the guide only refreshes what it remembers of its advice).
package protocol SessionGuide: AnyObject {
  /// The guide's next action for the open brand (nil when a brand must be opened, or the
  /// plan is complete and written).
  func nextAction() -> GuideAction?
  /// The question for a crisis role left open ("we don't have a lawyer"), once nothing else
  /// is left: `/next` asks it again; nil when no role is open.
  func openRoleAction() -> GuideAction?
  /// The advice `/why` explains (``ShellSession/standingAdvice()``).
  func standingAdvice() -> GuideAction?
  /// The question waiting for an answer, as shown; nil when none waits.
  var waitingQuestion: String? { get }
  /// The guide's review of `brand`, step by step.
  func reviews(of brand: OpenBrand) -> [StepReview]
  /// `action` as the guide offers it, in one wrapped line.
  func offerLine(_ action: GuideAction) -> String
  /// What the guide says once nothing is left to do (complete, or what still blocks).
  func completeHint() -> String
}

extension ShellSession: SessionGuide {
  package var waitingQuestion: String? { pendingQuestion?.text }
}
