/// RFC 4180 records with the line each starts on; quoted fields may hold commas, quotes and newlines.
enum CSVReader {
    struct Unbalanced: Error { let line: Int }

    static func records(_ text: String) throws -> [(line: Int, fields: [String])] {
        var out: [(Int, [String])] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1, recordLine = 1, quoteLine = 1
        var chars = Array(text)[...]
        if chars.first == "\u{FEFF}" { chars = chars.dropFirst() }
        var i = chars.startIndex
        while i < chars.endIndex {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.endIndex, chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
                } else {
                    if c == "\n" { line += 1 }
                    field.append(c)
                }
            } else {
                switch c {
                case "\"" where field.isEmpty:
                    quoted = true
                    quoteLine = line
                case ",":
                    fields.append(field)
                    field = ""
                case "\n", "\r\n":
                    fields.append(field)
                    out.append((recordLine, fields))
                    fields = []
                    field = ""
                    line += 1
                    recordLine = line
                case "\r":
                    break
                default:
                    field.append(c)
                }
            }
            i += 1
        }
        if quoted { throw Unbalanced(line: quoteLine) }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            out.append((recordLine, fields))
        }
        return out
    }
}
