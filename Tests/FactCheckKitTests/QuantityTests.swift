import XCTest
@testable import FactCheckKit

final class QuantityTests: XCTestCase {
    private func q(_ text: String) -> [Quantity] { QuantityParser.parse(Tokenizer.tokenize(text)) }
    private func one(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Quantity? {
        let found = q(text)
        XCTAssertEqual(found.count, 1, "\(text): \(found.map(\.text))", file: file, line: line)
        return found.first
    }

    func testMoneyWrittenManyWaysIsOneValue() {
        for text in ["$25,000", "US$25,000", "$25,000USD", "25,000 dollars", "$25K", "25 thousand dollars", "$25,000.00", "USD 25,000 dollars", "25,000 US dollars"] {
            let m = q(text).first { $0.kind == .money }
            XCTAssertEqual(m?.value, 25_000, text)
            XCTAssertEqual(m?.currency, "USD", text)
        }
        XCTAssertEqual(one("25K")?.kind, .amount, "a bare 25K is an amount that money compares with")
        XCTAssertTrue(one("25K")!.isComparable(with: one("$25,000")!))
        XCTAssertEqual(one("$2.5 million")?.value, 2_500_000)
    }

    func testNearMissMoneyDiffers() {
        let claim = one("$25,000")!, evidence = one("$2,500")!
        XCTAssertFalse(claim.agrees(with: evidence))
        XCTAssertFalse(one("€25,000")!.isComparable(with: claim), "different currencies are not compared")
    }

    func testDurationsInYearsMonthsAndDecades() {
        XCTAssertEqual(one("20 years")?.value, 240)
        XCTAssertEqual(one("a 20-year sentence")?.value, 240)
        XCTAssertEqual(one("two decades")?.value, 240)
        XCTAssertEqual(one("240 months")?.value, 240)
        XCTAssertEqual(one("a 2-week trial")?.kind, .duration)
        XCTAssertEqual(one("life in prison")?.value, QuantityParser.lifeValue)
        XCTAssertEqual(one("a possible life sentence")?.kind, .duration)
        XCTAssertTrue(q("the life of the party").isEmpty)
    }

    func testAges() {
        XCTAssertEqual(one("a 60-year-old consultant")?.kind, .age)
        XCTAssertEqual(one("a 60-year-old consultant")?.value, 60)
        XCTAssertEqual(one("aged 60")?.value, 60)
        XCTAssertEqual(one("he is 60 years old")?.kind, .age)
        XCTAssertEqual(one("Lee, 54, faces")?.kind, .age)
        XCTAssertEqual(one("Lee, 54, faces")?.value, 54)
    }

    func testQualifiersAreRangesNotEqualNumbers() {
        let twenty = one("20 years")!
        XCTAssertTrue(twenty.isWithin(one("more than 10 years")!))
        XCTAssertFalse(twenty.isWithin(one("more than 20 years")!))
        XCTAssertTrue(twenty.isWithin(one("at least 20 years")!))
        XCTAssertTrue(one("$25,000")!.isWithin(one("about $24,000")!))
        XCTAssertFalse(one("$25,000")!.isWithin(one("about $20,000")!))
        XCTAssertTrue(one("$25,000")!.isWithin(one("up to $30,000")!))
        XCTAssertFalse(one("$25,000")!.isWithin(one("less than $25,000")!))
        let maxLife = one("a maximum sentence of life")!
        XCTAssertEqual(maxLife.qualifier, "maximum")
        XCTAssertTrue(maxLife.agrees(with: one("10 years")!), "a maximum of life allows ten years…")
        XCTAssertFalse(maxLife.isWithin(one("10 years")!), "…but does not state it")
    }

    func testABareNumberBeforeToOpensARangeWithTheSecondsUnitAndScale() {
        let degrees = one("two to five degrees")!
        XCTAssertEqual([degrees.low, degrees.high], [2, 5])
        XCTAssertEqual(degrees.text, "two to five degrees")
        let albums = one("an estimated 24 to 32 million albums")!
        XCTAssertEqual([albums.low, albums.high], [24e6, 32e6], "24 borrows the million")
        XCTAssertTrue(albums.isWithin(one("more than 20 million albums")!))
        XCTAssertEqual(one("between $20 and $30 million")?.low, 20e6)
        // A change is two figures, not a range; nor are two figures that each carry a unit.
        XCTAssertEqual(q("rose from 18.4 to 20.4 cases").map(\.low), [20.4])
        XCTAssertEqual(q("from 20TB to 30TB").count, 2)
    }

    func testOrdinalsUnitsSpelledOutAndWeeks() {
        // An ordinal is a place in order, of the noun after it: comparable with another of that noun only.
        let fourth = one("the 4th District Court")!, second = one("the 2nd District Court")!
        XCTAssertTrue(fourth.isComparable(with: second))
        XCTAssertFalse(fourth.agrees(with: second))
        XCTAssertFalse(fourth.isComparable(with: one("the 4th quarter")!))
        XCTAssertTrue(one("1.14 terabits per square inch")!.isWithin(one("1.14Tb per square inch")!))
        XCTAssertTrue(one("two weeks")!.isWithin(one("14 days")!), "a week is seven days")
        XCTAssertEqual(one("over 1,000 destinations across the alliance")?.text, "over 1,000 destinations")
    }

    func testOnceCountsOnlyAsAFrequency() {
        XCTAssertEqual(q("Velázquez backed the rezoning once labor unions backed the plan").count, 0, "a conjunction")
        XCTAssertEqual(one("Mallory went to China once.")?.unit, "time")
        XCTAssertEqual(q("They meet once a week").first { $0.unit == "time" }?.value, 1)
    }

    func testPercent() {
        XCTAssertEqual(one("rose 12%")?.kind, .percent)
        XCTAssertEqual(one("12 percent")?.value, 12)
    }

    func testFiguresWrittenOutAsWordsAndParticiplesBeforeTheCountedNoun() {
        // A broadcaster's "negative six-point-six degrees" is -6.6 degrees, not six.
        let cold = q("at negative six-point-six degrees Celsius").first { $0.kind == .measure }
        XCTAssertEqual(cold?.value ?? 0, -6.6, accuracy: 1e-9)
        XCTAssertFalse(cold!.isWithin(q("minus six degrees").first { $0.kind == .measure }!))
        // "1,657 confirmed cases" counts cases, as "1,700 cases" does.
        let confirmed = one("1,657 confirmed cases")
        XCTAssertEqual(confirmed?.unit, one("1,700 cases")?.unit)
        XCTAssertEqual(confirmed?.value, 1657)
        XCTAssertNil(q("27 reviews based on").first { $0.unit == "base" })
    }

    func testADecimalCommaAndAPartOfATotal() {
        XCTAssertEqual(one("a minimum distance of 1,5 meters")?.value, 1.5)
        XCTAssertEqual(one("1,500 meters")?.value, 1_500)
        // New cases and other people are a part of a total, never the total the bare noun counts.
        XCTAssertEqual(one("fourteen new cases were confirmed")?.unit, "new case")
        XCTAssertEqual(one("Fewer than 30 new cases")?.unit, one("50 new cases")?.unit)
        XCTAssertNotEqual(one("fourteen new cases")?.unit, one("75 COVID-19 cases")?.unit)
        // A rate per head counts new cases whether it says so or not.
        XCTAssertEqual(q("25.9 new cases per 100,000 people").first?.unit, q("29.5 cases per 100,000 people").first?.unit)
    }

    func testAPartOfAnEarlierFigureAndADayBeforeMarchAreRead() {
        // "of which 17 cases have recovered" is part of the total, not the claim's count of cases.
        let page = "---\ntitle: 2020 coronavirus pandemic in Lowmark\n---\nAs of 23 March, the total number of cases registered in Lowmark is 2348, of which 17 cases have recovered so far.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("By March 23, 2020, Lowmark had more than 100 coronavirus cases.", article: page, id: "lowmark").verdict, .conflict)
        // "15 March" is a date: a day before "March" makes it the month, not the verb.
        let days = DateParser.parse(Tokenizer.tokenize("As of 15 March, there were 37 cases."), reference: nil)
        XCTAssertEqual(days.map(\.monthDay), [MonthDay(month: 3, day: 15)])
        // A part beside a total: the claim's count may be either, so neither agrees nor conflicts.
        let parts = "---\ntitle: 2020 coronavirus pandemic in Lowmark\n---\nLowmark reported 500 new cases on Monday, bringing the total to 12,000 cases.\nLowmark has confirmed 2,348 cases, of which 17 cases have recovered.\n"
        for claim in ["Lowmark reported 500 cases on Monday.", "In Lowmark, 17 cases have recovered."] {
            XCTAssertNotEqual(Fixtures.rulesVerdict(claim, article: parts, id: "lowmark").verdict, .conflict, claim)
        }
        // A yearless bound is not stated by a day of another clause when the sentence's own day lies beyond it.
        let italy = "---\ntitle: 2020 coronavirus pandemic in Lowmark\n---\nLowmark reported 1,000 deaths on 19 March 2020, ten days after the lockdown began on 9 March 2020.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Lowmark had reported 1,000 deaths before March 12.", article: italy, id: "lowmark").verdict, .agreement)
        let romania = "---\ntitle: 2020 coronavirus pandemic in Lowmark\n---\nAs of 11 March, there were thirty-seven confirmed cases, and seven recoveries in Lowmark.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("36 coronavirus cases were in Lowmark by March 11, 2020.", article: romania, id: "lowmark"), .conflict, cites: [4])
    }
}
