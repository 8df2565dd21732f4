import SMMCore
import Testing

/// A negative post in plain words is read by intent, not by tone (US Air Force "Web Posting
/// Response Assessment"): a real bad experience, however angry, is a customer to help.
struct NegativePostReadingTests {
  @Test(arguments: [
    ("a furious tourist whose shuttle never came", NegativePost.unhappy),
    ("un touriste furieux : la navette n'est jamais venue et il a raté son train", .unhappy),
    ("a patient left a 1-star review saying she waited 40 minutes", .unhappy),
    ("an angry customer", .unhappy),
    ("un client mécontent sur facebook", .unhappy),
    ("un habitant en colère, la benne n'est pas passée depuis une semaine, il attend", .unhappy),
    ("someone keeps posting insults and memes under every post, just to provoke", .troll),
    ("quelqu'un poste des insultes sous chaque publication juste pour provoquer", .troll),
    ("someone is trolling us", .troll),
    ("a resident thinks the town hall runs the trains", .misguided),
    (
      "un habitant croit que la mairie gère les trains et demande pourquoi le TER est en retard",
      .misguided
    ),
    ("someone ranting about bakeries in general", .rager),
    ("un coup de gueule contre les boulangeries en général", .rager),
    ("an angry post full of insults", .rager),
  ])
  func theIntentDecides(_ text: String, _ kind: NegativePost) {
    #expect(NegativePost.read(text) == kind, "\(text)")
  }

  @Test func wordsThatSayNoKindReadAsNone() {
    #expect(NegativePost.read("thanks for the lovely bread") == nil)
    #expect(NegativePost.read("") == nil)
  }

  @Test func theQuestionsOrderPutsARealExperienceBeforeTheRant() {
    // Answered yes to "bad experience" and to "mostly a rant": a customer to help.
    #expect(
      NegativePost.classify(troll: false, rager: true, wrongFacts: false, badExperience: true)
        == .unhappy)
    #expect(
      NegativePost.classify(troll: false, rager: true, wrongFacts: false, badExperience: false)
        == .rager)
  }
}
