import XCTest
@testable import FactCheckKit

/// A population's figure counts the people a place holds: "the population of Carrow was 55,181".
final class PopulationReadingTests: XCTestCase {
    private let page = "---\ntitle: Carrow\n---\n"

    func testAPopulationCountsPeople() {
        let census = page + "At the 2010 census, the population of Carrow was 55,181, an increase of 6,608 from 2000.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Under 56,000 people were living in Carrow in 2010.", article: census, id: "c"), .agreement, cites: [4])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("More than 60,000 people were living in Carrow in 2010.", article: census, id: "c"), .conflict, cites: [4])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Carrow had a population of less than 56,000 in 2010.", article: census, id: "c"), .agreement, cites: [4])
    }

    func testOnlyTheFigureThePopulationIsGiven() {
        let q = { (s: String) in TextAnalyzer.analyse(s, context: NameContext(), reference: nil).quantities.map { "\($0.display) \($0.unit ?? "-")" } }
        XCTAssertEqual(q("With a 2012 population of 148,612, it is the fourth largest town."), ["148,612 \(Stemmer.shared.stem("people"))"])
        // The change beside it counts nothing said, and a population's other words are no figure of it.
        XCTAssertFalse(q("At the census, the population was 55,181, an increase of 6,608.").contains { $0.hasPrefix("6,608 \(Stemmer.shared.stem("people"))") })
        XCTAssertEqual(q("The population 20 years ago was small."), [])
    }
}
