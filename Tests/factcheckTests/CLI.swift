import Foundation
import XCTest

/// Runs the built `factcheck` binary as a user would.
enum CLI {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    /// The binary next to the test bundle (SwiftPM builds it because the test target depends on it).
    static let binary: String = {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("factcheck").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir.deleteLastPathComponent()
        }
        return root + "/.build/debug/factcheck"
    }()

    struct Outcome { var status: Int32; var stdout: String; var stderr: String }

    @discardableResult
    /// - Parameters:
    ///   - home: the test's own folder; the binary keeps its cache and history in `home/cache` and `home/state`, never the user's.
    ///   - launcher: a command that execs the binary (its path and `args` follow), e.g. `setpriv … ` to drop root.
    static func run(_ args: [String], home: String, stdin: String? = nil, environment: [String: String] = [:], launcher: [String] = []) throws -> Outcome {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: launcher.first ?? binary)
        p.arguments = launcher.isEmpty ? args : Array(launcher.dropFirst()) + [binary] + args
        p.currentDirectoryURL = URL(fileURLWithPath: root)
        var env = ProcessInfo.processInfo.environment
        env["XDG_CACHE_HOME"] = home + "/cache"
        env["XDG_STATE_HOME"] = home + "/state"
        env.merge(environment) { $1 }
        p.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Outcome(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    /// Runs as user and group `nobody` when the tests run as root, whom file modes do not stop.
    static var unprivileged: [String] {
        getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
    }

    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "factcheck-cli-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

/// A test that runs the binary: each test has its own folder (`home`) holding the binary's cache and history,
/// removed when the test ends, so `make test` writes nothing into the user's folders or leaves anything in /tmp.
class CLITestCase: XCTestCase {
    private(set) var home = ""

    override func setUpWithError() throws {
        try super.setUpWithError()
        home = CLI.temporaryFolder()
        // Reachable, and the cache and state writable, by the unprivileged user some tests run as.
        chmod(home, 0o755)
        for sub in ["cache", "state"] {
            try FileManager.default.createDirectory(atPath: home + "/" + sub, withIntermediateDirectories: true)
            chmod(home + "/" + sub, 0o1777)
        }
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: home)
        super.tearDown()
    }

    /// Runs the binary with its cache and history in this test's folder.
    @discardableResult
    func run(_ args: [String], stdin: String? = nil, environment: [String: String] = [:], launcher: [String] = []) throws -> CLI.Outcome {
        try CLI.run(args, home: home, stdin: stdin, environment: environment, launcher: launcher)
    }
}
