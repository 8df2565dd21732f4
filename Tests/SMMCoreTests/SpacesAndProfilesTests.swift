import Foundation
import SMMCore
import Testing

struct SpacesAndProfilesTests {
  func brand() throws -> BrandState {
    try BrandState.fold([
      .create(try BrandName("Le Fournil")),
      .setProfile(.sector("artisan bakery")),
      .chooseSpaces([.instagram, .facebook]),
    ])
  }

  @Test func choosingTwiceOrDroppingWhatIsNotChosenFails() throws {
    let state = try brand()
    #expect(throws: SMMCoreError.self) { try state.applying(.chooseSpaces([.instagram])) }
    #expect(throws: SMMCoreError.self) { try state.applying(.chooseSpaces([.x, .x])) }
    #expect(throws: SMMCoreError.self) { try state.applying(.dropSpace(.linkedin)) }
    #expect(try state.applying(.dropSpace(.facebook)).spaces == [.instagram])
  }

  @Test func aBioOverItsLimitSaysByHowMuch() throws {
    let state = try brand()
    let long = String(repeating: "b", count: 160)
    do {
      _ = try state.applying(.setProfileText(.instagram, key: "bio", text: long))
      Issue.record("a 160-character Instagram bio was accepted")
    } catch {
      #expect("\(error)".contains("160/150"))
      #expect("\(error)".contains("10 over"))
    }
    let ok = try state.applying(.setProfileText(.instagram, key: "bio", text: "Pain au levain."))
    #expect(ok.profiles[.instagram]?.texts["bio"] == "Pain au levain.")
  }

  @Test func profilesAreForChosenPlatformsAndKnownFields() throws {
    let state = try brand()
    #expect(throws: SMMCoreError.self) {
      try state.applying(.setProfileText(.linkedin, key: "bio", text: "x"))
    }
    #expect(throws: SMMCoreError.self) {
      try state.applying(.setProfileText(.instagram, key: "fax", text: "x"))
    }
    #expect(throws: SMMCoreError.self) {
      try state.applying(.setProfileText(.instagram, key: "avatar", text: "x"))
    }
  }

  @Test func theCheckFindsGapsAndInconsistentIdentity() throws {
    var state = try brand()
    state = try state.applying(.setProfileText(.instagram, key: "display-name", text: "Le Fournil"))
    state = try state.applying(
      .setProfileText(.facebook, key: "display-name", text: "Fournil Paul"))
    state = try state.applying(.setProfileText(.instagram, key: "handle", text: "@lefournil"))
    state = try state.applying(.setProfileText(.facebook, key: "handle", text: "le.fournil.paris"))
    state = try state.applying(
      .setProfileText(.instagram, key: "bio", text: "Artisan bakery in Lyon"))
    state = try state.applying(.setProfileText(.facebook, key: "bio", text: "Open every day"))
    let check = ProfileCheck.run(state)
    #expect(check.completeness.map(\.platform) == [.instagram, .facebook])
    #expect(check.completeness[0].missing.contains("avatar"))
    #expect(check.consistencyIssues.count == 3, "\(check.consistencyIssues)")
    #expect(check.consistencyIssues[0].hasPrefix("Display names differ"))
    #expect(check.consistencyIssues[2].contains("facebook"))
    #expect(!check.isClean)
  }

  @Test func suggestedBiosFitEveryLimit() throws {
    var state = try brand()
    state.profile = BrandProfile(
      sector: String(repeating: "very long sector description ", count: 4), market: .b2c,
      goals: [.sales], reach: .local)
    for platform in Platform.allCases {
      guard let bio = BioSuggestion.suggest(for: state, on: platform),
        let rule = PlatformCatalog.entry(platform).profileFields.first(where: { $0.key == "bio" }),
        case .text(let limit?, let unit) = rule.kind
      else { continue }
      #expect(TextLength.count(bio, in: unit) <= limit, "\(platform): \(bio)")
      #expect(bio.hasPrefix("Le Fournil"))
    }
  }

  @Test func snapshotsWrittenBeforeStepOneStillDecode() throws {
    let old = #"{"name":"acme"}"#
    let decoded = try JSONDecoder().decode(BrandState.self, from: Data(old.utf8))
    #expect(decoded.name.value == "acme")
    #expect(decoded.spaces.isEmpty && decoded.profile == BrandProfile())
  }
}
