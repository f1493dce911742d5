import XCTest
@testable import FactCheckKit

final class PolarityHedgeTests: XCTestCase {
    private func events(_ text: String) -> [EventMention] {
        TextAnalyzer.analyse(text, context: NameContext(), reference: nil).events
    }
    private func event(_ text: String, _ type: Lexicon.EventType) -> EventMention? { events(text).first { $0.type == type } }

    func testNegationCues() {
        XCTAssertEqual(event("Mallory was not paid", .payment)?.negation, "not")
        XCTAssertEqual(event("Mallory never received money", .payment)?.negation, "never")
        XCTAssertEqual(event("He didn't receive the money", .payment)?.negation, "didn't")
        XCTAssertEqual(event("the defendant has yet to be convicted", .conviction)?.negation, "yet to")
        XCTAssertEqual(event("He received no money", .payment)?.negation, "no")
        XCTAssertNil(event("Mallory was paid $25,000", .payment)?.negation)
        XCTAssertNil(event("Gibbs said the $25,000 Mallory received was just the beginning if he hadn't been caught", .payment)?.negation,
                     "a negation in another clause does not reach the trigger")
    }

    func testHedgesGovernWhatFollowsInTheirClause() {
        XCTAssertEqual(event("Ron Hansen faces 15 years in prison after pleading guilty", .sentencing)?.hedge, "faces")
        XCTAssertNil(event("Ron Hansen faces 15 years in prison after pleading guilty", .plea)?.hedge, "`after` ends the hedge's reach")
        XCTAssertEqual(event("If convicted, Mallory faces a maximum sentence of life in prison.", .conviction)?.hedge, "If")
        XCTAssertEqual(event("The prosecution had sought a life sentence", .sentencing)?.hedge, "sought")
        XCTAssertEqual(event("Hansen might face 15 years in jail", .sentencing)?.hedge, "face")
        XCTAssertEqual(event("Hansen might be sentenced", .sentencing)?.hedge, "might")
        XCTAssertEqual(event("a phone his handler had given to Mallory provided evidence, the department alleged.", .transfer)?.hedge, "alleged")
        XCTAssertEqual(event("he was suspected of having provided Beijing with information", .transfer)?.hedge, "suspected")
        XCTAssertEqual(event("Mallory is charged with delivering defense information", .transfer)?.hedge, "charged")
        XCTAssertNil(event("Mallory is charged with delivering defense information", .charge)?.hedge, "the charge itself is a fact")
        XCTAssertEqual(event("my object is to be paid", .payment)?.hedge, "to (purpose)")
        XCTAssertNil(event("A former officer has been sentenced to 20 years in prison", .sentencing)?.hedge)
        XCTAssertNil(event("Mallory traveled to Shanghai, where he met a man who claimed to work for a think tank", .travel)?.hedge,
                     "a hedge in a later relative clause does not reach back")
    }

    func testFacingChargesIsBeingCharged() {
        XCTAssertNil(event("Mallory is facing charges of espionage", .charge)?.hedge)
    }
}
