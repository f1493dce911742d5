import XCTest
@testable import FactCheckKit

/// A name the evidence replaces with another in the same slot, including past a title set before the rival.
final class NameSubstitutionTests: XCTestCase {
    private static let page = """
    ---
    title: Harrow Records
    ---
    Harrow Records, often called simply Harrow, is a Welsh record label founded by Welsh music producer Owen Tudor.
    The label's first single was recorded by the young session singer Cerys Lloyd in 1998.
    """

    private func verdict(_ claim: String) -> SourceVerdict {
        Fixtures.rulesVerdict(claim, article: Self.page, id: "harrow")
    }

    func testARivalAfterATitleFillsTheSameSlot() {
        Fixtures.assertVerdict(verdict("Harrow Records was founded by Gwen Pryce."), .conflict, cites: [4],
                               reason: "conflict: Owen Tudor ≠ Gwen Pryce")
        Fixtures.assertVerdict(verdict("The label's first single was recorded by Bryn Hughes."), .conflict, cites: [5])
        // The same name after the title is no conflict.
        XCTAssertNotEqual(verdict("Harrow Records was founded by Owen Tudor.").verdict, .conflict)
    }

    func testAVerbBeforeANameIsNoTitle() {
        // "by signing Owen Tudor": the name is what the founding did, not who founded.
        let page = "---\ntitle: Harrow Records\n---\nHarrow Records was founded by signing Owen Tudor to a contract.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Harrow Records was founded by Gwen Pryce.", article: page, id: "harrow").verdict, .conflict)
    }

    func testAPlaceWrittenOntoBasedFillsTheInSlot() {
        let page = "---\ntitle: Harrow Records\n---\n\"It was a fair deal,\" said Cardiff-based music lawyer Owen Tudor.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Owen Tudor is a music lawyer based in Swansea.", article: page, id: "harrow"), .conflict, cites: [4],
                               reason: "conflict: Cardiff ≠ Swansea")
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Owen Tudor is a music lawyer based in Cardiff.", article: page, id: "harrow"), .agreement, cites: [4])
    }

    func testAPastTenseAfterANameIsTheVerbNotTheNameDescribed() {
        // "institutions in Germany found": the name fills the "in" slot; "found" is no noun it describes.
        let page = "---\ntitle: Birch tar\n---\nResearchers from institutions in the Netherlands found the tool.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Researchers from institutions in Germany found the tool.", article: page, id: "tar"), .conflict, cites: [4],
                               reason: "conflict: Netherlands ≠ Germany")
    }

    func testANameInAnotherClausesSlotIsNoRival() {
        let page = "---\ntitle: Harrow Records\n---\nHarrow Records was founded in 1998 and is now run by chief executive Owen Tudor.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Harrow Records was founded by Gwen Pryce.", article: page, id: "harrow").verdict, .conflict)
        // A people named as such fills the slot; a nationality before its noun only describes it.
        // A remark set off by two commas opens no clause: the rival still fills the slot.
        let aside = "---\ntitle: Harrow Records\n---\nHarrow Records was founded, as was its studio, by Welsh producer Owen Tudor.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Harrow Records was founded by Gwen Pryce.", article: aside, id: "harrow"), .conflict, cites: [4])
        let ruled = "---\ntitle: Harrow\n---\nFrom 1894 the island was ruled as a protectorate by the British, who built its roads.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The island was ruled by the Spanish.", article: ruled, id: "harrow"), .conflict, cites: [4])
    }
}
