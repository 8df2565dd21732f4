/// What a start of smm is told before it opens the workspace: the options every form takes
/// (``GlobalOptions``), as plain values, so that a plain `smm` can start without parsing.
struct LaunchOptions {
  /// `--workspace`: the workspace file, else the environment's or the default.
  var workspace: String?
  /// `--json`: every result as one JSON object per line.
  var json = false
  /// `--catalog`: a folder of platform files overriding the built-in catalog.
  var catalog: String?
}

extension LaunchOptions {
  /// The options as parsed from the command line.
  init(_ options: GlobalOptions) {
    self.init(workspace: options.workspace, json: options.json, catalog: options.catalog)
  }
}
