@testable import FactCheckKit
// libFuzzer target: the quantity and date parsers, and the claim analysis built on them.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuantitiesAndDates(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: min(size, 4096)), as: UTF8.self)
    let tokens = Tokenizer.tokenize(text)
    for q in QuantityParser.parse(tokens) {
        precondition(q.low <= q.high, "interval upside down for \(q.text)")
        precondition(q.tokenRange.upperBound <= tokens.count)
    }
    for d in DateParser.parse(tokens, reference: CalendarDate(year: 2017, month: 6, day: 23)) {
        if let days = d.days { precondition(days.lowerBound <= days.upperBound) }
        _ = d.normalized
    }
    _ = TextAnalyzer.analyseClaim(text, context: NameContext())
    return 0
}
