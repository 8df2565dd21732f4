import Foundation
import SMMCore
import Testing
import Yams

/// twitter-text's own conformance cases for the weighted length, read from
/// `Fixtures/twitter-text/validate.yml` when the tests run (the conformance README: "Do not convert
/// these files to test cases statically").
struct TwitterTextConformanceTests {
  @Test(arguments: try ConformanceFile.cases(in: "WeightedTweetsCounterTest"))
  func weightedTweetsWithConfigurationV2(_ test: ConformanceCase) {
    #expect(TwitterText.parse(test.text, configuration: .v2) == test.expected, "\(test)")
  }

  @Test(arguments: try ConformanceFile.cases(in: "WeightedTweetsWithDiscountedEmojiCounterTest"))
  func weightedTweetsWithDiscountedEmojiWithConfigurationV3(_ test: ConformanceCase) {
    #expect(TwitterText.parse(test.text, configuration: .v3) == test.expected, "\(test)")
  }

  @Test(arguments: try ConformanceFile.cases(in: "UnicodeDirectionalMarkerCounterTest"))
  func unicodeDirectionalMarkersWithConfigurationV3(_ test: ConformanceCase) {
    #expect(TwitterText.parse(test.text, configuration: .v3) == test.expected, "\(test)")
    // v3 is the default configuration, as in twitter-text.
    #expect(TwitterText.parse(test.text) == test.expected, "\(test)")
  }

  /// All 44 cases are read: a section that silently shrank would pass the tests above.
  @Test func theFileHoldsTheFortyFourWeightedCases() throws {
    #expect(try ConformanceFile.cases(in: "WeightedTweetsCounterTest").count == 20)
    #expect(
      try ConformanceFile.cases(in: "WeightedTweetsWithDiscountedEmojiCounterTest").count == 22)
    #expect(try ConformanceFile.cases(in: "UnicodeDirectionalMarkerCounterTest").count == 2)
  }
}

/// One weighted-length case of `validate.yml`.
struct ConformanceCase: Sendable, CustomTestStringConvertible {
  var section: String
  var description: String
  var text: String
  var expected: TwitterText.Result

  var testDescription: String { description }
}

/// `Fixtures/twitter-text/validate.yml` (twitter/twitter-text, commit 30e2430d, Apache-2.0).
enum ConformanceFile {
  struct Malformed: Error, CustomStringConvertible {
    var description: String
  }

  static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/twitter-text/validate.yml")

  /// The cases of `section` under `tests:`, in file order.
  static func cases(in section: String) throws -> [ConformanceCase] {
    let yaml = try String(contentsOf: url, encoding: .utf8)
    guard let document = try Yams.load(yaml: yaml) as? [String: Any],
      let tests = document["tests"] as? [String: Any],
      let entries = tests[section] as? [[String: Any]]
    else { throw Malformed(description: "no section \(section) under tests: in \(url.path)") }
    return try entries.map { entry in
      guard let description = entry["description"] as? String,
        let text = entry["text"] as? String,
        let expected = entry["expected"] as? [String: Any]
      else { throw Malformed(description: "\(section): a case without description or text") }
      func int(_ key: String) throws -> Int {
        guard let value = expected[key] as? Int else {
          throw Malformed(description: "\(section) \"\(description)\": no \(key)")
        }
        return value
      }
      guard let valid = expected["valid"] as? Bool else {
        throw Malformed(description: "\(section) \"\(description)\": no valid")
      }
      return ConformanceCase(
        section: section, description: description, text: text,
        expected: TwitterText.Result(
          weightedLength: try int("weightedLength"), valid: valid,
          permillage: try int("permillage"), displayRangeStart: try int("displayRangeStart"),
          displayRangeEnd: try int("displayRangeEnd"), validRangeStart: try int("validRangeStart"),
          validRangeEnd: try int("validRangeEnd")))
    }
  }
}
