import SMMCore

extension InterviewQuestion {
  /// Why the interview asks: the choice of networks rests on the brand's profile.
  var reason: Phrase? { Phrase("guide.why.interview") }
}
