import ArticleExtraction
import Foundation

/// Reads one article file into a `SourceDocument`: decode, front matter, dateline, sentences, noise.
enum DocumentLoader {
    struct Loaded {
        var document: SourceDocument
        var warnings: [LoadIssue]
    }

    static func load(path: String) -> Result<Loaded, LoadIssue> {
        read(path: path).map { source in
            let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            let doc = parse(text: source.text, id: id, path: path, sha256: SHA256.hex(source.bytes), format: source.format,
                            pageStarts: source.pageStarts, setAside: source.setAside)
            return Loaded(document: doc, warnings: source.warnings.map { LoadIssue(path: path, line: nil, message: $0, isWarning: true) })
        }
    }

    /// The file's text as FactCheck cites it — decoded, or extracted from a web page or PDF — before sentences are found.
    static func read(path: String) -> Result<SourceText, LoadIssue> {
        func failure(_ message: String) -> Result<SourceText, LoadIssue> {
            .failure(LoadIssue(path: path, line: nil, message: message, isWarning: false))
        }
        let format = SourceFormat(path: path) ?? .text
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > format.maximumFileSize {
            return failure("\(size / 1_048_576) MB is over the \(format.maximumFileSize / 1_048_576) MB limit for one \(format == .text || format == .markdown ? "article" : "file of this kind"); \(format.oversizeAdvice)")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            return failure(FileManager.default.fileExists(atPath: path) ? "permission denied or unreadable" : "file vanished while loading")
        }
        switch format {
        case .text, .markdown:
            switch TextDecoder.decode(data) {
            case .rejected(let why):
                return failure(why)
            case .text(let text, let warning):
                return .success(SourceText(text: text, format: format, pageStarts: [], setAside: [], warnings: warning.map { [$0] } ?? [], bytes: data))
            }
        case .html, .pdf:
            do {
                let bytes = [UInt8](data)
                let article = format == .html ? try HTMLExtractor.extract(bytes) : try PDFExtractor.extract(bytes)
                let extracted = ArticleText(article, format: format)
                guard extracted.hasBody else { return failure(ExtractionError.noArticleText.description) }
                return .success(SourceText(text: extracted.text, format: format, pageStarts: extracted.pageStarts,
                                           setAside: extracted.setAside, warnings: extracted.warnings, bytes: data))
            } catch let error as ExtractionError {
                return failure(error.description)
            } catch {
                return failure("\(error)")
            }
        }
    }

    /// Builds a document from decoded text; also used by tests and the benchmark generator.
    static func parse(text: String, id: String, path: String, sha256: String, format: SourceFormat = .text,
                      pageStarts: [Int] = [], setAside: [SetAsideBlock] = []) -> SourceDocument {
        let lines = text.fileLines
        let front = FrontMatter(lines: lines)
        let bodyStart = front.lineCount + 1
        let dateline = Dateline.find(lines: lines, bodyStart: bodyStart)
        let noise = NoiseClassifier.classify(lines: lines, datelines: dateline.lines, bodyStart: bodyStart)
        let segments = SentenceSegmenter.segment(lines: lines, firstLine: bodyStart, hardWrapped: format == .pdf)
        let sentences = segments.enumerated().map { i, s in
            Sentence(index: i, line: s.line, column: s.column, text: s.text,
                     noise: s.text.count > SentenceSegmenter.maximumSentenceLength ? .overlong : noise[s.line])
        }
        let title = front.fields["title"] ?? sentences.first(where: { $0.noise == nil })?.text ?? id
        let published = front.fields["published"].flatMap(Dateline.parseDate) ?? dateline.published
        return SourceDocument(
            id: id, path: path, title: title, outlet: front.fields["outlet"], url: front.fields["url"],
            published: published, updated: dateline.updated, sentences: sentences, lines: lines, sha256: sha256,
            format: format, author: front.fields["author"], pageStarts: pageStarts, setAside: setAside
        )
    }
}

/// A publication date near the top: `Thursday, June 17, 2021` or `June 23, 2017 Updated: August 18, 2017`.
enum Dateline {
    static func find(lines: [String], bodyStart: Int) -> (lines: Set<Int>, published: CalendarDate?, updated: CalendarDate?) {
        var seen = 0
        for i in (bodyStart - 1)..<lines.count {
            let line = lines[i].trimmingWhitespace()
            if line.isEmpty { continue }
            seen += 1
            if seen > 6 { break }
            let tokens = Tokenizer.tokenize(line)
            let dates = DateParser.parse(tokens, reference: nil).filter { $0.days.map { $0.count <= 1 } ?? false }
            guard let first = dates.first else { continue }
            // Mostly date: every word is part of a date, a weekday or "Updated"/"Published".
            let covered = Set(dates.flatMap { Array($0.tokenRange) })
            let extra = tokens.indices.filter { j in
                !covered.contains(j) && tokens[j].kind != .symbol
                    && !["updated", "published", "posted", "last", "on", "at"].contains(tokens[j].lower)
                    && !DateParser.weekdays.contains(tokens[j].lower)
            }
            // Times like 10:30 a.m. may follow; a sentence ending in a date ("Gotham premiered on Fox on
            // September 22, 2014.") states something on that date and is no dateline.
            let lower = line.lowercased()
            let endsSentence = lower.hasSuffix(".") && !lower.hasSuffix("a.m.") && !lower.hasSuffix("p.m.")
            if extra.count > 3 || (endsSentence && !extra.isEmpty) { continue }
            let updatedIndex = tokens.firstIndex { $0.lower == "updated" }
            let updated = updatedIndex.flatMap { u in dates.first { $0.tokenRange.lowerBound > u } }.flatMap(date)
            return ([i + 1], date(first), updated)
        }
        return ([], nil, nil)
    }

    static func date(_ m: DateMention) -> CalendarDate? {
        guard let d = m.days?.lowerBound else { return nil }
        return CalendarDate(year: d / 10000, month: d / 100 % 100, day: d % 100)
    }

    /// Front-matter dates: ISO `2019-05-17` or any form the date parser reads.
    static func parseDate(_ s: String) -> CalendarDate? {
        let parts = s.split(separator: "-").compactMap { Int($0) }
        if parts.count >= 1, parts[0] > 1000, s.first?.isNumber == true {
            return CalendarDate(year: parts[0], month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil)
        }
        return DateParser.parse(Tokenizer.tokenize(s), reference: nil).first.flatMap(date)
    }
}
