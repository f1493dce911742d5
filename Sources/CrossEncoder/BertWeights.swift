/// Architecture numbers of a BERT sequence classifier, checked against the tensors at load.
struct BertConfig: Sendable, Equatable {
    var layers: Int
    var hidden: Int
    var heads: Int
    var intermediate: Int
    var layerNormEps: Float
    var vocabularySize: Int
    var maxPositions: Int
    var typeVocabularySize: Int
    var labels: Int
    var headSize: Int { hidden / heads }
}

/// Weights of one transformer encoder layer, dequantised to Float32. Linear weights keep
/// PyTorch's [out, in] row-major layout (used as the transposed B operand of sgemm).
struct EncoderLayerWeights: Sendable {
    /// Fused query/key/value projection: rows 0..<H query, H..<2H key, 2H..<3H value.
    var qkvWeight: [Float]      // [3H, H]
    var qkvBias: [Float]        // [3H]
    var attentionOutWeight: [Float]  // [H, H]
    var attentionOutBias: [Float]
    var attentionNormGamma: [Float]
    var attentionNormBeta: [Float]
    var intermediateWeight: [Float]  // [I, H]
    var intermediateBias: [Float]
    var outputWeight: [Float]   // [H, I]
    var outputBias: [Float]
    var outputNormGamma: [Float]
    var outputNormBeta: [Float]
}

/// All weights of a `BertForSequenceClassification`, read from safetensors under HF's
/// state_dict names.
struct BertWeights: Sendable {
    var config: BertConfig
    var wordEmbeddings: [Float]      // [V, H]
    var positionEmbeddings: [Float]  // [P, H]
    var tokenTypeEmbeddings: [Float] // [T, H]
    var embeddingNormGamma: [Float]
    var embeddingNormBeta: [Float]
    var layers: [EncoderLayerWeights]
    var poolerWeight: [Float]        // [H, H]
    var poolerBias: [Float]
    var classifierWeight: [Float]    // [labels, H]
    var classifierBias: [Float]

    init(file: SafeTensorsFile, manifest: Manifest) throws {
        let h = manifest.hidden, inter = manifest.intermediate
        func rows(_ name: String) throws -> Int {
            guard let info = file.tensors[name] else {
                throw CrossEncoderError.missingTensor(path: file.path, name: name)
            }
            guard info.shape.count == 2, info.shape[1] == h, info.shape[0] > 0 else {
                throw CrossEncoderError.invalidTensor(path: file.path, name: name,
                                                      reason: "shape \(info.shape), expected [n, \(h)]")
            }
            return info.shape[0]
        }
        let vocab = try rows("bert.embeddings.word_embeddings.weight")
        let positions = try rows("bert.embeddings.position_embeddings.weight")
        let types = try rows("bert.embeddings.token_type_embeddings.weight")
        config = BertConfig(layers: manifest.layers, hidden: h, heads: manifest.heads, intermediate: inter,
                            layerNormEps: manifest.layerNormEps, vocabularySize: vocab, maxPositions: positions,
                            typeVocabularySize: types, labels: manifest.labels.count)
        guard types >= 2 else {
            throw CrossEncoderError.invalidTensor(path: file.path, name: "bert.embeddings.token_type_embeddings.weight",
                                                  reason: "needs at least 2 token types, has \(types)")
        }

        wordEmbeddings = try file.floats("bert.embeddings.word_embeddings.weight", shape: [vocab, h])
        positionEmbeddings = try file.floats("bert.embeddings.position_embeddings.weight", shape: [positions, h])
        tokenTypeEmbeddings = try file.floats("bert.embeddings.token_type_embeddings.weight", shape: [types, h])
        embeddingNormGamma = try file.floats("bert.embeddings.LayerNorm.weight", shape: [h])
        embeddingNormBeta = try file.floats("bert.embeddings.LayerNorm.bias", shape: [h])

        var layers: [EncoderLayerWeights] = []
        for n in 0..<manifest.layers {
            let p = "bert.encoder.layer.\(n)."
            let q = try file.floats(p + "attention.self.query.weight", shape: [h, h])
            let k = try file.floats(p + "attention.self.key.weight", shape: [h, h])
            let v = try file.floats(p + "attention.self.value.weight", shape: [h, h])
            let qb = try file.floats(p + "attention.self.query.bias", shape: [h])
            let kb = try file.floats(p + "attention.self.key.bias", shape: [h])
            let vb = try file.floats(p + "attention.self.value.bias", shape: [h])
            layers.append(EncoderLayerWeights(
                qkvWeight: q + k + v,
                qkvBias: qb + kb + vb,
                attentionOutWeight: try file.floats(p + "attention.output.dense.weight", shape: [h, h]),
                attentionOutBias: try file.floats(p + "attention.output.dense.bias", shape: [h]),
                attentionNormGamma: try file.floats(p + "attention.output.LayerNorm.weight", shape: [h]),
                attentionNormBeta: try file.floats(p + "attention.output.LayerNorm.bias", shape: [h]),
                intermediateWeight: try file.floats(p + "intermediate.dense.weight", shape: [inter, h]),
                intermediateBias: try file.floats(p + "intermediate.dense.bias", shape: [inter]),
                outputWeight: try file.floats(p + "output.dense.weight", shape: [h, inter]),
                outputBias: try file.floats(p + "output.dense.bias", shape: [h]),
                outputNormGamma: try file.floats(p + "output.LayerNorm.weight", shape: [h]),
                outputNormBeta: try file.floats(p + "output.LayerNorm.bias", shape: [h])))
        }
        // A layer beyond the manifest's count means the manifest and weights disagree.
        if file.tensors["bert.encoder.layer.\(manifest.layers).attention.self.query.weight"] != nil {
            throw CrossEncoderError.invalidTensor(path: file.path, name: "bert.encoder.layer.\(manifest.layers)",
                                                  reason: "present, but manifest.json says layers = \(manifest.layers)")
        }
        self.layers = layers
        poolerWeight = try file.floats("bert.pooler.dense.weight", shape: [h, h])
        poolerBias = try file.floats("bert.pooler.dense.bias", shape: [h])
        let labels = manifest.labels.count
        classifierWeight = try file.floats("classifier.weight", shape: [labels, h])
        classifierBias = try file.floats("classifier.bias", shape: [labels])

        for (name, values) in [("bert.embeddings.word_embeddings.weight", wordEmbeddings),
                                ("classifier.weight", classifierWeight)] where !values.allSatisfy({ $0.isFinite }) {
            throw CrossEncoderError.invalidTensor(path: file.path, name: name, reason: "contains NaN or infinity")
        }
    }
}
