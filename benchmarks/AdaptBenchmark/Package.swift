// swift-tools-version:6.1
// The adaptation benchmark, in its own package so that building smm does not build it.
// benchmarks/run.sh runs it in release: swift build -c release --package-path benchmarks/AdaptBenchmark
import PackageDescription

let package = Package(
  name: "smm-adapt-benchmark",
  dependencies: [.package(name: "smm", path: "../..")],
  targets: [
    .executableTarget(
      name: "smm-adapt-benchmark", dependencies: [.product(name: "SMMCore", package: "smm")])
  ]
)
