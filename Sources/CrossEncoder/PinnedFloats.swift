/// An immutable Float buffer at a stable address, so the forward pass can hand raw pointers to
/// BLAS without `withUnsafeBufferPointer` nesting or copy-on-write checks.
final class PinnedFloats: @unchecked Sendable {
    // @unchecked: the memory is written once in init and only read afterwards.
    private let base: UnsafeMutablePointer<Float>
    let count: Int

    init(_ values: [Float]) {
        count = values.count
        base = .allocate(capacity: Swift.max(values.count, 1))
        values.withUnsafeBufferPointer { src in
            if let address = src.baseAddress { base.initialize(from: address, count: values.count) }
        }
    }

    deinit { base.deallocate() }

    @inline(__always)
    var pointer: UnsafePointer<Float> { UnsafePointer(base) }
}
