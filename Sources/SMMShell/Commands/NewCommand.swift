import SMMCore

/// `/new NAME`: create a brand and switch to it.
public struct NewCommand: BrandChangingCommand {
  public static let spec = CommandSpec(
    name: "new",
    abstract: "Create a brand and switch to it",
    usage: "/new NAME",
    discussion:
      "Creates a brand in the workspace and opens it; everything that follows is recorded in its log. Names are unique in a workspace, whatever their case. Several words make one name: /new Chez Paul.",
    examples: ["/new acme", "/new \"Chez Paul\""],
    arguments: [ArgumentSpec("NAME", .newBrandName, rest: true)],
    keywords: ["new", "create", "brand", "start", "add", "nouveau", "nouvelle", "creer", "marque"])

  let name: BrandName

  public init(_ arguments: ParsedArguments) throws(ShellError) {
    do {
      name = try BrandName(arguments[0] ?? "")
    } catch let error as SMMCoreError {
      throw .domain(error)
    } catch {
      throw .workspace("\(error)")
    }
  }

  public var change: BrandChange? { .create(name) }
  public var canonical: String { "/new \(ShellQuoting.quote(name.value))" }

  public func run(in session: ShellSession) throws(ShellError) -> CommandOutput {
    let brand = try session.createBrand(name, canonical: canonical)
    let strings = session.strings
    return CommandOutput(
      [
        strings("new.created", ["name": brand.state.name.value]),
        strings("new.interview"),
      ] + (try session.startInterview()))
  }
}
