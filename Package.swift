// swift-tools-version:6.1
import PackageDescription

/// Upcoming-feature flags shared by our own Swift targets.
let strict: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
  name: "smm",
  products: [
    .library(name: "SMMCore", targets: ["SMMCore"]),
    .executable(name: "smm", targets: ["smm"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
    // The platform files' reader and the catalog generator (docs/platforms.md).
    .package(path: "tools/platform-gen"),
  ],
  targets: [
    // The domain: value types only, no I/O, no third-party dependency.
    // `Counting/twitter-text-NOTICE` is the Apache-2.0 notice of the port in `TwitterText.swift`.
    .target(name: "SMMCore", exclude: ["Counting/twitter-text-NOTICE"], swiftSettings: strict),
    // The storage seam: the `WorkspaceStore` protocol and the plain values that cross it.
    .target(name: "SMMStoreInterface", dependencies: ["SMMCore"], swiftSettings: strict),
    // The SQLite workspace, the only target that imports GRDB.
    .target(
      name: "SMMStore",
      dependencies: [
        "SMMCore", "SMMStoreInterface", .product(name: "GRDB", package: "GRDB.swift"),
      ],
      swiftSettings: strict),
    // The shell as a testable state machine, over any `WorkspaceStore`.
    .target(
      name: "SMMShell", dependencies: ["SMMCore", "SMMStoreInterface"], swiftSettings: strict),
    // libedit, found through pkg-config; `apt-get install libedit-dev` provides it.
    .systemLibrary(
      name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
    // Fixed-argument C wrappers for libedit's variadic calls.
    .target(name: "EditLineShim", dependencies: ["CEditLine"]),
    // The user's platform files (YAML, read with Yams) as overrides of the built-in catalog.
    .target(
      name: "SMMPlatformOverrides",
      dependencies: ["SMMCore", .product(name: "PlatformFiles", package: "platform-gen")],
      swiftSettings: strict),
    // The thin executable: process arguments, the line reader, signals.
    .executableTarget(
      name: "smm",
      dependencies: [
        "SMMCore", "SMMShell", "SMMStore", "EditLineShim", "SMMPlatformOverrides",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strict),
    .target(
      name: "SMMShellTestSupport", dependencies: ["SMMShell", "SMMStore"], swiftSettings: strict),
    // Fuzz targets over untrusted input (tokenizer, assembler, script reader, metrics CSV),
    // shared by the seeded test and the libFuzzer executable (docs/fuzzing.md).
    .target(name: "SMMFuzzTargets", dependencies: ["SMMCore", "SMMShell"], swiftSettings: strict),
    .executableTarget(name: "smm-fuzz", dependencies: ["SMMFuzzTargets"], path: "Sources/SMMFuzz"),
    .testTarget(
      name: "SMMCoreTests",
      dependencies: [
        "SMMCore", .product(name: "Yams", package: "Yams"),
        .product(name: "PlatformFiles", package: "platform-gen"), "SMMPlatformOverrides",
      ],
      exclude: ["Fixtures"], swiftSettings: strict),
    .testTarget(
      name: "SMMShellTests",
      dependencies: [
        "SMMCore", "SMMShell", "SMMStore", "SMMStoreInterface", "SMMShellTestSupport",
        "SMMFuzzTargets", .product(name: "GRDB", package: "GRDB.swift"),
      ],
      swiftSettings: strict),
    .testTarget(
      name: "TranscriptTests", dependencies: ["SMMCore", "SMMShell", "SMMShellTestSupport"],
      exclude: ["Transcripts"], swiftSettings: strict),
  ]
)
