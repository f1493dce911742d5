import Foundation

/// `:draft` and `:conflicts`: the batch commands' engines, printed in the shell's layout.
extension ShellSession {
    /// Checks a draft; with `report`, also writes the report there in the format its extension names.
    func draft(file: String, report path: String?, shouldStop: () -> Bool) -> String {
        let format: ReportFormat?
        switch path.map({ ($0 as NSString).pathExtension.lowercased() }) {
        case nil: format = nil
        case "html"?, "htm"?: format = .html
        case "md"?: format = .md
        case "json"?: format = .json
        case "txt"?: format = .text
        case let ext?: return "\(path!): cannot tell the report format from .\(ext); end the name in .html, .md, .json or .txt"
        }
        let draft: Draft
        do { draft = try Draft.load(path: file) } catch { return error.description }
        var stopped = false
        let result = DraftChecker(matcher: matcher).check(draft, shouldStop: {
            stopped = stopped || shouldStop()
            return stopped
        })
        if stopped { return "interrupted after \(result.sentences.count) of \(draft.sentences.count) sentences" }
        do {
            let report = try DraftReport(result)
            var text = report.render(.text, colour: renderer.colour, width: renderer.width)
            if let path, let format {
                try AtomicFile.write(report.render(format), to: path)
                text += "\nwrote the draft report to \(path)"
            }
            return text
        } catch {
            return "\(error)"
        }
    }

    /// One source (id or unique prefix) against the rest, or every source against every other.
    func conflicts(source: String?, shouldStop: () -> Bool) -> String {
        if let source, matcher.corpus.document(matching: source) == nil {
            return "no single source matches \(TextSafety.visible(source)); sources: \(matcher.corpus.documents.map(\.id).joined(separator: ", "))"
        }
        let started = Date()
        let result = ConflictFinder(matcher: matcher).find(source: source, shouldStop: shouldStop)
        do {
            return try ConflictsReport(result, seconds: Date().timeIntervalSince(started)).render(.text, width: renderer.width)
        } catch {
            return "\(error)"
        }
    }
}
