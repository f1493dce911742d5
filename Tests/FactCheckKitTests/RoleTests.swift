import XCTest
@testable import FactCheckKit

final class RoleTests: XCTestCase {
    private func event(_ text: String, _ type: Lexicon.EventType) -> EventMention? {
        TextAnalyzer.analyse(text, context: NameContext(), reference: nil).events.first { $0.type == type }
    }

    func testActiveAndPassivePayment() {
        let active = event("The Chinese paid Mallory $25,000", .payment)!
        XCTAssertEqual(active.actor?.key, "China")
        XCTAssertEqual(active.undergoer?.key, "n:mallory")
        let passive = event("Mallory was paid $25,000USD by the MSS", .payment)!
        XCTAssertEqual(passive.undergoer?.key, "n:mallory")
        XCTAssertEqual(passive.actor?.key, "MSS")
        let reversed = event("Mallory paid China $25,000", .payment)!
        XCTAssertEqual(reversed.actor?.key, "n:mallory")
        XCTAssertEqual(reversed.undergoer?.key, "China")
    }

    func testReceivingAndSellingPutTheMoneyWithTheSubject() {
        XCTAssertEqual(event("Claiborne received money from Chinese agents", .payment)?.undergoer?.key, "n:claiborne")
        XCTAssertEqual(event("Claiborne received money from Chinese agents", .payment)?.actor?.key, "China")
        let sold = event("Mallory sold secrets to China", .payment)!
        XCTAssertEqual(sold.undergoer?.key, "n:mallory")
        XCTAssertEqual(sold.actor?.key, "China")
    }

    func testSentencesArrestsAndCoordinatedPassives() {
        XCTAssertEqual(event("Mallory was sentenced to 20 years", .sentencing)?.undergoer?.key, "n:mallory")
        XCTAssertEqual(event("Mallory got a 20-year prison sentence", .sentencing)?.undergoer?.key, "n:mallory")
        XCTAssertEqual(event("The FBI arrested Mallory", .arrest)?.actor?.key, "FBI")
        XCTAssertEqual(event("The FBI arrested Mallory", .arrest)?.undergoer?.key, "n:mallory")
        XCTAssertTrue(EventExtractor.isPassive(Tokenizer.tokenize("Claiborne was arrested and charged"), 4), "charged shares was")
        XCTAssertEqual(event("Mallory worked for the CIA", .employment)?.undergoer?.key, "CIA")
    }

    func testAnAgencyDescribingAPersonPlaysNoRole() {
        let e = event("The former CIA officer was sentenced to 20 years", .sentencing)
        XCTAssertNotNil(e)
        XCTAssertNil(e?.undergoer, "the CIA was not sentenced")
        XCTAssertEqual(event("The CIA paid Mallory", .payment)?.actor?.key, "CIA", "an agency on its own still acts")
    }

    func testANameRightBeforeANounModifiesIt() {
        XCTAssertNil(event("An ex-CIA spy, Kevin Mallory, was sentenced", .espionage)?.actor)
    }
}
