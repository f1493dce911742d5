import Dispatch

/// Splits the non-BLAS work of a forward pass (attention heads, GELU, LayerNorm) over the same
/// number of threads OpenBLAS uses, so a second core is not idle outside the large products.
enum Parallel {
    /// Calls `body` on contiguous sub-ranges of 0..<count, on up to `workers` threads; `body`
    /// gets (worker index, range). Runs inline when one worker suffices.
    static func forEachChunk(count: Int, workers requested: Int, minimumPerWorker: Int = 1,
                             _ body: (Int, Range<Int>) -> Void) {
        let workers = Swift.max(1, Swift.min(requested, count / Swift.max(1, minimumPerWorker)))
        if workers == 1 {
            if count > 0 { body(0, 0..<count) }
            return
        }
        // concurrentPerform is synchronous, and callers give each chunk disjoint output memory,
        // so sharing the non-Sendable closure for the duration of the call is safe.
        nonisolated(unsafe) let body = body
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            let lower = count * w / workers, upper = count * (w + 1) / workers
            if lower < upper { body(w, lower..<upper) }
        }
    }
}
