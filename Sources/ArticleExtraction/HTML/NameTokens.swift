/// Words of a `class` or `id` value: `article-body shareBar__icon` → article, body, share, bar, icon.
enum NameTokens {
    static func split(_ value: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var previousLower = false
        for ch in value {
            if ch.isLetter || ch.isNumber {
                // A lower-to-upper step starts a new word (camel case).
                if ch.isUppercase && previousLower && !current.isEmpty {
                    tokens.append(current.lowercased())
                    current = ""
                }
                current.append(ch)
                previousLower = ch.isLowercase
            } else {
                if !current.isEmpty { tokens.append(current.lowercased()) }
                current = ""
                previousLower = false
            }
        }
        if !current.isEmpty { tokens.append(current.lowercased()) }
        return tokens
    }
}
