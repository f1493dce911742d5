import Foundation

/// Contents of `manifest.json`, the trainer's description of the exported model.
///
/// Required keys: labels, max_length, lowercase, layers, hidden, heads, intermediate,
/// layer_norm_eps. Optional: claim_hint ("unmatched-words": the claim carries `UnmatchedWordsHint`). Unknown keys
/// are ignored, but an unknown claim_hint is an error: the weights would read inputs this build cannot make.
struct Manifest: Sendable, Equatable {
    var labels: [String]
    var maxLength: Int
    var lowercase: Bool
    var layers: Int
    var hidden: Int
    var heads: Int
    var intermediate: Int
    var layerNormEps: Float
    var claimHint: UnmatchedWordsHint? = nil

    init(labels: [String], maxLength: Int, lowercase: Bool, layers: Int, hidden: Int, heads: Int,
         intermediate: Int, layerNormEps: Float) {
        self.labels = labels
        self.maxLength = maxLength
        self.lowercase = lowercase
        self.layers = layers
        self.hidden = hidden
        self.heads = heads
        self.intermediate = intermediate
        self.layerNormEps = layerNormEps
    }

    init(url: URL) throws {
        let path = url.path
        guard FileManager.default.fileExists(atPath: path) else {
            throw CrossEncoderError.missingFile(path: path)
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw CrossEncoderError.unreadableFile(path: path, reason: error.localizedDescription)
        }
        try self.init(data: data, path: path)
    }

    /// Raw JSON shape; every field optional so that a missing key gets its own message.
    private struct Raw: Decodable {
        var labels: [String]?
        var max_length: Int?
        var lowercase: Bool?
        var layers: Int?
        var hidden: Int?
        var heads: Int?
        var intermediate: Int?
        var layer_norm_eps: Double?
        var claim_hint: String?
    }

    init(data: Data, path: String) throws {
        func fail(_ reason: String) -> CrossEncoderError { .invalidManifest(path: path, reason: reason) }
        let raw: Raw
        do {
            raw = try JSONDecoder().decode(Raw.self, from: data)
        } catch DecodingError.typeMismatch(let type, let context) {
            let key = context.codingPath.first?.stringValue ?? "?"
            throw fail("'\(key)' has the wrong type (expected \(type))")
        } catch {
            throw fail("not a valid JSON object")
        }
        func need<T>(_ value: T?, _ key: String) throws -> T {
            guard let value else { throw fail("missing key '\(key)'") }
            return value
        }
        func positive(_ value: Int?, _ key: String, min: Int = 1) throws -> Int {
            let v = try need(value, key)
            guard v >= min else { throw fail("'\(key)' must be >= \(min), got \(v)") }
            return v
        }
        let labels = try need(raw.labels, "labels")
        guard !labels.isEmpty else { throw fail("'labels' is empty") }
        let eps = try need(raw.layer_norm_eps, "layer_norm_eps")
        guard eps > 0, eps < 1 else { throw fail("'layer_norm_eps' must be in (0, 1), got \(eps)") }
        self.labels = labels
        self.maxLength = try positive(raw.max_length, "max_length", min: 3)
        self.lowercase = try need(raw.lowercase, "lowercase")
        self.layers = try positive(raw.layers, "layers")
        self.hidden = try positive(raw.hidden, "hidden")
        self.heads = try positive(raw.heads, "heads")
        self.intermediate = try positive(raw.intermediate, "intermediate")
        self.layerNormEps = Float(eps)
        switch raw.claim_hint {
        case nil: self.claimHint = nil
        case "unmatched-words": self.claimHint = UnmatchedWordsHint()
        case let other?: throw fail("'claim_hint' is '\(other)', which this build cannot make (known: unmatched-words); update FactCheck or re-export the weights")
        }
        guard hidden % heads == 0 else {
            throw fail("hidden (\(hidden)) is not divisible by heads (\(heads))")
        }
    }
}
