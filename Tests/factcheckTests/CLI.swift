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
    /// - Parameter launcher: a command that execs the binary (its path and `args` follow), e.g. `setpriv … ` to drop root.
    static func run(_ args: [String], stdin: String? = nil, environment: [String: String] = [:], launcher: [String] = []) throws -> Outcome {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: launcher.first ?? binary)
        p.arguments = launcher.isEmpty ? args : Array(launcher.dropFirst()) + [binary] + args
        p.currentDirectoryURL = URL(fileURLWithPath: root)
        var env = ProcessInfo.processInfo.environment
        env["XDG_CACHE_HOME"] = cacheHome
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

    /// The analysis cache of every run in this test process: never the user's own, writable by `nobody` too.
    static let cacheHome: String = {
        let path = NSTemporaryDirectory() + "factcheck-cli-cache-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        chmod(path, 0o1777)
        return path
    }()

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
