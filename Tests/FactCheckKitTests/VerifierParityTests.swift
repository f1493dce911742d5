import CrossEncoder
import XCTest
@testable import FactCheckKit

/// The shipped weights run natively in Swift give PyTorch's logits on the fixture the training script wrote
/// (50 VitaminC dev pairs, logits from the dequantised weights as stored), and a damaged weights folder is one
/// clear error, never a crash.
final class VerifierParityTests: XCTestCase {
    struct Pair: Decodable {
        let claim: String
        let evidence_segment: String
        let input_ids: [Int32]
        let token_type_ids: [Int32]
        let logits: [Float]
    }

    private func model() throws -> CrossEncoder {
        switch LearnedVerifier.shared {
        case .success(let m): return m
        case .failure(let e): throw XCTSkip("shipped weights did not load: \(e)")
        }
    }

    private var fixture: [Pair] {
        get throws {
            let url = URL(fileURLWithPath: Fixtures.repositoryRoot + "/Tests/FactCheckKitTests/Fixtures/verifier-parity.json")
            return try JSONDecoder().decode([Pair].self, from: Data(contentsOf: url))
        }
    }

    func testTokensAndLogitsMatchPyTorchOnTheFixture() throws {
        let m = try model()
        let pairs = try fixture
        XCTAssertEqual(pairs.count, 50)
        let logits = m.logits(for: pairs.map { (claim: $0.claim, evidence: $0.evidence_segment) })
        var worst: Float = 0
        for (p, got) in zip(pairs, logits) {
            let encoded = m.encode(p.claim, p.evidence_segment)
            XCTAssertEqual(encoded.ids, p.input_ids, p.claim)
            XCTAssertEqual(encoded.typeIDs, p.token_type_ids, p.claim)
            for (a, b) in zip(got, p.logits) { worst = max(worst, abs(a - b)) }
            XCTAssertEqual(got.indices.max { got[$0] < got[$1] }, p.logits.indices.max { p.logits[$0] < p.logits[$1] }, "predicted label differs: \(p.claim)")
        }
        XCTAssertLessThan(worst, 1e-3, "largest logit difference from PyTorch")
    }

    func testADamagedWeightsFileIsOneClearError() throws {
        let source = try XCTUnwrap(LearnedVerifier.locate())
        let folder = URL(fileURLWithPath: Fixtures.temporaryFolder())
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["manifest.json", "vocab.txt"] {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        // The first 100 KB of the real file: a header promising tensors that are not there.
        let head = try Data(contentsOf: source.appendingPathComponent("model.safetensors")).prefix(100_000)
        try head.write(to: folder.appendingPathComponent("model.safetensors"))
        XCTAssertThrowsError(try CrossEncoder(directory: folder)) { error in
            let line = "\(error)"
            XCTAssertTrue(line.contains("model.safetensors"), line)
            XCTAssertFalse(line.contains("\n"), line)
        }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("model.safetensors"))
        XCTAssertThrowsError(try CrossEncoder(directory: folder)) { XCTAssertTrue("\($0)".contains("not found"), "\($0)") }
    }

    func testTheModelIsAskedOnlyWhereTheRulesHaveNothingDecisive() throws {
        _ = try model()
        let hybrid = ClaimMatcher(corpus: Fixtures.seeds, options: CheckOptions(verifier: .hybrid))
        // A figure the rules compare stays theirs, with their reason.
        let sum = hybrid.check("Mallory was paid $2,500").sources[2]
        XCTAssertEqual(sum.verdict, .conflict)
        XCTAssertEqual(sum.decidedBy, .rules)
        XCTAssertEqual(sum.reason, "conflict: $25,000USD ≠ $2,500")
        // A hedge stays absence, whatever the model thinks.
        let hedged = hybrid.check("Mallory was sentenced to life in prison").sources[2]
        XCTAssertEqual(hedged.verdict, .absence)
        XCTAssertEqual(hedged.decidedBy, .rules)
        // Where the model is asked, `:why` shows its three probabilities for each candidate it saw.
        let asked = hybrid.check("Mallory was caught at a Chicago airport").sources.flatMap(\.explanation.candidates).flatMap(\.notes)
        XCTAssertTrue(asked.contains { $0.hasPrefix("model: agreement ") }, asked.joined(separator: "\n"))
    }

    func testTheModelContradictsNothingWithASentenceAboutSomeoneElse() throws {
        _ = try model()
        // The benchmark's generated corpus found it: at 0.64–0.65 the model called "Daltortorhar was sentenced to
        // 6 years" a conflict with a claim about Loquiterhar.
        let other = Fixtures.document("---\ntitle: Court roundup\n---\nDana Orrin was sentenced to 6 years in prison.\n", id: "court")
        let hybrid = ClaimMatcher(corpus: Corpus(documents: [other]), options: CheckOptions(verifier: .hybrid))
        let v = hybrid.check("Mara Quint was sentenced to 15 years").sources[0]
        XCTAssertEqual(v.verdict, .absence, v.reason)
        let candidate = v.explanation.candidates.first { $0.citations.map(\.line) == [4] }
        XCTAssertEqual(candidate?.modelMayConflict, false)
        XCTAssertEqual(v.modelMayConflict, false)
        // About the claim's own person, the model may contradict.
        let same = hybrid.check("Dana Orrin was sentenced in a civil court").sources[0]
        XCTAssertEqual(same.explanation.candidates.first { $0.citations.map(\.line) == [4] }?.modelMayConflict, true)
    }

    func testTheModelNeverContradictsAClaimThatSaysNot() throws {
        _ = try model()
        // With one-detail-changed training pairs that included added "not"s, the model learned that a "not" in the
        // claim means conflict and contradicted the seed corpus's "Mallory did not cooperate with investigators" at
        // 0.87 with a sentence about his charges. What a "not" applies to is the rules' to read.
        let hybrid = ClaimMatcher(corpus: Fixtures.seeds, options: CheckOptions(verifier: .hybrid))
        // The same holds for a negation in a word ("refused", "failed", "without").
        for claim in ["Mallory did not cooperate with investigators", "Mallory refused to cooperate with investigators"] {
            for v in hybrid.check(claim).sources {
                XCTAssertNotEqual(v.decidedBy == .model ? v.verdict : nil, .conflict, v.reason)
                XCTAssertFalse(v.explanation.candidates.contains { $0.modelMayConflict }, "\(claim): \(v.reason)")
            }
        }
        // The same claim without its "not" may be contradicted by the model (when nothing else forbids it).
        let positive = hybrid.check("Mallory cooperated with investigators")
        XCTAssertTrue(positive.sources.contains { $0.explanation.candidates.contains { $0.modelMayConflict } })
    }
}
