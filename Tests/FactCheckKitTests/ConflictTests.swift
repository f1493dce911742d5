import Foundation
import XCTest
@testable import FactCheckKit

/// Each source's statements checked against the others: what they say by topic, conflicts, corroboration.
final class ConflictTests: XCTestCase {
    static let seeds = ConflictFinder(matcher: DraftTests.matcher).find()

    private func topic(_ r: ConflictResult, _ name: String) -> TopicView? { r.topics.first { $0.topic == name } }

    private func places(_ cites: [Citation]) -> Set<String> { Set(cites.map { "\($0.sourceID.prefix(3)):\($0.line)" }) }

    func testOnTheSeedsTheSentenceTheMoneyAndTheTripsAgree() throws {
        let r = Self.seeds
        XCTAssertTrue(r.complete)
        XCTAssertEqual(r.groups.count, 0, "\(r.groups.map(\.disagreements))")
        let sentence = try XCTUnwrap(topic(r, "sentencing — Mallory"))
        let stated = try XCTUnwrap(sentence.entries.first { $0.statement.sourceID.hasPrefix("000") && $0.statement.line == 7 })
        XCTAssertEqual(stated.fact, "Kevin Mallory has been sentenced to 20 years in prison")
        XCTAssertTrue(places(stated.confirmedBy).isSuperset(of: ["001:5", "001:16"]), "\(places(stated.confirmedBy))")
        // The prosecution's request and the maximum he faced are hedged: listed, never held against the sentence.
        XCTAssertTrue(sentence.entries.contains { $0.isProspect && $0.statement.line == 17 && $0.statement.sourceID.hasPrefix("002") })
        XCTAssertTrue(sentence.entries.filter(\.isProspect).allSatisfy { $0.confirmedBy.isEmpty && $0.contradictedBy.isEmpty })

        let money = try XCTUnwrap(topic(r, "payment — Mallory"))
        let paid = try XCTUnwrap(money.entries.first { $0.statement.sourceID.hasPrefix("002") && $0.statement.line == 13 })
        XCTAssertTrue(places(paid.confirmedBy).isSuperset(of: ["000:3", "001:11"]), "\(places(paid.confirmedBy))")

        let trips = try XCTUnwrap(topic(r, "travel — Mallory"))
        let travelled = try XCTUnwrap(trips.entries.first { $0.statement.sourceID.hasPrefix("002") && $0.statement.line == 11 })
        XCTAssertTrue(places(travelled.confirmedBy).contains("000:9"))

        // Hansen's prospects: both articles hedge the 15 years.
        let hansen = try XCTUnwrap(topic(r, "sentencing — Hansen"))
        XCTAssertEqual(Set(hansen.entries.map { "\($0.statement.sourceID.prefix(3)):\($0.statement.line)" }), ["000:51", "001:18"])
        XCTAssertTrue(hansen.entries.allSatisfy(\.isProspect))

        // The conviction: each article's date, side by side (000 has no dateline, so its "last June" has no year).
        let conviction = try XCTUnwrap(topic(r, "conviction — Mallory"))
        XCTAssertTrue(conviction.entries.contains { $0.fact == "Mallory was convicted by a jury last year after a 2-week" })
    }

    func testCorroborationSplitsConfirmedFromAlone() throws {
        let c = try XCTUnwrap(Self.seeds.corroboration.first { $0.sourceID.hasPrefix("002") })
        XCTAssertTrue(c.confirmed.contains { $0.statement.line == 13 && $0.statement.sentence.hasPrefix("In total") })
        // Claiborne's arrest is in this article only.
        XCTAssertTrue(c.alone.contains { $0.line == 21 && $0.sentence.contains("Claiborne") })
        let all = c.confirmed.map(\.statement) + c.alone
        XCTAssertEqual(Set(all).count, all.count, "a statement is confirmed or alone, not both")
    }

    func testAChangedFigureOrDateIsAConflictWithTheReason() throws {
        let dir = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for doc in Fixtures.seeds.documents {
            var text = try String(contentsOfFile: doc.path, encoding: .utf8)
            text = text.replacingOccurrences(of: "was sentenced to 20 years in prison for sharing", with: "was sentenced to 25 years in prison for sharing")
                .replacingOccurrences(of: "On his return flight from Shanghai in April 2017", with: "On his return flight from Shanghai in April 2016")
            try text.write(toFile: dir + "/" + (doc.path as NSString).lastPathComponent, atomically: true, encoding: .utf8)
        }
        let matcher = ClaimMatcher(corpus: try Corpus.load(from: dir), options: CheckOptions(verifier: .rules))
        let r = ConflictFinder(matcher: matcher).find()
        let term = try XCTUnwrap(r.groups.first { g in g.statements.contains { $0.sourceID.hasPrefix("001") && $0.line == 5 } })
        XCTAssertTrue(places(term.statements).isSuperset(of: ["000:7", "001:5"]), "\(places(term.statements))")
        XCTAssertTrue(term.disagreements.contains { $0.reason.contains("≠ 25 years") || $0.reason.contains("25 years ≠") }, "\(term.disagreements.map(\.reason))")
        let trip = try XCTUnwrap(r.groups.first { $0.topic == "travel — Mallory" })
        XCTAssertTrue(trip.disagreements.contains { $0.statement.line == 16 && $0.reason.contains("≠ April 2016") }, "\(trip.disagreements.map(\.reason))")
        XCTAssertTrue(places(trip.statements).isSuperset(of: ["001:16", "002:11"]))
        // The unchanged article's own statements are not in conflict with each other.
        XCTAssertFalse(r.groups.flatMap(\.disagreements).contains { d in d.evidence.allSatisfy { $0.sourceID == d.statement.sourceID } })

        // One source against the rest checks only that source's statements, and finds the same conflict.
        let one = ConflictFinder(matcher: matcher).find(source: "001")
        XCTAssertEqual(one.scope, matcher.corpus.documents[1].id)
        XCTAssertEqual(one.corroboration.map(\.sourceID), [matcher.corpus.documents[1].id])
        XCTAssertTrue(one.groups.flatMap(\.disagreements).allSatisfy { $0.statement.sourceID.hasPrefix("001") })
        XCTAssertTrue(one.groups.contains { $0.topic == "travel — Mallory" })
        XCTAssertLessThan(one.statements, r.statements)
    }

    func testReportsVerifyCitationsAndCarryTheSameFacts() throws {
        let report = try ConflictsReport(Self.seeds, seconds: 1.5)
        let json = try JSONSerialization.jsonObject(with: Data(report.render(.json).utf8)) as! [String: Any]
        let topics = json["topics"] as! [[String: Any]]
        XCTAssertEqual(topics.count, Self.seeds.topics.count)
        XCTAssertEqual((json["summary"] as! [String: Any])["statements"] as? Int, Self.seeds.statements)
        let text = report.render(.text)
        XCTAssertTrue(text.contains("● sentencing — Mallory"))
        XCTAssertTrue(text.contains("000:7 states “Kevin Mallory has been sentenced to 20 years in prison” ✓ 001:5, 001:16"), text)
        XCTAssertTrue(report.render(.md).contains("### sentencing — Mallory"))
        XCTAssertTrue(report.render(.html).hasPrefix("<!doctype html>"))
    }

    func testStoriesAboutDifferentPeopleDoNotConflict() {
        let corpus = Corpus(documents: [
            Fixtures.document("Vale case\n\nKevin Vale was paid $5,000 in May 2019. Prosecutors had sought a 26-year sentence.\n", id: "gen_00001"),
            Fixtures.document("Troy case\n\nAnn Troy was paid $9,000 in May 2019. Prosecutors had sought a 17-year sentence.\n", id: "gen_00002"),
        ])
        let r = ConflictFinder(matcher: ClaimMatcher(corpus: corpus, options: CheckOptions(verifier: .rules))).find()
        XCTAssertEqual(r.conflictCount, 0, "\(r.groups.flatMap(\.disagreements).map(\.reason))")
        XCTAssertEqual(r.corroboration.map { $0.alone.count }, [1, 1], "the payments stand alone; the sentences sought are about no one named")
        // Ids that share their prefix are printed whole, so each place names one sentence.
        XCTAssertTrue(try ConflictsReport(r).render(.text).contains("gen_00001: 0 confirmed by another source, 1 stand alone"))
        let places = CitationPlaces(corpus: Corpus(documents: ["gen_00001", "gen_00002", "000_abc"].map { SourceDocument(text: "A line.", id: $0) }))
        XCTAssertEqual(places.place(Citation(sourceID: "gen_00001", line: 3, column: 1, sentence: "")), "gen_00001:3")
        XCTAssertEqual(places("000_abc"), "000")
    }
}
