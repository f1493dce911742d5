import Foundation

/// One claim to check, with where it came from and what its author expects.
public struct ClaimEntry: Sendable, Hashable {
    /// The claim text.
    public let text: String
    /// The claim file, as given (empty for claims typed in the shell).
    public let file: String
    /// 1-based line in that file (for CSV, the line the record starts on).
    public let line: Int
    /// The expectation after ` => `, if any.
    public let expectation: Expectation?

    /// Creates an entry.
    public init(text: String, file: String, line: Int, expectation: Expectation?) {
        self.text = text
        self.file = file
        self.line = line
        self.expectation = expectation
    }
}

/// What a claim file says the verdict should be.
public struct Expectation: Sendable, Hashable {
    /// The expectation as written, for reports.
    public let text: String
    /// `=> supported`: the summary across sources.
    public let overall: Summary?
    /// `=> 000: agreement@9, 002: absence`: verdicts (and optionally cited lines) per source.
    public let perSource: [SourceExpectation]

    /// Creates an expectation.
    public init(text: String, overall: Summary?, perSource: [SourceExpectation]) {
        self.text = text
        self.overall = overall
        self.perSource = perSource
    }
}

/// One source's expected verdict; `lines` must all be among the cited lines.
public struct SourceExpectation: Sendable, Hashable {
    /// A unique prefix of a source id, as written.
    public let sourcePrefix: String
    /// The expected verdict.
    public let verdict: Verdict
    /// Lines that the verdict must cite (`agreement@9+40`); empty to check the verdict only.
    public let lines: [Int]
}

/// A problem at one place in a claim file.
public struct ClaimFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file.
    public let file: String
    /// The 1-based line, or `nil` when the problem is the whole file (missing, unreadable).
    public let line: Int?
    /// What is wrong and how to write it instead.
    public let message: String

    /// Creates an error at `line` of `file`, or about the whole file.
    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`, or `file: message` for the whole file.
    public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
}

/// Reads `.claims` files (one claim a line, `#` comments, ` => ` expectations) and `.csv` files
/// (a header row with `claim` and optionally `expect`).
public enum ClaimFileParser {
    /// Claim files under `path`: the file itself, or every `.claims` and `.csv` in the folder, sorted.
    public static func files(at path: String) throws -> [String] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw ClaimFileError(file: path, line: nil, message: "no such file or folder")
        }
        guard isDir.boolValue else { return [path] }
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []
        return names.filter { $0.hasSuffix(".claims") || $0.hasSuffix(".csv") }.sorted()
            .map { (path as NSString).appendingPathComponent($0) }
    }

    /// Parses one file. Bad lines become errors; the good ones are still returned.
    public static func parse(file: String) -> (entries: [ClaimEntry], errors: [ClaimFileError]) {
        guard let data = FileManager.default.contents(atPath: file) else {
            return ([], [ClaimFileError(file: file, line: nil, message: "cannot read file (check its permissions)")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return ([], [ClaimFileError(file: file, line: 1, message: "not UTF-8 text; save the claim file as UTF-8")])
        }
        return file.lowercased().hasSuffix(".csv") ? parseCSV(text, file: file) : parseClaims(text, file: file)
    }

    /// Parses `.claims` text.
    public static func parseClaims(_ text: String, file: String) -> (entries: [ClaimEntry], errors: [ClaimFileError]) {
        var entries: [ClaimEntry] = []
        var errors: [ClaimFileError] = []
        for (i, raw) in text.fileLines.enumerated() {
            let line = stripComment(raw).trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            var claim = line
            var expectation: Expectation?
            if let arrow = line.range(of: " => ") ?? line.range(of: "=>") {
                claim = String(line[..<arrow.lowerBound]).trimmingCharacters(in: .whitespaces)
                do {
                    expectation = try parseExpectation(String(line[arrow.upperBound...]))
                } catch let message as ExpectationSyntax {
                    errors.append(ClaimFileError(file: file, line: i + 1, message: message.text))
                    continue
                } catch {}
            }
            if let problem = ClaimText.problem(claim) {
                errors.append(ClaimFileError(file: file, line: i + 1, message: problem))
                continue
            }
            entries.append(ClaimEntry(text: claim, file: file, line: i + 1, expectation: expectation))
        }
        return (entries, errors)
    }

    /// `#` starts a comment at the line start or after a space (so `#1 suspect` inside a claim survives only without a space before it).
    private static func stripComment(_ line: String) -> String {
        var prev: Character = " "
        for (offset, c) in line.enumerated() {
            if c == "#", prev.isWhitespace { return String(line.prefix(offset)) }
            prev = c
        }
        return line
    }

    struct ExpectationSyntax: Error { let text: String }

    /// `supported` | `000: agreement@9+40, 001: absence`.
    static func parseExpectation(_ s: String) throws -> Expectation {
        let text = s.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { throw ExpectationSyntax(text: "empty expectation after `=>`; write e.g. `=> supported` or `=> 000: agreement`") }
        if !text.contains(":") {
            guard let summary = Summary(rawValue: text.lowercased()) else {
                throw ExpectationSyntax(text: "unknown verdict `\(text)`; expected one of \(Summary.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return Expectation(text: text, overall: summary, perSource: [])
        }
        var per: [SourceExpectation] = []
        for part in text.split(separator: ",") {
            let pieces = part.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pieces.count == 2, !pieces[0].isEmpty else {
                throw ExpectationSyntax(text: "expected `SOURCE: verdict` in `\(part.trimmingCharacters(in: .whitespaces))`")
            }
            // Not omitting empties: "000: " and "000: @3" must be errors, not an index out of range (found by fuzzing).
            let verdictAndLines = pieces[1].split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard let verdict = Verdict(rawValue: verdictAndLines[0].lowercased()) else {
                throw ExpectationSyntax(text: verdictAndLines[0].isEmpty ? "missing verdict for \(pieces[0]); expected agreement, conflict or absence"
                                        : "unknown verdict `\(verdictAndLines[0])` for \(pieces[0]); expected agreement, conflict or absence")
            }
            var lines: [Int] = []
            if verdictAndLines.count == 2 {
                for l in verdictAndLines[1].split(separator: "+") {
                    guard let n = Int(l), n > 0 else { throw ExpectationSyntax(text: "bad line number `\(l)` after @ for \(pieces[0])") }
                    lines.append(n)
                }
            }
            per.append(SourceExpectation(sourcePrefix: pieces[0], verdict: verdict, lines: lines))
        }
        return Expectation(text: text, overall: nil, perSource: per)
    }

    /// Parses CSV text with a header row naming `claim` (and optionally `expect`).
    public static func parseCSV(_ text: String, file: String) -> (entries: [ClaimEntry], errors: [ClaimFileError]) {
        let records: [(line: Int, fields: [String])]
        do {
            records = try CSVReader.records(text)
        } catch let e as CSVReader.Unbalanced {
            return ([], [ClaimFileError(file: file, line: e.line, message: "unbalanced quote: a field opened with \" is never closed")])
        } catch {
            return ([], [])
        }
        guard let header = records.first else { return ([], [ClaimFileError(file: file, line: 1, message: "empty CSV; the first row must be a header with a `claim` column")]) }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let claimColumn = names.firstIndex(of: "claim") else {
            return ([], [ClaimFileError(file: file, line: header.line, message: "no `claim` column in the header row (found: \(names.joined(separator: ", ")))")])
        }
        let expectColumn = names.firstIndex(of: "expect")
        var entries: [ClaimEntry] = []
        var errors: [ClaimFileError] = []
        for record in records.dropFirst() {
            if record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            // Checked first: an unquoted `$3,000` shifts every later column, and the symptom (a verdict `000`) misleads.
            // Empty extra fields (a trailing comma a spreadsheet added) change nothing and pass.
            if record.fields.count > header.fields.count, record.fields[header.fields.count...].contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                errors.append(ClaimFileError(file: file, line: record.line, message: "this row has \(record.fields.count) fields but the header has "
                    + "\(header.fields.count); a field that contains a comma must be in double quotes (\"Mallory was paid $3,000\")"))
                continue
            }
            let claim = claimColumn < record.fields.count ? record.fields[claimColumn].trimmingCharacters(in: .whitespacesAndNewlines) : ""
            if let problem = ClaimText.problem(claim) {
                errors.append(ClaimFileError(file: file, line: record.line, message: problem))
                continue
            }
            var expectation: Expectation?
            if let e = expectColumn, e < record.fields.count, !record.fields[e].trimmingCharacters(in: .whitespaces).isEmpty {
                do { expectation = try parseExpectation(record.fields[e]) } catch let m as ExpectationSyntax {
                    errors.append(ClaimFileError(file: file, line: record.line, message: m.text))
                    continue
                } catch {}
            }
            entries.append(ClaimEntry(text: claim, file: file, line: record.line, expectation: expectation))
        }
        return (entries, errors)
    }
}

/// Limits on what counts as a claim.
public enum ClaimText {
    /// The longest claim accepted, in characters.
    public static let maximumLength = 2000

    /// Why `text` cannot be checked as a claim, or `nil` when it can.
    public static func problem(_ text: String) -> String? {
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return "empty claim" }
        if text.count > maximumLength { return "claim is \(text.count) characters; the limit is \(maximumLength) — split it into separate claims" }
        if !text.contains(where: { $0.isLetter || $0.isNumber }) { return "claim has no words" }
        return nil
    }
}
