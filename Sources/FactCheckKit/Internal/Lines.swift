extension String {
    /// The text's lines, split at `\n` with a trailing `\r` removed.
    ///
    /// Split on the byte: to Swift, `"\r\n"` is one `Character` that is not `"\n"`, so splitting
    /// characters reads a Windows file as a single line.
    var fileLines: [String] {
        utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
        }
    }
}
