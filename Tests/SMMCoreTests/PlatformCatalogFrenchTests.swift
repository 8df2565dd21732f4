import Foundation
import Testing

@testable import SMMCore

/// Every sentence of the platform catalog has a French version beside it that says the same
/// thing: the same figures, the same judgements, in French typography.
struct PlatformCatalogFrenchTests {
  /// Every user-facing sentence of the catalog, in both languages, with where it is.
  static var sentences: [(place: String, text: LocalizedText)] {
    var result: [(place: String, text: LocalizedText)] = []
    for entry in PlatformCatalog.builtIn {
      let name = entry.platform.rawValue
      result.append(("\(name) summary", entry.localizedSummary))
      for figure in entry.audience {
        result.append(("\(name) audience", figure.localizedStatement))
      }
      for reason in entry.market.reasons { result.append(("\(name) market", reason.localized)) }
      for fit in entry.goals {
        result.append(("\(name) \(fit.goal.rawValue)", fit.reason.localized))
      }
      for fit in entry.reach {
        result.append(("\(name) \(fit.reach.rawValue)", fit.reason.localized))
      }
      if let note = entry.post.localizedNote { result.append(("\(name) post note", note)) }
    }
    return result
  }

  /// The numbers of a text, as values: "2,048" and "2 048" are 2048, "3.5" and "3,5" are 3.5.
  static func numbers(_ text: String, french: Bool) throws -> [Double] {
    let pattern =
      french ? #"\d+(?: \d{3})*(?:,\d+)?"# : #"\d+(?:,\d{3})*(?:\.\d+)?"#
    let regex = try NSRegularExpression(pattern: pattern)
    let range = NSRange(text.startIndex..., in: text)
    return regex.matches(in: text, range: range).compactMap { match in
      guard let found = Range(match.range, in: text) else { return nil }
      var number = String(text[found])
      if french {
        number = number.replacingOccurrences(of: " ", with: "")
          .replacingOccurrences(of: ",", with: ".")
      } else {
        number = number.replacingOccurrences(of: ",", with: "")
      }
      return Double(number)
    }.sorted()
  }

  @Test func everySentenceHasAFrenchVersion() {
    #expect(Self.sentences.count > 100)
    for (place, text) in Self.sentences {
      #expect(!text.french.isEmpty, "\(place): no French for \"\(text.english)\"")
      #expect(text.french != text.english, "\(place): \"\(text.english)\" is not translated")
      #expect(!text.french.contains("US adults"), "\(place): \"\(text.french)\"")
      #expect(!text.french.contains("smm's"), "\(place): \"\(text.french)\"")
    }
  }

  @Test func everyPostNoteHasAFrenchVersion() {
    for entry in PlatformCatalog.builtIn {
      #expect(
        (entry.post.note == nil) == (entry.post.frenchNote == nil),
        "\(entry.platform.rawValue): a post note without its French version, or the reverse")
    }
  }

  @Test func theSameSentenceIsTranslatedTheSameWayEverywhere() {
    var french: [String: (place: String, text: String)] = [:]
    for (place, text) in Self.sentences {
      if let known = french[text.english] {
        #expect(
          known.text == text.french,
          "\"\(text.english)\" is translated differently in \(known.place) and \(place)")
      } else {
        french[text.english] = (place, text.french)
      }
    }
  }

  @Test func translationsKeepEveryFigure() throws {
    for (place, text) in Self.sentences {
      #expect(
        try Self.numbers(text.english, french: false)
          == Self.numbers(text.french, french: true),
        "\(place): \"\(text.english)\" / \"\(text.french)\"")
    }
  }

  @Test func judgementsSaySoInFrench() {
    for (place, text) in Self.sentences {
      #expect(
        text.english.hasPrefix("smm's judgement: ")
          == text.french.hasPrefix("jugement de smm : "), "\(place): \"\(text.french)\"")
    }
  }

  @Test func frenchTypography() {
    for (place, text) in Self.sentences {
      let french = text.french
      // A space before %, : and ; ("80 %", "réseau professionnel : B2B").
      #expect(
        french.range(of: #"[^ ][%:;]"#, options: .regularExpression) == nil,
        "\(place): \"\(french)\"")
      // Thousands apart with a space, decimals with a comma.
      #expect(
        french.range(of: #"\d[.,]\d{3}\b"#, options: .regularExpression) == nil,
        "\(place): \"\(french)\"")
      #expect(!french.contains("\""), "\(place): \"\(french)\"")
    }
  }

  @Test func audienceStatementsNameTheirPlatformInFrench() {
    for entry in PlatformCatalog.builtIn {
      for figure in entry.audience {
        #expect(
          figure.frenchStatement.contains(entry.platform.displayName),
          "\(figure.frenchStatement) does not name \(entry.platform.displayName)")
      }
    }
  }

  @Test func aReasonRendersInTheSessionsLanguage() {
    let instagram = PlatformCatalog.entry(.instagram)
    let phrase = Phrase(
      "score.audience.figure",
      [
        "statement": .localized(instagram.audience[1].localizedStatement),
        "source": .text(instagram.audience[1].source.short),
      ])
    #expect(phrase.english == "80% of US adults 18–29 use Instagram — Pew 2025")
    #expect(
      phrase.render(.french)
        == "80 % des adultes américains de 18 à 29 ans utilisent Instagram — Pew 2025")
  }

  @Test func aLocalizedPhraseSurvivesStorage() throws {
    let phrase = Phrase(
      "domain.verbatim",
      ["text": .localized(LocalizedText(english: "about half", french: "environ la moitié"))])
    let data = try JSONEncoder().encode(phrase)
    let decoded = try JSONDecoder().decode(Phrase.self, from: data)
    #expect(decoded == phrase)
    #expect(decoded.render(.french) == "environ la moitié")
  }

  @Test func scoringReasonsQuoteTheCatalogInFrench() {
    var profile = BrandProfile()
    profile.market = .b2c
    profile.ages = [.youngAdults]
    profile.goals = [.awareness]
    profile.reach = .local
    let instagram = SpaceScoring.rank(profile).first { $0.platform == .instagram }
    let english = instagram?.notes.map { $0.render(.english) } ?? []
    let french = instagram?.notes.map { $0.render(.french) } ?? []
    #expect(
      english.contains(
        "B2C strength 3/3 on Instagram: 8 in 10 US adults 18–29 use Instagram — Pew 2025"))
    #expect(
      french.contains(
        "Force en B2C sur Instagram : 3/3 — 8 adultes américains sur 10 de 18 à 29 ans "
          + "utilisent Instagram — Pew 2025"))
    #expect(!french.joined().contains("US adults"), "\(french)")
  }

  @Test func aPostNoteCountsInFrench() {
    let count = PlatformCounter.count("Du pain chaud", on: .snapchat)
    let french = count.explanations.map { $0.render(.french) }
    #expect(french.contains { $0.hasPrefix("aucune limite de légende publiée par Snap") })
    #expect(count.notes.contains { $0.hasPrefix("no caption limit from Snap was found") })
  }
}
