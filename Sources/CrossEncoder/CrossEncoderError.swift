import Foundation

/// Everything that can go wrong while loading a cross-encoder model folder.
///
/// Every case carries the path of the file at fault; `description` is one line that names the
/// file and the problem, suitable for a command-line error message.
public enum CrossEncoderError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A required file (model.safetensors, vocab.txt, manifest.json) does not exist.
    case missingFile(path: String)
    /// The file exists but could not be read.
    case unreadableFile(path: String, reason: String)
    /// The safetensors container is damaged (header, offsets, sizes, dtypes).
    case invalidSafeTensors(path: String, reason: String)
    /// A tensor the model needs is absent from the safetensors file.
    case missingTensor(path: String, name: String)
    /// A tensor is present but has the wrong shape or an unsupported dtype.
    case invalidTensor(path: String, name: String, reason: String)
    /// manifest.json is not valid JSON or lacks/misstates a required key.
    case invalidManifest(path: String, reason: String)
    /// vocab.txt is empty, lacks a required special token, or disagrees with the embeddings.
    case invalidVocabulary(path: String, reason: String)

    public var description: String {
        switch self {
        case .missingFile(let path):
            return "\(path): file not found"
        case .unreadableFile(let path, let reason):
            return "\(path): cannot read file (\(reason))"
        case .invalidSafeTensors(let path, let reason):
            return "\(path): invalid safetensors file: \(reason)"
        case .missingTensor(let path, let name):
            return "\(path): missing tensor '\(name)'"
        case .invalidTensor(let path, let name, let reason):
            return "\(path): tensor '\(name)': \(reason)"
        case .invalidManifest(let path, let reason):
            return "\(path): invalid manifest: \(reason)"
        case .invalidVocabulary(let path, let reason):
            return "\(path): invalid vocabulary: \(reason)"
        }
    }
}

extension CrossEncoderError: LocalizedError {
    public var errorDescription: String? { description }
}
