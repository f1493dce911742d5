@testable import FactCheckKit
// libFuzzer target: claim files, both `.claims` and `.csv`. Built against the library by `make fuzz`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzClaimFiles(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let claims = ClaimFileParser.parseClaims(text, file: "fuzz.claims")
    for e in claims.errors { precondition((e.line ?? 0) >= 1, "errors in a parsed file name a line") }
    for e in claims.entries { precondition(ClaimText.problem(e.text) == nil, "only valid claims are returned") }
    _ = ClaimFileParser.parseCSV(text, file: "fuzz.csv")
    return 0
}
