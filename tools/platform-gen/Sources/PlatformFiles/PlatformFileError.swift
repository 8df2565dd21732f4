/// What is wrong in a platform file, where, and how to fix it.
public struct PlatformFileError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file.
  public var path: String
  /// The line (1 first), or nil when the whole file is at fault.
  public var line: Int?
  /// The dotted path of the field at fault (`post.text.limit`), or nil.
  public var field: String?
  /// What is wrong and how to fix it, as a catalog key and values.
  public var detail: PlatformFileProblem

  /// Creates an error.
  public init(path: String, line: Int?, field: String?, _ detail: PlatformFileProblem) {
    self.path = path
    self.line = line
    self.field = field
    self.detail = detail
  }

  /// What is wrong and how to fix it, in English, one sentence.
  public var problem: String { detail.english }

  /// `FILE:LINE: FIELD: PROBLEM`.
  public var description: String { located(problem) }

  /// `FILE:LINE: FIELD: ` before `problem` (the problem in any language).
  public func located(_ problem: String) -> String {
    var text = path
    if let line { text += ":\(line)" }
    text += ": "
    if let field { text += "\(field): " }
    return text + problem
  }
}
