import Foundation

/// Work spread over the machine's cores, results in input order.
enum Parallel {
    /// A pointer handed to worker threads; each writes only its own indices.
    private struct Slots<R>: @unchecked Sendable {
        let base: UnsafeMutablePointer<R?>
    }

    /// `items.map(transform)`, computed on every core. Order and results are the same as the serial map;
    /// small inputs run serially, where threads would cost more than they save.
    static func map<T: Sendable, R: Sendable>(_ items: [T], minimumPerThread: Int = 4, _ transform: @Sendable (T) -> R) -> [R] {
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, items.count / max(1, minimumPerThread))
        guard workers > 1 else { return items.map(transform) }
        let base = UnsafeMutablePointer<R?>.allocate(capacity: items.count)
        base.initialize(repeating: nil, count: items.count)
        defer {
            base.deinitialize(count: items.count)
            base.deallocate()
        }
        let slots = Slots(base: base)
        // Interleaved chunks of a few items balance uneven documents without a shared counter.
        let chunk = 8
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var start = w * chunk
            while start < items.count {
                for i in start..<min(start + chunk, items.count) { slots.base[i] = transform(items[i]) }
                start += workers * chunk
            }
        }
        return (0..<items.count).map { base[$0]! }
    }
}
