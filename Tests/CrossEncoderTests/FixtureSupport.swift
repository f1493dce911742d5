import Foundation
@testable import CrossEncoder

/// Reference data from Hugging Face's tokenizer (token ids of fixture pairs, fuzzed and every-Unicode-scalar
/// strings) and the weights that ship with FactCheck, which share all-MiniLM-L6-v2's vocabulary.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static let modelDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/FactCheckKit/Resources/Verifier")

    struct Case: Decodable {
        let claim: String
        let evidence: String
        let ids: [Int32]
        let type_ids: [Int32]
        let logits: [Float]
        let pooled: [Float]
    }

    struct Parity: Decodable {
        let max_length: Int
        let cases: [Case]
    }

    static let parity: Parity = {
        let data = try! Data(contentsOf: directory.appendingPathComponent("parity.json"))
        return try! JSONDecoder().decode(Parity.self, from: data)
    }()

    /// The test model, loaded once per process.
    static let model: CrossEncoder = {
        do { return try CrossEncoder(directory: modelDirectory) } catch {
            fatalError("cannot load fixture model: \(error)")
        }
    }()

    /// A fresh temporary copy of the fixture model folder, for damage tests.
    static func temporaryModelCopy() throws -> URL {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("crossencoder-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for name in ["manifest.json", "vocab.txt", "model.safetensors"] {
            try FileManager.default.copyItem(at: modelDirectory.appendingPathComponent(name),
                                             to: dir.appendingPathComponent(name))
        }
        return dir
    }
}
