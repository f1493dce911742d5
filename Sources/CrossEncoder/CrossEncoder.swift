import Foundation

/// A BERT cross-encoder (BertForSequenceClassification) that scores (claim, evidence) pairs,
/// run natively on OpenBLAS.
///
/// The model folder holds `manifest.json`, `vocab.txt` and `model.safetensors` (F32, F16, or
/// per-row I8 + `<name>.scale` matrices; see `SafeTensorsFile`).
public struct CrossEncoder: Sendable {
    /// Class names, in logit order (from manifest.json).
    public let labels: [String]
    /// Maximum tokens per pair including [CLS] and the two [SEP]s.
    public let maxLength: Int

    let tokenizer: BertTokenizer
    /// What the weights were trained to read after the claim, if anything.
    let claimHint: UnmatchedWordsHint?
    let encoder: BertEncoder

    /// Pairs are run through the network in chunks of at most this many pairs / tokens.
    static let maxPairsPerChunk = 64
    static let maxTokensPerChunk = 8192

    public init(directory: URL) throws {
        let manifest = try Manifest(url: directory.appendingPathComponent("manifest.json"))
        let vocabURL = directory.appendingPathComponent("vocab.txt")
        let wordPiece = try WordPiece(url: vocabURL)
        let file = try SafeTensorsFile(url: directory.appendingPathComponent("model.safetensors"))
        let weights = try BertWeights(file: file, manifest: manifest)
        guard wordPiece.count <= weights.config.vocabularySize else {
            throw CrossEncoderError.invalidVocabulary(
                path: vocabURL.path,
                reason: "\(wordPiece.count) tokens but the word embeddings have only \(weights.config.vocabularySize) rows")
        }
        self.tokenizer = try BertTokenizer(wordPiece: wordPiece, lowercase: manifest.lowercase,
                                           vocabularyPath: vocabURL.path)
        self.encoder = BertEncoder(weights: weights)
        self.labels = manifest.labels
        self.claimHint = manifest.claimHint
        self.maxLength = min(manifest.maxLength, weights.config.maxPositions)
    }

    /// Token ids and token type ids of one pair, exactly as HF BertTokenizerFast produces them
    /// with `truncation=True, max_length=maxLength` ("longest_first").
    /// The claim side carries the manifest's hint, if any.
    public func encode(_ claim: String, _ evidence: String) -> (ids: [Int32], typeIDs: [Int32]) {
        tokenizer.encodePair(claimHint?.apply(claim: claim, evidence: evidence) ?? claim, evidence, maxLength: maxLength)
    }

    /// Raw classifier logits, one row of `labels.count` values per pair, in input order.
    public func logits(for pairs: [(claim: String, evidence: String)]) -> [[Float]] {
        var result: [[Float]] = []
        result.reserveCapacity(pairs.count)
        var chunk: [EncodedSequence] = []
        var chunkTokens = 0
        for pair in pairs {
            let encoded = encode(pair.claim, pair.evidence)
            if !chunk.isEmpty && (chunk.count == Self.maxPairsPerChunk
                                  || chunkTokens + encoded.ids.count > Self.maxTokensPerChunk) {
                result.append(contentsOf: encoder.logits(chunk))
                chunk.removeAll(keepingCapacity: true)
                chunkTokens = 0
            }
            chunk.append(EncodedSequence(ids: encoded.ids, typeIDs: encoded.typeIDs))
            chunkTokens += encoded.ids.count
        }
        if !chunk.isEmpty { result.append(contentsOf: encoder.logits(chunk)) }
        return result
    }

    /// Softmax of `logits(for:)`: one probability distribution over `labels` per pair.
    public func probabilities(for pairs: [(claim: String, evidence: String)]) -> [[Float]] {
        logits(for: pairs).map(Self.softmax)
    }

    static func softmax(_ row: [Float]) -> [Float] {
        guard let m = row.max() else { return row }
        let e = row.map { Foundation.exp($0 - m) }
        let s = e.reduce(0, +)
        return e.map { $0 / s }
    }

    /// OpenBLAS thread count for the matrix products (process-wide; OpenBLAS defaults to all
    /// cores or OPENBLAS_NUM_THREADS). Set it once at start-up, not while inference runs.
    public static var blasThreadCount: Int {
        get { BLAS.threadCount }
        set { BLAS.threadCount = newValue }
    }
}
