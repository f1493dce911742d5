import XCTest
@testable import FactCheckKit

/// Readings of who an act befalls: a name written as the owner of the object ("arrested Tom Veld's son") is not
/// the object, whether the verb is one of the packs' events or any other verb the parse reads.
final class PossessedObjectReadingTests: XCTestCase {
    private let page = "---\ntitle: Local news\n---\n"

    func testAnEventsObjectOwnerIsNotItsObject() {
        let son = page + "Police arrested Tom Veld's son on Monday in Leeds.\n"
        let v = Fixtures.rulesVerdict("Police arrested Tom Veld.", article: son, id: "n")
        Fixtures.assertVerdict(v, .absence)
        XCTAssertTrue(v.reason.contains("someone else"), v.reason)
        // Decisive: the learned verifier, which reads "Tom Veld's son" as Tom Veld, is not asked to overrule it.
        XCTAssertTrue(v.rulesDecisive)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Tom Veld was arrested on Monday.", article: son, id: "n"), .absence)
        // The son himself is stated, however the claim writes him.
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Police arrested Tom Veld's son.", article: son, id: "n"), .agreement, cites: [4])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Police arrested Tom Veld on Monday.", article: page + "Police arrested Tom Veld on Monday in Leeds.\n", id: "n"),
                               .agreement, cites: [4])
    }

    func testAnyVerbsPatientOwnerIsNotItsPatient() {
        let husband = page + "The mayor praised Anna Kerr's husband at the ceremony.\n"
        let v = Fixtures.rulesVerdict("The mayor praised Anna Kerr.", article: husband, id: "n")
        Fixtures.assertVerdict(v, .absence)
        XCTAssertTrue(v.reason.contains("Anna Kerr's husband"), v.reason)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Anna Kerr was praised by the mayor.", article: husband, id: "n"), .absence)
        // A lawyer acts for his client as a doer, but firing him is not firing her.
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The council fired Anna Kerr.", article: page + "The council fired Anna Kerr's lawyer.\n", id: "n"), .absence)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The mayor praised Anna Kerr.", article: page + "The mayor praised Anna Kerr at the ceremony.\n", id: "n"),
                               .agreement, cites: [4])
    }

    func testTheOneAnOfPhraseCompletesIsNotTheObject() {
        let son = page + "Police arrested the son of Dana Whitfield on Friday.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Police arrested Dana Whitfield.", article: son, id: "n"), .absence)
        // As an act's object, a firm's people are not the firm.
        let chief = page + "Police arrested Kestrel Foods' chief executive on Friday.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Police arrested Kestrel Foods.", article: chief, id: "n"), .absence)
    }

    func testTheSameActHoweverWordedBefallsTheSameOne() {
        // "fired" and "dismissed" are one act: the lawyer is still not his client.
        let lawyer = page + "The council fired Henry Voss's lawyer, citing a conflict of interest.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The council dismissed Henry Voss.", article: lawyer, id: "n"), .absence)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The council dismissed Henry Voss.", article: page + "The council fired Henry Voss on Monday.\n", id: "n"),
                               .agreement, cites: [4])
    }
}
