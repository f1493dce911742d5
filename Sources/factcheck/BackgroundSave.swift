import FactCheckKit
import Foundation
import Synchronization

/// Writes a freshly analysed corpus to the cache on another thread, so the prompt (or a batch's
/// first claim) does not wait for it: at 10,000 articles the write is more than a second.
final class BackgroundSave: Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let warning = Mutex<String?>(nil)

    init(_ save: MatcherCache.PendingSave) {
        DispatchQueue.global(qos: .utility).async { [self] in
            let message = save.run()
            warning.withLock { $0 = message }
            done.signal()
        }
    }

    /// Waits for the write (a quick exit must not leave it half done) and prints its warning, if any.
    func finish() {
        done.wait()
        if let message = warning.withLock({ $0 }) { Terminal.warn(message) }
    }
}
