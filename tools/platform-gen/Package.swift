// swift-tools-version:6.1
import PackageDescription

// The platform files (`platforms/*.yaml` at the repository root): their reader, with Yams, and
// the generator that writes the Swift catalog from them (`scripts/gen-platforms`). A package of
// its own so that SMMCore never depends on Yams and `scripts/smm` never builds the generator.
let package = Package(
  name: "platform-gen",
  products: [
    .library(name: "PlatformFiles", targets: ["PlatformFiles"]),
    .executable(name: "platform-gen", targets: ["platform-gen"]),
  ],
  dependencies: [
    .package(url: "https://github.com/jpsim/Yams", from: "5.0.0")
  ],
  targets: [
    .target(name: "PlatformFiles", dependencies: [.product(name: "Yams", package: "Yams")]),
    .executableTarget(name: "platform-gen", dependencies: ["PlatformFiles"]),
  ]
)
