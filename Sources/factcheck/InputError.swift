import ArgumentParser

/// A path the user gave that cannot be used (`--sources /no/such/dir`, a missing claim file): one line naming it,
/// then the usage of the command that was run, and exit status 2 — the same as an argument the parser refused.
struct InputError: Error, CustomStringConvertible {
    let description: String
}

/// The exit status for a usage or input error, as the README and `check --help` promise.
let usageErrorStatus: Int32 = 2
