import Foundation
import SMMCore

/// Prints the HTML plan to PDF with a headless Chromium, when one is installed: the page's
/// print rules give the cover, a page per section and the page numbers.
package enum PDFPrinter {
  /// The browsers tried, in order, on the `PATH` (`SMM_CHROMIUM` names one first).
  static let candidates = [
    "chromium-headless-shell", "chromium", "chromium-browser", "google-chrome",
    "google-chrome-stable",
  ]

  /// The headless browser to print with, nil when none is installed.
  package static func browser(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String? {
    let manager = FileManager.default
    if let given = environment["SMM_CHROMIUM"], !given.isEmpty {
      return manager.isExecutableFile(atPath: given) ? given : nil
    }
    let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
    for name in candidates {
      for folder in folders where manager.isExecutableFile(atPath: folder + "/" + name) {
        return folder + "/" + name
      }
    }
    return nil
  }

  /// Prints `html` to the PDF file at `path` with `browser`, written as ``TextFile`` writes
  /// (whole or not at all; an existing file only with `force`). Returns the PDF's size.
  /// - Throws: ``ShellError/failed(_:)`` saying how to install a browser, or to print the HTML
  ///   plan, when there is none; ``ShellError/cannotWriteFile(_:reason:)`` when it fails;
  ///   ``ShellError/fileExists(_:)`` when the file exists and `force` is not given.
  @discardableResult
  package static func print(
    _ html: String, to path: String, shown: String, browser: String?, force: Bool,
    strings: Strings
  ) throws(ShellError) -> Int {
    let pdf = try render(html, shown: shown, browser: browser, strings: strings)
    try TextFile.write(bytes: pdf, to: path, shown: shown, force: force)
    return pdf.count
  }

  /// The PDF `browser` prints from `html`.
  static func render(_ html: String, shown: String, browser: String?, strings: Strings)
    throws(ShellError) -> [UInt8]
  {
    guard let browser else { throw .failed(strings("export.pdf.noBrowser")) }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("smm-pdf-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw .cannotWriteFile(shown, reason: error.localizedDescription)
    }
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("plan").appendingPathExtension("html")
    let output = folder.appendingPathComponent("plan").appendingPathExtension("pdf")
    do {
      try html.write(to: page, atomically: true, encoding: .utf8)
    } catch {
      throw .cannotWriteFile(shown, reason: error.localizedDescription)
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: browser)
    process.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
      "--user-data-dir=" + folder.appendingPathComponent("profile").path,
      "--print-to-pdf=" + output.path, page.absoluteString,
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw .cannotWriteFile(shown, reason: error.localizedDescription)
    }
    process.waitUntilExit()
    guard process.terminationStatus == 0,
      let data = FileManager.default.contents(atPath: output.path),
      data.starts(with: Array("%PDF".utf8))
    else {
      throw .cannotWriteFile(shown, reason: strings("export.pdf.failed", ["browser": browser]))
    }
    return Array(data)
  }
}
