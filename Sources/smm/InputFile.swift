import ArgumentParser
import Foundation

/// The file descriptor of a command's input: `path`, or stdin for `-` or none. A file that
/// cannot be opened is reported on stderr with how to fix it, and the command exits 1.
func openInput(_ path: String?) throws -> Int32 {
  guard let path, path != "-" else { return STDIN_FILENO }
  let fd = open(path, O_RDONLY)
  guard fd >= 0 else {
    let reason = String(cString: strerror(errno))
    FileHandle.standardError.write(
      Data("error: cannot read \(path): \(reason); check the path and try again\n".utf8))
    throw ExitCode(1)
  }
  return fd
}
