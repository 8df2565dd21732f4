import SMMCore
import Testing

@testable import SMMShell

/// The JSON written by hand is the JSON `JSONEncoder` writes, byte for byte.
@Suite struct JSONTextTests {
  private struct Wrapped: Encodable { var s: String }

  private func viaEncoder(_ string: String) -> String {
    let json = JSONOutput.compact(Wrapped(s: string))
    // {"s":…}
    return String(json.dropFirst(5).dropLast())
  }

  private func byHand(_ string: String) -> String {
    var out: [UInt8] = []
    JSONText.appendString(string, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  @Test func everyControlCharacterIsEscapedAsTheEncoderEscapesIt() {
    for value in UInt32(0)...0xA0 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let string = "a" + String(Character(scalar)) + "b"
      #expect(byHand(string) == viaEncoder(string), "U+\(String(value, radix: 16))")
    }
  }

  @Test func textsOfEveryKindMatch() {
    let texts = [
      "", "plain", "quote \" and backslash \\", "a/b https://example.com/x?y=1", "café 日本 👨‍👩‍👧‍👦",
      "tab\tline\nreturn\r", "\u{7F}\u{85}\u{9F}\u{A0}", "e\u{301}", "\u{2028}\u{2029}\u{FEFF}",
    ]
    for text in texts { #expect(byHand(text) == viaEncoder(text), "\(text.debugDescription)") }
  }

  @Test func theCountReportMatchesTheEncodersOnEveryPlatform() {
    let texts = [
      "Hello 👍🏽 https://example.com and café", String(repeating: "long text ", count: 60),
      "#a #b #c #d #e #f #g #h #i #j #k #l #m #n #o #p #q #r #s #t #u #v #w #x #y #z #aa #bb #cc #dd #ee",
      "@alice@example.social hi", "a \"quoted\" \\ line\u{7}", "",
    ]
    for text in texts {
      for platform in Platform.allCases {
        let report = CountReport(PlatformCounter.count(text, on: platform))
        #expect(report.compactJSON == JSONOutput.compact(report), "\(platform) \(text)")
      }
    }
  }
}
