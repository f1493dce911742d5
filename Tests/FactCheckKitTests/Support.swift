import Foundation
import XCTest
@testable import FactCheckKit

/// Shared fixtures: the seed corpus in `Sources.d/` of this repository, loaded once.
enum Fixtures {
    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    static let sourcesPath = repositoryRoot + "/Sources.d"
    static let seeds: Corpus = try! Corpus.load(from: sourcesPath)

    static func seed(_ prefix: String) -> SourceDocument { seeds.document(matching: prefix)! }

    static func document(_ text: String, id: String = "doc") -> SourceDocument {
        DocumentLoader.parse(text: text, id: id, path: id + ".txt", sha256: "")
    }

    /// The rules' verdict on `claim` from a corpus of one article.
    static func rulesVerdict(_ claim: String, article: String, id: String) -> SourceVerdict {
        ClaimMatcher(corpus: Corpus(documents: [document(article, id: id)]), options: CheckOptions(verifier: .rules)).check(claim).sources[0]
    }

    /// A source's verdict, the lines it cites (exactly, in order) and its whole reason, when given; the reason is
    /// in every failure message.
    static func assertVerdict(_ v: SourceVerdict, _ expected: Verdict, cites lines: [Int]? = nil, reason: String? = nil,
                              file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(v.verdict, expected, v.reason, file: file, line: line)
        if let reason { XCTAssertEqual(v.reason, reason, file: file, line: line) }
        if let lines { XCTAssertEqual(v.citations.map(\.line), lines, v.reason, file: file, line: line) }
    }

    /// A fresh temporary folder, removed by the caller's `defer`.
    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "factcheck-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

extension Fixtures {
    /// One matcher over the seed corpus, shared by the matcher and report tests.
    static let matcher = ClaimMatcher(corpus: seeds)
}
