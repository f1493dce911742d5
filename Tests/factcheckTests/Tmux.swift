import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// A real terminal for the binary (tmux): type keys, read the screen.
extension CLITestCase {
    /// Runs tmux with posix_spawn and waitpid. Foundation's Process is avoided here: the tmux server
    /// that new-session forks inherits descriptors, and waiting through Foundation has been seen to hang.
    func tmux(_ args: String...) -> String { tmux(args) }

    func tmux(_ args: [String]) -> String {
        let file = NSTemporaryDirectory() + "fc-tmux-\(UUID().uuidString)"
        defer { unlink(file) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, file, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = (["tmux"] + args).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawnp(&pid, "tmux", &actions, nil, argv, environ) == 0 else { return "" }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
    }

    func screen(_ session: String) -> String { tmux("capture-pane", "-p", "-t", session) }

    /// Waits until the screen contains `text` (up to `timeout` seconds).
    @discardableResult
    func waitFor(_ session: String, _ text: String, timeout: Double = 20) -> Bool {
        let end = Date().addingTimeInterval(timeout)
        while Date() < end {
            if screen(session).contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return false
    }

    /// Runs `body` with a tmux session (120×50) running `command`, given a fresh folder; the environment
    /// prefix `env` keeps history and cache in that folder. Skips when tmux is missing.
    func inTerminal(_ name: String, command: (_ dir: String, _ env: String) -> String,
                            _ body: (_ session: String, _ dir: String) throws -> Void) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else {
            throw XCTSkip("tmux is not installed; `make test` installs it")
        }
        let dir = CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let session = "fc-\(name)-\(getpid())"
        let env = "XDG_STATE_HOME=\(dir)/state XDG_CACHE_HOME=\(dir)/cache TERM=xterm"
        _ = tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "50", "cd \(CLI.root) && " + command(dir, env))
        defer { _ = tmux("kill-session", "-t", session) }
        try body(session, dir)
    }

    /// Types `keys` (tmux key names or text) into the session.
    func type(_ session: String, _ keys: String...) {
        _ = tmux(["send-keys", "-t", session] + keys)
    }
}
