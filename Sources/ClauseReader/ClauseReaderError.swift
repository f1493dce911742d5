import Foundation

/// Why a `ClauseReader` could not be created.
public enum ClauseReaderError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// `dictionary_create_lang("en")` found no English dictionary.
    case dictionaryMissing

    public var description: String {
        switch self {
        case .dictionaryMissing:
            return "Link Grammar's English dictionary is not installed (apt-get install link-grammar-dictionaries-en)"
        }
    }

    public var errorDescription: String? { description }
}
