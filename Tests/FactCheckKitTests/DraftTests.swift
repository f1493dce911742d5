import Foundation
import XCTest
@testable import FactCheckKit

/// A draft checked sentence by sentence against the seed articles: roles, verdicts and the lines each part cites.
final class DraftTests: XCTestCase {
    static let draftPath = Fixtures.repositoryRoot + "/Tests/FactCheckKitTests/Fixtures/drafts/mallory-draft.md"
    /// Rules only: the verdicts below are the rules' (the batch tests run the same draft with the default hybrid verifier).
    static let matcher = ClaimMatcher(corpus: Fixtures.seeds, options: CheckOptions(verifier: .rules))
    static let result = DraftChecker(matcher: matcher).check(try! Draft.load(path: draftPath))

    private func sentence(_ prefix: String, file: StaticString = #filePath, line: UInt = #line) -> CheckedDraftSentence {
        guard let s = Self.result.sentences.first(where: { $0.sentence.plain.hasPrefix(prefix) }) else {
            XCTFail("no draft sentence starts with \(prefix)", file: file, line: line)
            fatalError()
        }
        return s
    }

    /// `000:7` for each citation of `source`'s verdict on part `part`.
    private func cited(_ s: CheckedDraftSentence, part: Int = 0, _ source: String) -> [String] {
        let sv = s.parts[part].result.sources.first { $0.sourceID.hasPrefix(source) }!
        return sv.citations.map { "\(source):\($0.line)" }
    }

    private func verdict(_ s: CheckedDraftSentence, part: Int = 0, _ source: String) -> Verdict {
        s.parts[part].result.sources.first { $0.sourceID.hasPrefix(source) }!.verdict
    }

    func testSummaryCountsEverySentence() {
        let t = Self.result.totals
        XCTAssertEqual(t.line, "14 sentences, 10 claims: 5 supported, 3 contradicted, 0 disputed, 2 unverified")
        XCTAssertEqual(t.notClaims, 4)
    }

    func testTrueSentencesAreSupportedWithEachPartsCitations() {
        let s = sentence("Kevin Mallory, a former CIA officer, was sentenced")
        XCTAssertEqual(s.verdict, .supported)
        XCTAssertEqual(s.parts.map(\.text), ["Kevin Mallory was sentenced to 20 years in prison for spying for China.", "Kevin Mallory is a former CIA officer"])
        XCTAssertTrue(cited(s, "000").contains("000:7"), "\(cited(s, "000"))")
        XCTAssertEqual(cited(s, "001"), ["001:5"])
        XCTAssertEqual(verdict(s, "002"), .absence)

        // The pronoun is the previous sentence's person, as a reader takes it.
        let paid = sentence("He was paid $25,000")
        XCTAssertEqual(paid.parts.map(\.text), ["Kevin Mallory was paid $25,000 for the documents."])
        XCTAssertEqual(paid.verdict, .supported)
        XCTAssertTrue(cited(paid, "002").contains("002:13"), "\(cited(paid, "002"))")
        XCTAssertTrue(paid.parts[0].result.sources[2].citations.contains { $0.sentence.hasPrefix("In total, Mallory was paid $25,000USD") })

        let trip = sentence("Mallory traveled to Shanghai")
        XCTAssertEqual(trip.verdict, .supported)
        XCTAssertEqual(cited(trip, "002"), ["002:11"])
        XCTAssertEqual(cited(trip, "000"), ["000:9"])
    }

    func testAFalseFigureInACombinedSentenceContradictsItAndShowsEachPart() {
        let s = sentence("Mallory, a fluent Mandarin speaker")
        XCTAssertEqual(s.verdict, .contradicted)
        XCTAssertEqual(s.parts.map(\.text), ["Mallory was paid $50,000.", "Mallory is a fluent Mandarin speaker", "Mallory is from Leesburg, Virginia"])
        XCTAssertEqual(s.parts.map(\.result.summary), [.contradicted, .supported, .unverified])
        XCTAssertEqual(verdict(s, "002"), .conflict)
        XCTAssertEqual(cited(s, "002"), ["002:13"])
        XCTAssertTrue(s.parts[0].result.sources[2].reason.contains("≠ $50,000"), s.parts[0].result.sources[2].reason)
        XCTAssertEqual(cited(s, part: 1, "000"), ["000:30"])

        let compound = sentence("Mallory was convicted by a jury and sentenced to 10 years")
        XCTAssertEqual(compound.verdict, .contradicted)
        XCTAssertEqual(compound.parts.map(\.result.summary), [.supported, .contradicted])
        XCTAssertEqual(verdict(compound, part: 1, "001"), .conflict)
        XCTAssertTrue(cited(compound, part: 1, "001").contains("001:5"))
    }

    func testQuotesAreCheckedWordForWord() {
        let right = sentence("\"Your object is to gain information, and my object is to be paid,\"")
        XCTAssertEqual(right.role, .quote)
        XCTAssertEqual(right.verdict, .supported)
        XCTAssertEqual(cited(right, "000"), ["000:19"])
        // 002 quotes more ("… to be paid for it"): the draft's shorter quote is still word for word.
        XCTAssertEqual(cited(right, "002"), ["002:15"])
        XCTAssertEqual(verdict(right, "001"), .absence)

        let wrong = sentence("\"Your object is to gain information, and my object is to get rich,\"")
        XCTAssertEqual(wrong.verdict, .contradicted)
        XCTAssertEqual(verdict(wrong, "000"), .conflict)
        XCTAssertEqual(cited(wrong, "000"), ["000:19"])
        XCTAssertEqual(wrong.parts[0].result.sources[0].reason, "conflict: misquote — draft “get rich” ≠ source “be paid”")
    }

    func testHedgedAndUnsupportedSentencesAreNotSupported() {
        let stated = sentence("Ron Hansen was sentenced to 15 years")
        XCTAssertEqual(stated.verdict, .unverified)
        XCTAssertEqual(cited(stated, "000"), ["000:51"])
        XCTAssertTrue(stated.parts[0].result.sources[0].reason.hasPrefix("absence: only hedged"))
        // Said with the sources' own hedge, it is what they say.
        let hedged = sentence("Hansen might face 15 years")
        XCTAssertEqual(hedged.verdict, .supported)
        XCTAssertEqual(cited(hedged, "000"), ["000:51"])

        let unsupported = sentence("Mallory owned a vineyard in Oregon")
        XCTAssertEqual(unsupported.verdict, .unverified)
        XCTAssertTrue(unsupported.parts[0].result.sources.allSatisfy { $0.citations.isEmpty })
    }

    func testOpinionsQuestionsTransitionsAndHeadingsAreListedNotChecked() {
        XCTAssertEqual(sentence("The price of a secret").role, .notAClaim(.heading))
        XCTAssertEqual(sentence("It is a shameful betrayal").role, .notAClaim(.opinion))
        XCTAssertEqual(sentence("What did China learn").role, .notAClaim(.question))
        XCTAssertEqual(sentence("Meanwhile, the story goes on").role, .notAClaim(.transition))
        for s in Self.result.sentences where !s.role.isClaim {
            XCTAssertTrue(s.parts.isEmpty)
            XCTAssertNil(s.verdict)
        }
    }

    func testClassifierNearMisses() {
        func role(_ text: String) -> SentenceRole {
            let d = Draft(text: text, path: "d.txt")
            return DraftChecker(matcher: Self.matcher).check(d).sentences[0].role
        }
        XCTAssertEqual(role("Mallory was paid $25,000."), .statement)
        XCTAssertEqual(role("Was Mallory paid $25,000?"), .notAClaim(.question))
        XCTAssertEqual(role("We think Mallory was paid $25,000."), .notAClaim(.opinion))
        XCTAssertEqual(role("Mallory should have been paid $25,000."), .notAClaim(.opinion))
        XCTAssertEqual(role("Mallory said \"my object is to be paid\" in May 2017."), .quote)
        // Quotation marks around two words are a phrase, not a quote.
        XCTAssertEqual(role("Mallory sold \"defense information\" to China."), .statement)
        XCTAssertEqual(role("Still, there is more to it."), .notAClaim(.transition))
    }

    func testOffsetsPointAtEachSentenceInTheDraft() throws {
        let draft = try Draft.load(path: Self.draftPath)
        let scalars = Array(draft.text.unicodeScalars)
        for s in draft.sentences {
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[s.start..<s.end])
            XCTAssertEqual(String(slice), s.text)
            XCTAssertEqual(draft.lines[s.line - 1].dropFirst(s.column - 1).hasPrefix(s.text.prefix { $0 != "\n" }), true)
        }
        // Non-ASCII before a sentence counts one code point a character.
        let d = Draft(text: "Café owners said “yes.” Mallory was paid $25,000.\nLine two.", path: "x.txt")
        XCTAssertEqual(d.sentences.map(\.start), [0, 24, 50])
        XCTAssertEqual(d.sentences[1].text, "Mallory was paid $25,000.")
    }

    func testMarkdownMarksAreNotRead() {
        let d = Draft(text: "# Head line\n\n- **Mallory** was paid [$25,000](http://x.example) by _China_.\n", path: "d.md")
        XCTAssertTrue(d.sentences[0].isHeading)
        XCTAssertEqual(d.sentences[0].plain, "Head line")
        XCTAssertEqual(d.sentences[1].plain, "Mallory was paid $25,000 by China.")
        XCTAssertEqual(d.sentences[1].text, "- **Mallory** was paid [$25,000](http://x.example) by _China_.")
        // A .txt draft is read as written.
        XCTAssertFalse(Draft(text: "# not a heading in text", path: "d.txt").sentences[0].isHeading)
    }

    func testSentenceVerdictCombinesParts() {
        XCTAssertEqual(DraftVerdict.combine([.supported, .supported]), .supported)
        XCTAssertEqual(DraftVerdict.combine([.supported, .unverified]), .unverified)
        XCTAssertEqual(DraftVerdict.combine([.supported, .disputed]), .disputed)
        XCTAssertEqual(DraftVerdict.combine([.disputed, .contradicted, .supported]), .contradicted)
        XCTAssertEqual(DraftVerdict.combine([]), .unverified)
    }

    func testUnreadableDraftsAreOneClearLine() throws {
        let dir = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        XCTAssertThrowsError(try Draft.load(path: dir + "/none.md")) { XCTAssertEqual("\($0)", "\(dir)/none.md: no such file; pass a draft as .txt, .md or .html") }
        XCTAssertThrowsError(try Draft.load(path: dir)) { XCTAssertEqual("\($0)", "\(dir): is a folder; pass one draft file (.txt, .md or .html)") }
        FileManager.default.createFile(atPath: dir + "/d.docx", contents: Data("x".utf8))
        XCTAssertThrowsError(try Draft.load(path: dir + "/d.docx")) { XCTAssertEqual("\($0)", "\(dir)/d.docx: .docx drafts are not read; save it as .txt, .md or .html") }
        FileManager.default.createFile(atPath: dir + "/b.txt", contents: Data([0, 1, 2, 0, 255, 0]))
        XCTAssertThrowsError(try Draft.load(path: dir + "/b.txt")) { XCTAssertTrue("\($0)".hasPrefix("\(dir)/b.txt: "), "\($0)") }
    }
}

/// The claim splitter's appositions: a description between commas after a name is a part of its own.
final class AppositionTests: XCTestCase {
    func testADescriptionBetweenCommasIsItsOwnPart() {
        XCTAssertEqual(ClaimSplitter.parts("Mallory, a fluent Mandarin speaker from Leesburg, Virginia, was paid $25,000"),
                       ["Mallory was paid $25,000", "Mallory is a fluent Mandarin speaker", "Mallory is from Leesburg, Virginia"])
        XCTAssertEqual(ClaimSplitter.parts("Kevin Mallory, a former CIA officer, was sentenced to 20 years and fined"),
                       ["Kevin Mallory was sentenced to 20 years", "Kevin Mallory was fined", "Kevin Mallory is a former CIA officer"])
        // Near misses: a list of places, a dateline-like opener, a lower-case subject.
        XCTAssertEqual(ClaimSplitter.parts("Hansen, Lee and Mallory were convicted"), ["Hansen, Lee and Mallory were convicted"])
        XCTAssertEqual(ClaimSplitter.parts("In Virginia, a jury convicted Mallory"), ["In Virginia, a jury convicted Mallory"])
    }

    func testAParticipleBetweenCommasIsSaidOfTheName() {
        XCTAssertEqual(ClaimSplitter.parts("Lantern 4.1, released on March 2, 2021, was the first version to run on Ruby 3"),
                       ["Lantern 4.1 was the first version to run on Ruby 3", "Lantern 4.1 was released on March 2, 2021"])
        XCTAssertEqual(ClaimSplitter.parts("Harrow Records, founded in 1998, is based in Cardiff"),
                       ["Harrow Records is based in Cardiff", "Harrow Records is founded in 1998"])
        // No verb after the second comma: a list, not a description.
        XCTAssertEqual(ClaimSplitter.parts("Owen, trained in Leeds, Cardiff and Bath"), ["Owen, trained in Leeds, Cardiff and Bath"])
    }

    func testEachPartOfADescribedNameIsCheckedOnItsOwn() {
        let page = """
        ---
        title: Lantern's road to Ruby 3
        ---
        Lantern 4.1 was released on March 2, 2021. It is the first version of Lantern that runs on Ruby 3.
        """
        let v = Fixtures.rulesVerdict("Lantern 4.1, released on March 2, 2021, was the first version of Lantern to run on Ruby 3.", article: page, id: "lantern")
        // Both sentences of line 4: the release, and the first version.
        Fixtures.assertVerdict(v, .agreement, cites: [4, 4])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Lantern 4.1, released on May 2, 2021, was the first version of Lantern to run on Ruby 3.", article: page, id: "lantern"),
                               .conflict, cites: [4])
    }
}

/// The draft's reports: the same facts in every format, citations verified, text escaped.
final class DraftReportTests: XCTestCase {
    func testJSONHasEverySentenceWithOffsetsRoleAndCitations() throws {
        let report = try DraftReport(DraftTests.result)
        let json = try JSONSerialization.jsonObject(with: Data(report.render(.json).utf8)) as! [String: Any]
        let sentences = json["sentences"] as! [[String: Any]]
        XCTAssertEqual(sentences.count, 14)
        let text = DraftTests.result.draft.text
        for s in sentences {
            let start = s["start"] as! Int, end = s["end"] as! Int
            let scalars = Array(text.unicodeScalars)[start..<end]
            XCTAssertEqual(String(String.UnicodeScalarView(scalars)), s["text"] as? String)
        }
        let misquote = sentences.first { ($0["text"] as! String).contains("get rich") }!
        XCTAssertEqual(misquote["role"] as? String, "quote")
        XCTAssertEqual(misquote["verdict"] as? String, "contradicted")
        let source = ((misquote["parts"] as! [[String: Any]])[0]["sources"] as! [[String: Any]])[0]
        XCTAssertEqual((source["citations"] as! [[String: Any]])[0]["line"] as? Int, 19)
        let opinion = sentences.first { ($0["text"] as! String).hasPrefix("It is a shameful") }!
        XCTAssertEqual(opinion["role"] as? String, "not-a-claim")
        XCTAssertEqual(opinion["not_a_claim"] as? String, "opinion")
        XCTAssertTrue(opinion["verdict"] is NSNull)
        XCTAssertEqual((json["summary"] as! [String: Any])["contradicted"] as? Int, 3)
    }

    func testHTMLMarksEachSentenceAndLinksItsCitations() throws {
        let html = try DraftReport(DraftTests.result).render(.html)
        XCTAssertTrue(html.contains("14 sentences, 10 claims:"))
        XCTAssertTrue(html.contains("<span class=\"s contradicted\" id=\"s7\""), "the misquote is marked")
        XCTAssertTrue(html.contains("href=\"#src-000-030b1a8708c7af75-19-1\""))
        XCTAssertTrue(html.contains("<blockquote id=\"src-000-030b1a8708c7af75-19-1\">"), "every link has its target")
        XCTAssertTrue(html.contains("draft “get rich” ≠ source “be paid”"))
        XCTAssertFalse(html.contains("<script"))
        let md = try DraftReport(DraftTests.result).render(.md)
        XCTAssertTrue(md.contains("**contradicted** — Mallory, a fluent Mandarin speaker"), md)
        XCTAssertTrue(md.contains("*not a factual claim (question)* — What did China learn from him?"), md)
    }

    func testDraftTextIsEscapedInHTML() throws {
        let d = Draft(text: "Mallory was paid <script>alert(1)</script> $25,000.", path: "x.txt")
        let html = try DraftReport(DraftChecker(matcher: DraftTests.matcher).check(d)).render(.html)
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertTrue(html.contains("&lt;script&gt;"))
    }
}
