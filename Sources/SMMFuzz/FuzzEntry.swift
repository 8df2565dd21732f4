import Foundation
import SMMFuzzTargets

// `smm-fuzz`: the fuzz targets as one program.
//
// Built with libFuzzer (`scripts/fuzz`, which passes `-sanitize=fuzzer -DSMM_LIBFUZZER`), it is
// libFuzzer's entry point: the target comes from `SMM_FUZZ_TARGET` (tokenizer, assembler,
// script, csv) and an input whose invariants fail traps, so libFuzzer saves it as a crash.
// Built normally, it replays files: `smm-fuzz TARGET FILE…` runs each file through the target
// and prints what failed (exit 1), which is how a saved crash becomes a regression case.

#if SMM_LIBFUZZER
  /// The target libFuzzer runs, read once from `SMM_FUZZ_TARGET`.
  let fuzzedTarget: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["SMM_FUZZ_TARGET"] ?? "tokenizer"
    guard let target = FuzzTarget(rawValue: name) else {
      fatalError("SMM_FUZZ_TARGET must be one of \(FuzzTarget.allCases.map(\.rawValue))")
    }
    return target
  }()

  /// libFuzzer's driver (libclang_rt.fuzzer): it parses the flags and calls `callback`.
  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
  ) -> Int32

  /// SwiftPM links an executable's entry point as `smm_fuzz_main` instead of `main`, which
  /// hides libFuzzer's `main`: this one starts libFuzzer's driver instead.
  @_cdecl("smm_fuzz_main")
  package func fuzzMain(
    _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
  ) -> Int32 {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in
      fuzzOneInput(data, size)
    }
  }

  /// libFuzzer's entry point: one input.
  @_cdecl("LLVMFuzzerTestOneInput")
  package func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let problems = fuzzedTarget.run(bytes)
    if !problems.isEmpty {
      fatalError("invariant failed: " + problems.joined(separator: "; "))
    }
    return 0
  }
#else
  /// Replays saved inputs through a target.
  @main
  enum FuzzReplay {
    static func main() {
      let arguments = Array(CommandLine.arguments.dropFirst())
      guard let name = arguments.first, let target = FuzzTarget(rawValue: name),
        arguments.count > 1
      else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
        FileHandle.standardError.write(Data("usage: smm-fuzz \(names) FILE...\n".utf8))
        exit(2)
      }
      var failed = false
      for path in arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else {
          FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
          exit(2)
        }
        let problems = target.run(Array(data))
        if problems.isEmpty {
          print("\(path): ok")
        } else {
          failed = true
          print("\(path): " + problems.joined(separator: "\n  "))
        }
      }
      exit(failed ? 1 : 0)
    }
  }
#endif
