#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FactCheckKit

/// Facts about the terminal the CLI talks to, and the stderr channel for one-line notices.
enum Terminal {
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org convention).
    static var useColour: Bool { stdoutIsTerminal && getenv("NO_COLOR") == nil }

    /// Columns of the terminal, or 100 when not a terminal.
    static var width: Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        return 100
    }

    static func warn(_ line: String) {
        writeError("factcheck: \(TextSafety.visible(line))\n")
    }

    /// Writes straight to file descriptor 2 (the C `stderr` global is not concurrency-safe in Swift 6).
    static func writeError(_ s: String) {
        var bytes = Array(s.utf8)
        _ = write(STDERR_FILENO, &bytes, bytes.count)
    }
}
