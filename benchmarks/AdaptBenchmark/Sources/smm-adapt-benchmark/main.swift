// Adapts generated messages to every platform and prints messages per second, beside the
// same messages only counted on every platform (the floor the adaptation builds on).
// Run by benchmarks/run.sh: swift run -c release smm-adapt-benchmark [COUNT]
import Foundation
import SMMCore

let count = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 10_000
let sentences = [
  "We bake every loaf by hand, starting at 4am.",
  "Our sourdough rests for 24 hours before it meets the stone oven.",
  "Come and taste the new brioche this weekend at 12 rue des Lilas!!",
  "Read how flour is milled: https://example.com/flour/milling-guide",
  "Café, crème brûlée et pain au levain — 日本のお客様も歓迎 👨‍👩‍👧‍👦👍🏽",
  "#bread #sourdough #lyon #bakery #artisan #local #foodie",
  "Thank you to the neighbours who have supported us since 2009.",
]
// Deterministic messages of 1 to 12 sentences (a few long enough to need a thread or a cut).
var messages: [ContentMessage] = []
var seed: UInt64 = 42
for id in 1...count {
  seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
  let length = Int(seed >> 60) % 12 + 1
  let text = (0..<length).map { sentences[(id + $0 * 3) % sentences.count] }.joined(separator: " ")
  messages.append(ContentMessage(id: id, text: text, tag: .brand))
}
let line = EditorialLine(pillars: ["bread know-how", "the team", "seasonal pastries"])
let brand = try BrandName("Le Fournil")

func measure(_ label: String, _ body: () -> Int) {
  let start = DispatchTime.now().uptimeNanoseconds
  let checksum = body()
  let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  let rate = Double(count) / seconds
  print(
    "  \(label.padding(toLength: 34, withPad: " ", startingAt: 0)) \(String(format: "%8.3f", seconds)) s  \(String(format: "%10.0f", rate)) messages/s  (checksum \(checksum))"
  )
}

print("\(count) messages × \(Platform.allCases.count) platforms")
measure("count only (every platform)") {
  var total = 0
  for message in messages {
    for platform in Platform.allCases {
      total &+= PlatformCounter.count(message.text, on: platform).length
    }
  }
  return total
}
measure("adapt (every platform)") {
  var total = 0
  // As the shell adapts a message: to every chosen platform at once.
  for message in messages {
    for variant in Adapter.adapt(message, to: Platform.allCases, line: line, brand: brand) {
      total &+= variant.parts.count
    }
  }
  return total
}

// Where adaptation's time goes: each platform alone (the preparation repeated for each), the
// five slowest, in microseconds per message.
var perPlatform: [(Platform, Double)] = []
let sample = messages.prefix(min(count, 1_000))
for platform in Platform.allCases {
  let start = DispatchTime.now().uptimeNanoseconds
  var total = 0
  for message in sample {
    total &+= Adapter.adapt(message, to: platform, line: line, brand: brand).parts.count
  }
  let nanoseconds = Double(DispatchTime.now().uptimeNanoseconds - start)
  perPlatform.append((platform, nanoseconds / 1e3 / Double(sample.count) + Double(total & 0)))
}
let slowest = perPlatform.sorted { $0.1 > $1.1 }.prefix(6)
print(
  "  adapt, slowest platforms (µs a message): "
    + slowest.map { "\($0.0.rawValue) \(String(format: "%.0f", $0.1))" }.joined(separator: ", "))

// Counting on its own, in-process: X's weighted length of single sentences (the unit of a batch
// such as `smm count --lines`), and every platform of each message from one shared reading.
let sentenceTexts = (0..<count).map { sentences[$0 % sentences.count] + " \($0)" }
measure("count for X only (one sentence each)") {
  var total = 0
  for text in sentenceTexts { total &+= TwitterText.parse(text).weightedLength }
  return total
}
measure("count every platform, one reading") {
  var total = 0
  for message in messages {
    for result in PlatformCounter.count(message.text, on: Platform.allCases) {
      total &+= result.length
    }
  }
  return total
}

// With a file of texts (one per line, e.g. count-compare.py's): each counted for X with its notes,
// as `smm count --platform x --lines` counts it, in-process (no reading, no printing).
if let path = CommandLine.arguments.dropFirst(2).first,
  let contents = try? String(contentsOfFile: path, encoding: .utf8)
{
  let texts = contents.split(separator: "\n").map(String.init)
  let rounds = 5
  let start = DispatchTime.now().uptimeNanoseconds
  var total = 0
  for _ in 0..<rounds {
    for text in texts {
      let count = PlatformCounter.count(text, on: .x)
      total &+= count.length &+ count.notes.count
    }
  }
  let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  let rate = Double(texts.count * rounds) / seconds
  print(
    "  count for X with notes (\(texts.count) texts of \(path.split(separator: "/").last ?? ""), ×\(rounds))  \(String(format: "%8.3f", seconds)) s  \(String(format: "%10.0f", rate)) texts/s  (checksum \(total))"
  )
}
