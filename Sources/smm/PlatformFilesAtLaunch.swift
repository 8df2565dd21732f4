import Foundation
import PlatformFiles
import SMMCore
import SMMPlatformOverrides
import SMMShell

/// Installs the user's platform files at start-up and says, on stderr, which could not be read
/// (the built-in catalog is then used for those platforms).
enum PlatformFilesAtLaunch {
  static func install(option: String?, _ environment: [String: String]) {
    let directory = PlatformOverrideLoader.directory(
      option: option, environment: environment, home: XDG.home(environment))
    let result = PlatformOverrideLoader.load(directory, mustExist: option != nil)
    PlatformCatalog.install(result.overrides)
    guard !result.errors.isEmpty else { return }
    let strings = Strings.of(Language.fromLocale(environment))
    for error in result.errors {
      let problem = strings.format(
        "platformFiles.problem." + error.detail.key, error.detail.values.mapValues { .text($0) })
      let message = strings("platformFiles.ignored", ["error": error.located(problem)])
      FileHandle.standardError.write(Data("warning: \(TerminalText.inert(message))\n".utf8))
    }
  }
}
