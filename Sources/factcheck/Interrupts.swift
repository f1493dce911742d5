#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Ctrl-C as a flag rather than a kill: the shell clears its line, a batch stops between claims.
enum Interrupts {
    static let flag = Atomic<Bool>(false)

    /// Installs a SIGINT handler (no SA_RESTART, so a blocking read returns) that only sets the flag.
    static func install() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in Interrupts.flag.store(true, ordering: .relaxed) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    /// Whether Ctrl-C was pressed since the last call; clears the flag.
    static func take() -> Bool { flag.exchange(false, ordering: .relaxed) }

    static var pending: Bool { flag.load(ordering: .relaxed) }
}
