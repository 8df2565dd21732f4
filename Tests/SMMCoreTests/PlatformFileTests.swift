import Foundation
import PlatformFiles
import SMMPlatformOverrides
import Testing

@testable import SMMCore

/// The user's platform files: how they are read, laid over the built-in entries, and refused
/// with the file, line and field when wrong.
@Suite struct PlatformFileTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  func override(_ yaml: String, file: String = "x.yaml") throws -> PlatformOverride {
    let document = try PlatformFileReader.read(yaml, path: "/conf/smm/platforms/\(file)")
    return try PlatformOverrideLoader.override(document, checked: "2026-12-01")
  }

  func error(_ yaml: String, file: String = "x.yaml") -> PlatformFileError? {
    do {
      _ = try override(yaml, file: file)
      return nil
    } catch let error as PlatformFileError {
      return error
    } catch {
      return nil
    }
  }

  @Test func aFileSetsOnlyTheFieldsItNames() throws {
    let result = try override(
      """
      # X shortened its posts.
      post:
        text:
          limit: 250
          source: xHelp
      sources:
        xHelp:
          short: "X Help"
          citation: "help.x.com, December 2026"
          kind: official
          checked: "2026-12-01"
      """)
    let builtIn = PlatformCatalog.builtInEntry(.x)
    #expect(result.entry.post.text.limit == 250)
    #expect(result.entry.post.text.unit == .weightedX)
    #expect(result.entry.post.text.field == "post")
    #expect(result.entry.post.text.source.short == "X Help")
    #expect(result.entry.post.urlWeight == builtIn.post.urlWeight)
    #expect(result.entry.audience == builtIn.audience)
    #expect(result.entry.summary == builtIn.summary)
    #expect(result.fields == ["post.text.limit", "post.text.source"])
    #expect(result.path == "/conf/smm/platforms/x.yaml")
  }

  @Test func aValueWithoutSourceIsCitedAsComingFromTheFile() throws {
    let result = try override(
      "defaults:\n  posting-time: \"07:45\"\neffort:\n  posts-per-week: [2, 4]\n")
    #expect(result.entry.defaults.postingTime == "07:45")
    #expect(result.entry.defaults.tone == "conversational")
    #expect(result.entry.effort.postsPerWeek == 2...4)
    #expect(result.entry.effort.source.short == "x.yaml")
    #expect(result.entry.effort.source.citation.contains("/conf/smm/platforms/x.yaml"))
    #expect(result.fields == ["defaults.posting-time", "effort.posts-per-week"])
  }

  @Test func aListTheFileSetsReplacesTheBuiltInOne() throws {
    let result = try override(
      """
      formats: [long-video, short-video]
      profile-fields:
        - key: bio
          label: {en: "Bio", fr: "Bio"}
          limit: 200
          unit: utf16
      """, file: "youtube.yaml")
    #expect(result.entry.formats == [.longVideo, .shortVideo])
    #expect(result.entry.profileFields.map(\.key) == ["bio"])
    #expect(result.entry.profileFields[0].kind == .text(limit: 200, unit: .utf16))
    #expect(result.fields == ["formats", "profile-fields"])
  }

  @Test func aToneOfTheUsersOwnWordsIsShownAsWritten() throws {
    let result = try override("defaults:\n  tone: \"dry and witty\"\n")
    #expect(result.entry.defaults.tone == "dry and witty")
    #expect(result.entry.defaults.tonePhrase == "")
  }

  @Test func badFilesNameTheirLineAndField() throws {
    let unknown = try #require(error("post:\n  text:\n    limt: 250\n"))
    #expect(unknown.line == 3)
    #expect(unknown.field == "post.text.limt")
    #expect(unknown.problem.contains("field, limit, unit"))
    let negative = try #require(error("post:\n  text:\n    limit: -1\n"))
    #expect(negative.line == 3)
    #expect(negative.field == "post.text.limit")
    let unit = try #require(error("post:\n  text:\n    unit: furlongs\n"))
    #expect(unit.field == "post.text.unit")
    #expect(unit.line == 3)
    #expect(unit.problem.contains("weightedX"))
    let source = try #require(error("effort:\n  hours-per-week: 3\n  source: nowhere\n"))
    #expect(source.line == 3)
    #expect(source.problem.contains("nowhere"))
    let time = try #require(error("defaults:\n  posting-time: \"25:00\"\n"))
    #expect(time.field == "defaults.posting-time")
    let syntax = try #require(error("summary: [\n"))
    #expect(syntax.line != nil)
    #expect(syntax.field == nil)
    let order = try #require(error("order: 3\n"))
    #expect(order.field == "order")
    #expect(
      order.description == "/conf/smm/platforms/x.yaml:1: order: only smm's built-in files set "
        + "the order; remove this line")
  }

  @Test func aFileForAPlatformSmmDoesNotKnowIsRefused() throws {
    let unknown = try #require(error("summary: {en: \"x\"}\n", file: "myspace.yaml"))
    #expect(unknown.problem.contains("no platform \"myspace\""))
    #expect(unknown.problem.contains("linkedin"))
  }

  @Test func aFolderIsReadFileByFileAndABadFileDoesNotStopTheOthers() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "smm-platforms-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try "post:\n  text:\n    limit: 100\n".write(
      to: folder.appendingPathComponent("x.yaml"), atomically: true, encoding: .utf8)
    try "id: threads\n".write(
      to: folder.appendingPathComponent("bluesky.yaml"), atomically: true, encoding: .utf8)
    try "not yaml of ours".write(
      to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
    let result = PlatformOverrideLoader.load(folder.path)
    #expect(result.overrides.map(\.entry.platform) == [.x])
    #expect(result.errors.count == 1)
    #expect(result.errors.first?.field == "id")
    #expect(result.errors.first?.path.hasSuffix("bluesky.yaml") == true)
    let missing = PlatformOverrideLoader.load(folder.path + "/none", mustExist: true)
    #expect(missing.errors.count == 1)
    #expect(PlatformOverrideLoader.load(folder.path + "/none").errors.isEmpty)
  }

  @Test func theFolderIsTheOptionElseXDGConfigElseHome() {
    #expect(
      PlatformOverrideLoader.directory(option: "/a", environment: [:], home: "/h") == "/a")
    #expect(
      PlatformOverrideLoader.directory(
        option: nil, environment: ["XDG_CONFIG_HOME": "/c"], home: "/h") == "/c/smm/platforms")
    #expect(
      PlatformOverrideLoader.directory(option: nil, environment: [:], home: "/h")
        == "/h/.config/smm/platforms")
  }

  /// A fifteenth platform is one new file: with the fixture beside the fourteen built-in files,
  /// the generator writes its enum case and its entry, and nothing else changes.
  @Test func aNewPlatformIsOneNewFile() throws {
    var documents = try PlatformDirectory.read(Self.root.appendingPathComponent("platforms").path)
    let before = try SwiftCatalogWriter.files(documents)
    documents.append(
      try PlatformDirectory.readFile(
        Self.root.appendingPathComponent("Tests/SMMCoreTests/Fixtures/platforms/lemmy.yaml").path))
    let after = try SwiftCatalogWriter.files(documents)
    let enumText = try #require(after["Platform+Generated.swift"])
    #expect(enumText.contains("  case nextdoor\n  case lemmy\n}"))
    let catalog = try #require(after["PlatformCatalog+Generated.swift"])
    #expect(catalog.contains("GeneratedEntries.lemmy,"))
    #expect(catalog.contains("static let lemmy: PlatformEntry"))
    #expect(catalog.contains("calendarCode: \"lm\""))
    // The built-in entries are written as before: the new file adds, it changes nothing.
    let oldCatalog = try #require(before["PlatformCatalog+Generated.swift"])
    let oldEntries = try #require(oldCatalog.components(separatedBy: "private enum").last)
    #expect(catalog.contains(oldEntries.dropLast(2)))
  }

  @Test func generatorRefusesAnIncompleteBuiltInFile() throws {
    let document = try PlatformFileReader.read(
      "id: lemmy\norder: 15\nname: {en: Lemmy, fr: Lemmy}\n", path: "platforms/lemmy.yaml")
    #expect(throws: PlatformFileError.self) { try SwiftCatalogWriter.files([document]) }
  }

  /// Every problem a platform file can have is in both catalogs, and the English catalog says
  /// it as the generator does.
  @Test func everyProblemIsInBothCatalogs() {
    for (key, template) in PlatformFileProblem.english {
      let names = template.split(separator: "{").dropFirst().compactMap {
        $0.split(separator: "}", maxSplits: 1).first.map(String.init)
      }
      let values = Dictionary(names.map { ($0, "<\($0)>") }, uniquingKeysWith: { a, _ in a })
      let problem = PlatformFileProblem(key, values)
      #expect(
        Strings.english.format("platformFiles.problem." + key, values.mapValues { .text($0) })
          == problem.english, "\(key)")
      #expect(Strings.french.has("platformFiles.problem." + key), "\(key)")
    }
  }
}
