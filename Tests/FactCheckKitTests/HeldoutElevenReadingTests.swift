import XCTest
@testable import FactCheckKit

/// Readings the eleventh held-out set found missing: a figure's clause says what it measures ("operating profit" is no
/// rival to "net profit", nor "sales" to "profit"), the figure a change starts from is the earlier period's, "over" a
/// period the source spans with "over" reads the same, and "gave birth" hands nothing over.
final class HeldoutElevenReadingTests: XCTestCase {
    private let page = "---\ntitle: Harbor Steel\n---\n"

    func testAFigureOfAnotherMeasureIsNoRival() {
        let report = page + """
            Operating profit declined 40 percent to 820 billion won in the first half.

            Sales fell 8 percent to 21.5 trillion won during the same period.

            Net profit for the first half rose to 610 billion won.
            """
        let v = Fixtures.rulesVerdict("Harbor Steel's net profit for the first half rose to 820 billion won.", article: report, id: "steel")
        Fixtures.assertVerdict(v, .conflict, cites: [8])
        XCTAssertTrue(v.reason.contains("610 billion"), v.reason)
        // The same claim's figure as operating profit's is not stated by the operating-profit sentence.
        let op = Fixtures.rulesVerdict("Harbor Steel's net profit for the first half was 820 billion won.", article: page + "Operating profit declined 40 percent to 820 billion won in the first half.\n", id: "steel")
        Fixtures.assertVerdict(op, .absence)
        // The same shape as a net-profit claim: a verb before each figure, neither saying what it measures.
        let halved = Fixtures.rulesVerdict("Harbor Steel's net profit for the first nine months almost halved, to 1.05 trillion won.",
                                           article: page + "Operating profit declined 54 percent to 1.54 trillion won in the first nine months.\n", id: "steel")
        Fixtures.assertVerdict(halved, .absence)
        let salesFell = Fixtures.rulesVerdict("Harbor Steel's net profit for the first nine months almost halved, to 1.05 trillion won.",
                                              article: page + "Sales fell 12 percent to 42.52 trillion won in the first nine months.\n", id: "steel")
        Fixtures.assertVerdict(salesFell, .absence)
        // Nor is a sales figure a rival to a profit figure.
        let sales = Fixtures.rulesVerdict("Harbor Steel's net profit for the first half was 9 trillion won.", article: page + "Sales fell 8 percent to 21.5 trillion won in the first half.\n", id: "steel")
        Fixtures.assertVerdict(sales, .absence)
        // "profit" alone narrows nothing: a net-profit sentence still answers a claim of "profit".
        let plain = Fixtures.rulesVerdict("Harbor Steel's profit for the first half was 700 billion won.", article: page + "Net profit for the first half rose to 610 billion won.\n", id: "steel")
        Fixtures.assertVerdict(plain, .conflict, cites: [4])
    }

    func testTheFigureAChangeStartsFromIsTheEarlierPeriods() {
        let report = page + "Net profit rose to 514 billion won from 496.8 billion won a year earlier.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Harbor Steel's net profit rose to 514 billion won.", article: report, id: "steel"), .agreement, cites: [4])
        // The earlier figure states no level the profit rose to: the level it reached answers the claim.
        let earlier = Fixtures.rulesVerdict("Harbor Steel's net profit rose to 496.8 billion won.", article: report, id: "steel")
        Fixtures.assertVerdict(earlier, .conflict, cites: [4], reason: "conflict: 514 billion won ≠ 496.8 billion won")
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Harbor Steel's net profit rose to 530 billion won.", article: report, id: "steel"), .conflict, cites: [4])
    }

    func testOverAPeriodSpannedByTheSourceReadsTheSame() {
        let span = page + "The dam is designed to withstand the largest flood expected at the site over a 500-year period.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The dam is designed to withstand the largest flood expected at the site over 500 years.", article: span, id: "dam"),
                               .agreement, cites: [4])
        // A bound the source does not span stays a bound.
        let served = page + "The judge served 12 years on the bench.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The judge served over 12 years on the bench.", article: served, id: "dam"), .conflict, cites: [4])
    }

    func testGivingBirthHandsNothingOver() {
        let zoo = "---\ntitle: Zoo news\n---\nThe zoo's giant panda Mei Lan gave birth to her third cub on Tuesday morning.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Mei Lan gave birth to her third cub on Tuesday morning.", article: zoo, id: "zoo"), .agreement, cites: [4])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Mei Lan gave birth to her third cub on Friday morning.", article: zoo, id: "zoo"), .conflict, cites: [4])
        // Nothing is handed over, so a sentence that tells the birth in other words is no "transfer" the claim lacks.
        let born = "---\ntitle: Zoo news\n---\nA tiny cub made its entry into the world on Tuesday morning, the third offspring of the zoo's giant panda Mei Lan.\n"
        let v = Fixtures.rulesVerdict("Mei Lan gave birth to her third cub on Tuesday morning.", article: born, id: "zoo")
        XCTAssertFalse(v.reason.contains("transfer"), v.reason)
    }
}
