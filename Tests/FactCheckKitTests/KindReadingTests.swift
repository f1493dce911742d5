import XCTest
@testable import FactCheckKit

/// What kind of thing a work is: no thing is a novel and a song at once, but a memoir is a book.
final class KindReadingTests: XCTestCase {
    private let page = "---\ntitle: Harbour Lights\n---\n"

    func testAnotherKindOfWorkConflicts() {
        let song = page + "Harbour Lights is a 1998 song by the Irish singer Elena Marsh.\n"
        let v = Fixtures.rulesVerdict("Harbour Lights is a novel by Elena Marsh.", article: song, id: "s")
        Fixtures.assertVerdict(v, .conflict, cites: [4])
        XCTAssertTrue(v.reason.contains("song ≠ novel"), v.reason)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Harbour Lights is a television series.", article: song, id: "s"), .conflict, cites: [4])
    }

    func testKindsOfOneGroupAndOtherSubjectsDoNot() {
        // A memoir is a book; a documentary is a film.
        let memoir = page + "Harbour Lights is a 1998 memoir by the Irish sailor Elena Marsh.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Harbour Lights is a book by Elena Marsh.", article: memoir, id: "m").verdict, .conflict)
        // Another thing's kind is not the subject's.
        let album = page + "Harbour Lights is the second single from Northern Skies, which is an album by Elena Marsh.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Harbour Lights is a song by Elena Marsh.", article: album, id: "a").verdict, .conflict)
        // Said to be two kinds ("a novel and a film"), it is not compared.
        let both = page + "Harbour Lights is a novel and a film by Elena Marsh.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Harbour Lights is a film by Elena Marsh.", article: both, id: "b").verdict, .conflict)
    }
}
