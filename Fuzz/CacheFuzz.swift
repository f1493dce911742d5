@testable import FactCheckKit
import Foundation

// libFuzzer target: the analysis cache's body decoder. Damaged bytes must throw, never trap or
// allocate without bound (the checksum guards against trusting bytes that merely parse).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCache(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = try? MatcherCache.decodeBody(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
