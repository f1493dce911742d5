import XCTest
@testable import FactCheckKit

final class DateTests: XCTestCase {
    private func dates(_ text: String, reference: CalendarDate? = nil) -> [DateMention] {
        DateParser.parse(Tokenizer.tokenize(text), reference: reference)
    }

    func testFullDatesAndDatelines() {
        XCTAssertEqual(dates("arrested on June 22, 2017 in Virginia").map(\.normalized), ["2017-06-22"])
        XCTAssertEqual(dates("Thursday, June 17, 2021").map(\.normalized), ["2021-06-17"])
        XCTAssertEqual(dates("June 23, 2017 Updated: August 18, 2017").map(\.normalized), ["2017-06-23", "2017-08-18"])
        XCTAssertEqual(dates("on 5 March 2019").map(\.normalized), ["2019-03-05"])
    }

    func testASumThatLooksLikeAYearIsNotADate() {
        XCTAssertEqual(dates("Lee was paid $2000 in 2019").map(\.normalized), ["2019"])
        XCTAssertEqual(dates("he received 2000 dollars").map(\.normalized), [])
        XCTAssertEqual(dates("Lee was paid US$2000").map(\.normalized), [])
        // And the claim then agrees with the article that states the sum.
        let matcher = ClaimMatcher(corpus: Corpus(documents: [Fixtures.document("Officer Lee was paid $2,000 by Acme for false invoices, prosecutors said.", id: "a")]))
        let result = matcher.check("Lee was paid $2000")
        XCTAssertEqual(result.sources[0].verdict, .agreement, result.sources[0].reason)
        XCTAssertEqual(result.sources[0].citations.map(\.line), [1])
    }

    func testAnAbsurdlyDistantPastIsNotADate() {
        let ref = CalendarDate(year: 2017, month: 6, day: 23)
        XCTAssertEqual(dates("38111111111111111111 years ago", reference: ref).map(\.normalized), [], "found by fuzzing: overflowed Int")
        XCTAssertEqual(dates("1000 years ago", reference: ref).map(\.normalized), ["1017"])
    }

    func testMonthsYearsAndRanges() {
        XCTAssertEqual(dates("in March and April 2017").map(\.normalized), ["2017-03…2017-04"])
        XCTAssertEqual(dates("between 2010 and 2012").map(\.normalized), ["2010…2012"])
        XCTAssertEqual(dates("in January 2018").map(\.normalized), ["2018-01"])
        XCTAssertEqual(dates("until 2012 when").map(\.normalized), ["…2012"], "until opens the start")
    }

    func testRelativeDatesResolveAgainstPublication() {
        let published = CalendarDate(year: 2017, month: 6, day: 23)
        XCTAssertEqual(dates("was arrested on June 22", reference: published).map(\.normalized), ["2017-06-22"])
        XCTAssertEqual(dates("convicted last June", reference: CalendarDate(year: 2019, month: 5, day: 17)).map(\.normalized), ["2018-06"])
        XCTAssertEqual(dates("convicted last year", reference: CalendarDate(year: 2021, month: 6, day: 17)).map(\.normalized), ["2020"])
        XCTAssertEqual(dates("on November 3", reference: published).map(\.normalized), ["2016-11-03"], "a later month falls in the year before")
        XCTAssertNil(dates("convicted last June").first?.days, "nothing to resolve against")
    }

    func testAWeekdayIsADayOfTheArticlesWeek() {
        let friday = CalendarDate(year: 2020, month: 8, day: 14)
        XCTAssertEqual(dates("On Thursday, the court found that Amazon can be held liable", reference: friday).map(\.normalized), ["2020-08-13"])
        XCTAssertEqual(dates("The ruling came on Friday", reference: friday).map(\.normalized), ["2020-08-14"], "the day itself")
        XCTAssertEqual(dates("It ruled last Friday", reference: friday).map(\.normalized), ["2020-08-07"])
        let tuesday = CalendarDate(year: 2023, month: 11, day: 7)
        XCTAssertEqual(dates("Wednesday is forecast to be colder", reference: tuesday).map(\.normalized), ["2023-11-08"], "what is to come lies ahead")
        XCTAssertEqual(dates("Heavy rain fell on Monday", reference: tuesday).map(\.normalized), ["2023-11-06"])
        // In a claim, or an article without a day, a weekday is a name, not a date.
        XCTAssertEqual(dates("The court ruled on Thursday").count, 0)
        XCTAssertEqual(dates("The court ruled on Thursday", reference: CalendarDate(year: 2020, month: 8)).count, 0)
    }

    func testContainmentAndConflict() {
        let arrest = dates("June 22, 2017")[0]
        XCTAssertTrue(arrest.isWithin(dates("in 2017")[0]))
        XCTAssertTrue(arrest.isWithin(dates("in June 2017")[0]))
        XCTAssertFalse(dates("in 2017")[0].isWithin(dates("June 22, 2017")[0]), "a year does not state a day")
        XCTAssertEqual(arrest.isCompatible(with: dates("in 2019")[0]), false)
        XCTAssertEqual(arrest.isCompatible(with: dates("June 21, 2017")[0]), false)
    }

    func testBeforeAfterSinceAndByOpenOneEnd() {
        let arrest = dates("June 22, 2017")[0]
        XCTAssertEqual(arrest.isCompatible(with: dates("before June 22, 2017")[0]), false)
        XCTAssertTrue(arrest.isWithin(dates("after June 1, 2017")[0]))
        // "since 2016" says when a state began: a later day does not state it, a day of its first year does.
        XCTAssertFalse(arrest.isWithin(dates("since 2016")[0]))
        XCTAssertTrue(dates("in March 2016")[0].isWithin(dates("since 2016")[0]))
        XCTAssertEqual(arrest.isCompatible(with: dates("by 2016")[0]), false)
        XCTAssertEqual(dates("between 2010 and 2012")[0].normalized, "2010…2012", "between is a closed range, not an open end")
    }

    func testAYearlessDeadlineIsStatedOnItsOwnDayAndContradictedByNone() {
        let deadline = dates("cases by April 7")[0]
        XCTAssertTrue(deadline.isYearlessDeadline)
        XCTAssertTrue(dates("As of 7 April 2020")[0].isWithin(deadline), "the count as of that day is the count by it")
        XCTAssertFalse(dates("As of 9 April 2020")[0].isWithin(deadline))
        XCTAssertFalse(deadline.contradicts(dates("As of 9 April 2020")[0]), "a later count does not say what was known by April 7")
        // "Before" and "after" a yearless day are no deadline: the day itself does not state them.
        XCTAssertFalse(dates("As of 7 April 2020")[0].isWithin(dates("before April 7")[0]))
        XCTAssertFalse(dates("before April 7")[0].isYearlessDeadline)
        // Read by the matcher: the page's "By March 17" states the claim's "by March 17, 2020".
        let page = "---\ntitle: 2020 coronavirus pandemic in Lowmark\n---\nBy March 17, there had been almost 500 confirmed cases in Lowmark and 23 deaths.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Fewer than 1,000 coronavirus cases had been confirmed in Lowmark by March 17, 2020.", article: page, id: "lowmark"),
                               .agreement, cites: [4])
    }

    func testAYearlessBoundIsStatedByADayOnItsSideAndContradictedByNone() {
        let before = dates("revealed before March 12")[0], after = dates("after 22 August")[0]
        XCTAssertTrue(dates("on March 11, 2009")[0].isWithin(before))
        XCTAssertTrue(dates("As of 15 March")[0].isWithin(dates("before 16 March")[0]), "a yearless day on the bound's side")
        XCTAssertFalse(dates("on March 12, 2009")[0].isWithin(before), "the bound's own day is not before it")
        XCTAssertTrue(dates("On 24 August")[0].isWithin(after))
        XCTAssertFalse(dates("in August 2013")[0].isWithin(after), "a month that straddles the bound")
        // The year is not known, so no day contradicts it.
        XCTAssertNil(before.isCompatible(with: dates("on March 15, 2009")[0]))
        let page = "---\ntitle: Lowmark Idol\n---\nThe new format was revealed on March 11, 2009.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The new format of Lowmark Idol was revealed before March 12.", article: page, id: "idol"), .agreement, cites: [4])
        XCTAssertNotEqual(Fixtures.rulesVerdict("The new format of Lowmark Idol was revealed after March 12.", article: page, id: "idol").verdict, .conflict)
    }

    func testATitlesYearDatesItsPageUnlessTheSentenceSaysOtherwise() {
        let page = "---\ntitle: 2020 coronavirus pandemic in Lowmark\n---\n124,107 cases have been reported with 2,719 deaths.\n"
        let v = { (claim: String) in Fixtures.rulesVerdict(claim, article: page, id: "lowmark") }
        Fixtures.assertVerdict(v("Lowmark has reported more than 124,100 cases of coronavirus in 2020."), .agreement, cites: [4])
        Fixtures.assertVerdict(v("Lowmark has reported fewer than 124,000 cases of coronavirus in 2020."), .conflict, cites: [4])
        // Another year is not stated by the title, nor contradicted.
        XCTAssertEqual(v("Lowmark has reported more than 124,100 cases of coronavirus in 2021.").verdict, .absence)
        // The sentence's own year stands against the title's.
        let film = "---\ntitle: Tide Line (1990 film)\n---\nTide Line is a 1994 American romantic fantasy film.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The film Tide Line was released in 1990.", article: film, id: "tide"), .conflict, cites: [4])
    }

    func testMayAndMarchAsVerbsAreNotMonths() {
        XCTAssertTrue(dates("Hansen may face 15 years").isEmpty)
        XCTAssertTrue(dates("They March on.").isEmpty)
        XCTAssertEqual(dates("on May 1, former officer").count, 1)
    }
}
