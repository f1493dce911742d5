import Foundation
import XCTest
@testable import CrossEncoder

final class LoadingErrorTests: XCTestCase {
    private var temporary: [URL] = []

    override func tearDown() {
        for url in temporary { try? FileManager.default.removeItem(at: url) }
        temporary = []
    }

    private func copy() throws -> URL {
        let dir = try Fixtures.temporaryModelCopy()
        temporary.append(dir)
        return dir
    }

    /// Loads `dir` and returns the thrown CrossEncoderError, failing if it loads or throws anything else.
    private func loadError(_ dir: URL, file: StaticString = #filePath, line: UInt = #line) -> CrossEncoderError? {
        do {
            _ = try CrossEncoder(directory: dir)
            XCTFail("loading unexpectedly succeeded", file: file, line: line)
        } catch let error as CrossEncoderError {
            XCTAssertFalse(error.description.contains("\n"), "description must be one line", file: file, line: line)
            return error
        } catch {
            XCTFail("unexpected error type \(error)", file: file, line: line)
        }
        return nil
    }

    private func rewriteSafeTensors(_ dir: URL, _ transform: (inout Data) -> Void) throws {
        let url = dir.appendingPathComponent("model.safetensors")
        var data = try Data(contentsOf: url)
        transform(&data)
        try data.write(to: url)
    }

    func testMissingFilesAreReportedByName() throws {
        for name in ["model.safetensors", "vocab.txt", "manifest.json"] {
            let dir = try copy()
            try FileManager.default.removeItem(at: dir.appendingPathComponent(name))
            let error = loadError(dir)
            XCTAssertEqual(error, .missingFile(path: dir.appendingPathComponent(name).path))
            XCTAssertTrue(error?.description.contains(name) == true && error?.description.contains("not found") == true,
                          error?.description ?? "")
        }
        let nowhere = URL(fileURLWithPath: "/nonexistent/crossencoder-model")
        XCTAssertEqual(loadError(nowhere), .missingFile(path: "/nonexistent/crossencoder-model/manifest.json"))
    }

    func testTruncatedSafeTensorsThrowsClearly() throws {
        let size = try Data(contentsOf: Fixtures.modelDirectory.appendingPathComponent("model.safetensors")).count
        // Cut inside the length prefix, inside the header, just after it, mid-buffer, one byte short.
        for keep in [0, 5, 100, 30_000, size / 2, size - 1] {
            let dir = try copy()
            try rewriteSafeTensors(dir) { $0 = $0.prefix(keep) }
            guard let error = loadError(dir) else { continue }
            guard case .invalidSafeTensors(let path, _) = error else {
                XCTFail("keep \(keep): expected invalidSafeTensors, got \(error)"); continue
            }
            XCTAssertTrue(path.hasSuffix("model.safetensors"))
            XCTAssertTrue(error.description.contains("model.safetensors: invalid safetensors file"), error.description)
        }
    }

    func testDamagedSafeTensorsHeadersThrow() throws {
        let cases: [(String, (inout Data) -> Void, String)] = [
            ("huge header length", { d in d.replaceSubrange(0..<8, with: [0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0]) }, "header length"),
            ("header length past end", { d in
                let n = UInt64(d.count)
                d.replaceSubrange(0..<8, with: withUnsafeBytes(of: n.littleEndian) { Array($0) })
            }, "does not fit"),
            ("garbage JSON", { d in d.replaceSubrange(8..<16, with: Array("@@@@@@@@".utf8)) }, "not valid JSON"),
            ("unknown dtype", { d in Self.replaceInHeader(&d, "\"F32\"", "\"Q32\"") }, "unknown dtype"),
            ("offsets/shape mismatch", { d in Self.replaceInHeader(&d, "[384]", "[385]") }, "needs"),
        ]
        for (label, transform, expected) in cases {
            let dir = try copy()
            try rewriteSafeTensors(dir, transform)
            guard let error = loadError(dir) else { continue }
            XCTAssertTrue(error.description.contains(expected), "\(label): \(error.description)")
            XCTAssertTrue(error.description.contains("model.safetensors"), "\(label): \(error.description)")
        }
    }

    func testBadManifestAndVocabularyThrow() throws {
        var dir = try copy()
        try Data("{\"labels\": [\"A\"], \"max_length\": 128}".utf8).write(to: dir.appendingPathComponent("manifest.json"))
        XCTAssertTrue(loadError(dir)?.description.contains("manifest.json: invalid manifest: missing key") == true)

        dir = try copy()
        try Data("not json".utf8).write(to: dir.appendingPathComponent("manifest.json"))
        XCTAssertTrue(loadError(dir)?.description.contains("manifest.json: invalid manifest") == true)

        dir = try copy()
        let manifest = try String(contentsOf: dir.appendingPathComponent("manifest.json"), encoding: .utf8)
        try manifest.replacingOccurrences(of: "\"hidden\": 384", with: "\"hidden\": 240")
            .write(to: dir.appendingPathComponent("manifest.json"), atomically: true, encoding: .utf8)
        let shapeError = loadError(dir)
        XCTAssertTrue(shapeError?.description.contains("expected [n, 240]") == true, shapeError?.description ?? "")

        dir = try copy()
        try manifest.replacingOccurrences(of: "\"layers\": 6", with: "\"layers\": 7")
            .write(to: dir.appendingPathComponent("manifest.json"), atomically: true, encoding: .utf8)
        XCTAssertEqual(loadError(dir), .missingTensor(path: dir.appendingPathComponent("model.safetensors").path,
                                                      name: "bert.encoder.layer.6.attention.self.query.weight"))

        dir = try copy()
        try Data().write(to: dir.appendingPathComponent("vocab.txt"))
        XCTAssertTrue(loadError(dir)?.description.contains("vocab.txt: invalid vocabulary") == true)
    }

    /// Header bytes are JSON text; replace the first occurrence of `a` by `b` of the same length.
    static func replaceInHeader(_ data: inout Data, _ a: String, _ b: String) {
        precondition(a.utf8.count == b.utf8.count)
        let headerLength = Int(data.prefix(8).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })
        let header = data.subdata(in: 8..<(8 + headerLength))
        if let range = header.range(of: Data(a.utf8)) {
            data.replaceSubrange((8 + range.lowerBound)..<(8 + range.upperBound), with: Data(b.utf8))
        }
    }
}
