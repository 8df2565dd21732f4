import SMMCore

/// Reads domain values from command words, with "did you mean" errors.
enum DomainArguments {
  /// The platform named `text` (any case).
  static func platform(_ text: String) throws(ShellError) -> Platform {
    if let platform = Platform(id: text) { return platform }
    if let platform = Platform.allCases.first(where: {
      $0.displayName.lowercased() == text.lowercased()
    }) {
      return platform
    }
    if let platform = PlatformCatalog.platform(named: text) { return platform }
    throw .domain(
      .unknownPlatform(
        text, suggestions: Suggestions.closest(to: text, in: Platform.allCases.map(\.rawValue))))
  }

  /// The profile field named `text`.
  static func profileField(_ text: String) throws(ShellError) -> ProfileField {
    if let field = ProfileField(rawValue: text.lowercased()) { return field }
    let names = ProfileField.allCases.map(\.rawValue)
    let fields = names.joined(separator: ", ")
    let reason =
      Suggestions.closest(to: text, in: names).first.map {
        Phrase(
          "error.profile.unknownField.suggest", text: ["text": text, "name": $0, "fields": fields])
      } ?? Phrase("error.profile.unknownField", text: ["text": text, "fields": fields])
    throw .domain(.invalidProfileValue(field: "field", value: text, reason: reason))
  }

  /// Wraps a domain error thrown by `body` as a shell error.
  static func domain<T>(_ body: () throws -> T) throws(ShellError) -> T {
    do {
      return try body()
    } catch let error as SMMCoreError {
      throw .domain(error)
    } catch let error as ShellError {
      throw error
    } catch {
      throw .workspace("\(error)")
    }
  }
}
