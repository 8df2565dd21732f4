import SMMCore
import Testing

@testable import SMMShell

/// The readings that keep a waiting question from trapping the user (issue 13): what is a stop,
/// a putting off, a question about the question, a request; and answers that are not stored
/// literally.
struct AnswerCueTests {
  @Test(arguments: ["stop", "Stop.", "let's stop", "on arrête", "ça suffit", "laisse tomber"])
  func stopsLeaveTheQuestion(_ line: String) {
    #expect(AnswerCue.isStop(line))
    #expect(UniversalAnswer.read(line) == .stop)
  }

  @Test(arguments: ["Stop using facebook", "Kinetic Physio", "annule"])
  func otherLinesAreNoStop(_ line: String) {
    #expect(!AnswerCue.isStop(line))
  }

  @Test(arguments: [
    "we'll upload it tomorrow", "not yet", "later", "on la mettra demain", "pas encore",
    "no time this week",
  ])
  func aShortNotDoneYetPutsAYesNoQuestionOff(_ line: String) {
    #expect(AnswerCue.putsOff(line))
  }

  @Test(arguments: ["yes", "it is in place", "we uploaded our logo last month"])
  func anAnswerIsNoPuttingOff(_ line: String) {
    #expect(!AnswerCue.putsOff(line))
  }

  @Test func aQuestionAboutTheQuestionSharesItsWords() {
    let question = "Instagram profile — Pinned post: is it in place? (yes or no)"
    #expect(AnswerCue.asksAbout("what is a pinned post?"))
    #expect(AnswerCue.sharesWord("what is a pinned post?", with: question))
    #expect(AnswerCue.asksAbout("c'est quoi une bio ?"))
    #expect(
      AnswerCue.sharesWord(
        "c'est quoi une publication épinglée ?", with: "« Publication épinglée »"))
    // Off topic: not about the question, whatever its start.
    #expect(!AnswerCue.sharesWord("what is the capital of Peru?", with: question))
  }

  @Test(arguments: [
    "what's the capital of Peru", "how are we doing", "can you plan 4 weeks",
    "quelle est la capitale du Pérou", "montre le calendrier", "where are we?",
  ])
  func requestsAreNeverStoredAsAValue(_ line: String) {
    #expect(AnswerCue.isRequestLike(line))
  }

  @Test(arguments: [
    "Kinetic Physio Leeds", "Physio in Leeds. Back pain, sport injuries, rehab. Book online.",
    "Des astuces de boulanger et le pain du jour, au cœur de Lyon.",
  ])
  func valuesAreNoRequest(_ line: String) {
    #expect(!AnswerCue.isRequestLike(line))
  }

  @Test func theWordsAroundAShortValueGo() {
    #expect(AnswerCue.value("call it Kinetic Physiotherapy Leeds") == "Kinetic Physiotherapy Leeds")
    #expect(AnswerCue.value("mets plutôt Office du Lac") == "Office du Lac")
    #expect(AnswerCue.value("Kinetic Physio") == "Kinetic Physio")
    #expect(AnswerCue.couldBeName("Office du Lac"))
    #expect(AnswerCue.couldBeName("call it kinetic physio"))
    #expect(!AnswerCue.couldBeName("planifie"))
    #expect(!AnswerCue.couldBeName("drop instagram, nobody there books physio"))
  }

  @Test func aYesOrNoWithAFewWordsMoreIsAReply() {
    #expect(AnswerCue.leadingReply("yep it's there") == true)
    #expect(AnswerCue.leadingReply("oui c'est fait") == true)
    #expect(AnswerCue.leadingReply("d'accord, vas-y") == true)
    #expect(AnswerCue.leadingReply("no, not yet") == false)
    #expect(AnswerCue.leadingReply("Kinetic Physio Leeds") == nil)
    #expect(AnswerCue.leadingReply("yes but what is a pinned post for anyway?") == nil)
  }

  @Test func noOneAgainAndSameAs() {
    #expect(AnswerCue.saysNoOne("we don't have one"))
    #expect(AnswerCue.saysNoOne("on n'a pas d'avocat"))
    #expect(!AnswerCue.saysNoOne("Sarah Patel, sarah@example.com"))
    #expect(AnswerCue.named(again: "Tom again") == "tom")
    #expect(AnswerCue.named(again: "encore Paul") == "paul")
    #expect(AnswerCue.named(again: "Tom Baker") == nil)
    #expect(AnswerCue.sameAs("same as facebook") == "facebook")
    #expect(AnswerCue.sameAs("pareil que sur instagram") == "instagram")
    #expect(AnswerCue.sameAs("Physio in Leeds") == nil)
  }
}

/// A name and a contact typed together are split into the two, without the punctuation between
/// them or a leading "me".
struct NameAndContactTests {
  let action = GuideAction(
    CommandRequest(["crisis", "team"], arguments: [.value("legal"), .answer]),
    kind: .ask(question: Phrase("guide.ask.role"), suggestion: nil, shape: .nameAndContact),
    reason: Phrase("guide.why.team"))

  @Test(arguments: [
    ("Sarah Patel, sarah@example.com", "Sarah Patel", "sarah@example.com"),
    ("Paul Martin, paul@boulangerie-martin.fr", "Paul Martin", "paul@boulangerie-martin.fr"),
    ("me, Sarah Patel, 07700 900456", "Sarah Patel", "07700 900456"),
    ("Omar Haddad - +44 20 7946 0111", "Omar Haddad", "+44 20 7946 0111"),
    ("Claire Morel (claire@lac.fr)", "Claire Morel", "claire@lac.fr"),
  ])
  func theNameAndTheContactAreSplit(_ line: String, _ name: String, _ contact: String) {
    #expect(
      action.request(answering: line)?.arguments.dropFirst().map { $0 }
        == [.value(name), .value(contact)])
  }
}

/// The guide's suggestion is always valid for its field: a name over the limit is cut, at a
/// word, and the question says so.
struct FittedSuggestionTests {
  @Test func aLongNameIsCutToTheFieldsLimit() {
    #expect(
      Guidance.fitted("Office de Tourisme du Lac d'Annecy", to: 30, in: .utf16)
        == "Office de Tourisme du Lac")
    #expect(Guidance.fitted("Supercalifragilistic", to: 5, in: .utf16) == "Super")
  }
}
