import XCTest
@testable import FactCheckKit

/// Readings the thirteenth held-out set found missing: abbreviated months, sums in cents, hundreds written out, a
/// reading on a scale ("magnitude 6.1"), pounds of weight, a change's size against a level, one period's figure against
/// another's, a hearsay figure ("a reported £4m"), "not only" as no denial, "less likely" as a finding, "work" as a noun,
/// a verb said only as what was tried, and a date as the fact a claim states.
final class HeldoutThirteenReadingTests: XCTestCase {
    private let page = "---\ntitle: Town news\n---\n"

    func testAnAbbreviatedMonthIsADate() {
        let fares = page + "Riders protested against the new tolls, which take effect Mar. 4.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The new tolls take effect on March 4.", article: fares, id: "f"), .agreement, cites: [4])
        let v = Fixtures.rulesVerdict("The new tolls take effect on March 9.", article: fares, id: "f")
        XCTAssertNotEqual(v.verdict, .agreement, v.reason)
        // A full month's name takes no point: "in April." ends the sentence.
        let tolls = "---\ntitle: Town news\npublished: 2020-06-01\n---\nThe Delmont tolls took effect in May.\n"
        let v2 = Fixtures.rulesVerdict("The Delmont tolls took effect in April.", article: tolls, id: "t")
        XCTAssertNotEqual(v2.verdict, .agreement, v2.reason)
        XCTAssertTrue(v2.reason.contains("April") && !v2.reason.contains("April."), v2.reason)
        // A forecast is not stated by its date alone.
        let heat = page + "Forecasters said 2031 may bring new heat records.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("2031 will bring new heat records.", article: heat, id: "h").verdict, .agreement)
    }

    func testCentsAreMoneyAndAChangeIsNoLevel() {
        let fares = page + "The bus fare will rise by 35 cents, to $3.10, next spring.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The bus fare will rise by 35 cents.", article: fares, id: "f"), .agreement, cites: [4])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The bus fare will rise to $3.10.", article: fares, id: "f"), .agreement, cites: [4])
        let v = Fixtures.rulesVerdict("The bus fare will rise by 50 cents.", article: fares, id: "f")
        Fixtures.assertVerdict(v, .conflict, cites: [4])
        XCTAssertTrue(v.reason.contains("35 cents"), v.reason)
        // The rise is no rival to the fare it reaches.
        let level = page + "The bus fare will rise to $3.10 next spring.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("The bus fare will rise by 35 cents.", article: level, id: "f").verdict, .conflict)
    }

    func testOnePeriodsFigureIsNoRivalToAnothers() {
        let passes = page + "A monthly parking permit will cost $95.\n"
        let v = Fixtures.rulesVerdict("A weekly parking permit will cost $30.", article: passes, id: "p")
        XCTAssertNotEqual(v.verdict, .conflict, v.reason)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("A monthly parking permit will cost $40.", article: passes, id: "p"), .conflict, cites: [4])
    }

    func testHundredsWrittenOutAndAReadingOnAScale() {
        let quake = page + "A magnitude 6.1 earthquake struck the coast on Monday and killed more than 300 people.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The magnitude 6.1 quake killed more than three hundred people.", article: quake, id: "q"), .agreement, cites: [4])
        let v = Fixtures.rulesVerdict("The magnitude 6.1 quake killed more than five hundred people.", article: quake, id: "q")
        XCTAssertNotEqual(v.verdict, .agreement, v.reason)
        let reading = Fixtures.rulesVerdict("A magnitude 5.4 earthquake struck the coast on Monday.", article: quake, id: "q")
        Fixtures.assertVerdict(reading, .conflict, cites: [4])
        XCTAssertTrue(reading.reason.contains("6.1"), reading.reason)
    }

    func testPoundsOfWeight() {
        let probe = page + "The Kestrel probe, which weighs 2,300 pounds, was launched in May.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The 2,300-pound Kestrel probe was launched in May.", article: probe, id: "p"), .agreement, cites: [4])
        let v = Fixtures.rulesVerdict("The 3,200-pound Kestrel probe was launched in May.", article: probe, id: "p")
        Fixtures.assertVerdict(v, .conflict, cites: [4])
        // Pounds paid are still sterling.
        let fee = page + "The Kestrel club paid 2,300 pounds for the probe.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("The Kestrel probe weighs 2,300 pounds.", article: fee, id: "p").verdict, .agreement)
    }

    func testAReportedFigureIsHearsay() {
        let transfer = page + "The striker joins Redport for a reported £4m.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Redport paid £4m for the striker.", article: transfer, id: "t"), .absence)
        let stated = page + "The striker joins Redport for £4m.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Redport paid £4m for the striker.", article: stated, id: "t"), .agreement, cites: [4])
    }

    func testNotOnlyIsNoDenial() {
        let crop = page + "Not only are barley yields down, but the agency also expects that just 12 million acres of barley will be harvested.\n"
        let v = Fixtures.rulesVerdict("Only 12 million acres of barley are expected to be harvested.", article: crop, id: "c")
        XCTAssertNotEqual(v.verdict, .conflict, v.reason)
        let plea = page + "Dana Kerr not only pleaded guilty but also paid a fine of $5,000.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Dana Kerr pleaded guilty.", article: plea, id: "k"), .agreement, cites: [4])
        let denied = page + "Dana Kerr did not plead guilty.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Dana Kerr pleaded guilty.", article: denied, id: "k"), .conflict, cites: [4])
    }

    func testLessLikelyIsAFindingNotAGuess() {
        let study = page + "Researchers at Halden University reported that tea drinkers were less likely to develop gout than other people.\n"
        let v = Fixtures.rulesVerdict("Researchers at Halden University reported that tea drinkers were less likely to develop gout.", article: study, id: "s")
        XCTAssertFalse(v.reason.contains("does not say “likely”"), v.reason)
        // A bare "likely to" still forecasts.
        let forecast = page + "Officials said the Halden bridge is likely to reopen in June.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("The Halden bridge reopened in June.", article: forecast, id: "f").verdict, .agreement)
    }

    func testWorkAsANounIsNoEmployment() {
        let flood = page + "Officials said cleanup work was continuing and would speed up at dawn.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Cleanup work sped up at dawn.", article: flood, id: "f"), .absence)
        let job = page + "Mara Ellison began to work for the Halden council in 2015.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Mara Ellison worked for the Halden council.", article: job, id: "j"), .agreement, cites: [4])
    }

    func testAVerbSaidOnlyAsWhatWasTried() {
        let store = page + "Brantley Stores has filed for bankruptcy protection, a last-ditch effort to rescue the century-old chain.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The bankruptcy filing has rescued Brantley Stores.", article: store, id: "b"), .absence)
        // The rest of the sentence is still stated.
        XCTAssertNotEqual(Fixtures.rulesVerdict("Brantley Stores has filed for bankruptcy protection.", article: store, id: "b").reason.contains("hedged"), true)
    }

    func testAnOwnersOrdinal() {
        let signing = page + "Ortiz becomes Redport's fourth signing of the summer, after two defenders and a goalkeeper.\n"
        let v = Fixtures.rulesVerdict("Ortiz is Redport's third signing of the summer.", article: signing, id: "s")
        Fixtures.assertVerdict(v, .conflict, cites: [4])
        XCTAssertTrue(v.reason.contains("fourth signing"), v.reason)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Ortiz is Redport's fourth signing of the summer.", article: signing, id: "s"), .agreement, cites: [4])
    }

    func testANationalityNamesItsCountry() {
        let quake = page + "The town of Darvan lies about 12 miles from the Iraqi border, officials said.\n"
        let v = Fixtures.rulesVerdict("Darvan lies about 12 miles from the border with Iraq.", article: quake, id: "q")
        XCTAssertFalse(v.reason.contains("does not mention Iraq"), v.reason)
        // Another country is still another.
        XCTAssertTrue(Fixtures.rulesVerdict("Darvan lies about 12 miles from the border with Iran.", article: quake, id: "q").reason.contains("Iran"))
    }

    // What the cold review of these readings found.

    func testADateIsTheClaimsOnlyWhereTheClaimsVerbHasIt() {
        let claim = "The fare increases take effect on March 1."
        for text in ["The fare increases, which the transit board approved on March 1, take effect in July.",
                     "Riders rallied on Mar. 1 against the fare increases, which take effect in May.",
                     "The old fare increases took effect on March 1, 2019, and the new ones take effect in June."] {
            XCTAssertNotEqual(Fixtures.rulesVerdict(claim, article: page + text + "\n", id: "f").verdict, .agreement, text)
        }
    }

    func testADateGivenToAnotherVerbIsNotTheClaims() {
        let ferry = page + "The Kelby ferry service, suspended on Mar. 3, resumes next week.\n"
        let v = Fixtures.rulesVerdict("The Kelby ferry service resumes on March 3.", article: ferry, id: "f")
        Fixtures.assertVerdict(v, .absence)
        XCTAssertTrue(v.reason.contains("suspended"), v.reason)
        let museum = page + "The Orvale museum, founded in 1921, reopens in 2027.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The Orvale museum reopens in 2027.", article: museum, id: "m"), .agreement, cites: [4])
        XCTAssertNotEqual(Fixtures.rulesVerdict("The Orvale museum reopens in 1921.", article: museum, id: "m").verdict, .agreement)
        // A noun's date dates the whole scene ("a phone call on December 4, 1947, while she was on a tour").
        let call = page + "Kate Orr received a phone call on December 4, 1947, while she was on a tour of duty in France.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Kate Orr was on a tour of duty in 1947.", article: call, id: "c"), .agreement, cites: [4])
    }

    func testMoreLikelyStillForecastsOutsideAFinding() {
        let bridge = page + "The Halden bridge is more likely to reopen in June than in May.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("The Halden bridge reopened in June.", article: bridge, id: "b").verdict, .agreement)
    }

    func testMadeUpAndAPassivesDoersAreNoChange() {
        let plant = page + "Women made up 40 percent of the workforce at the Tollan plant.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Women made up 60 percent of the workforce at the Tollan plant.", article: plant, id: "p"), .conflict, cites: [4])
        let shelter = page + "The money for the Orvale shelter was raised by 300 volunteers.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("The money for the Orvale shelter was raised by 500 volunteers.", article: shelter, id: "s").verdict, .agreement)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The money for the Orvale shelter was raised by 500 volunteers.", article: shelter, id: "s"), .conflict, cites: [4])
    }

    func testAReportedSumIsHearsayBesideAnEventToo() {
        let deal = page + "Rovers signed Veldt for a reported $12 million.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Rovers signed Veldt for $12 million.", article: deal, id: "d"), .absence)
    }

    // Readings the fourteenth held-out set's first run asked for.

    func testAShareIsNoRivalToItsWhole() {
        let towers = page + "The city said inspectors had tested 23 water tanks and found the bacteria in four.\n"
        let v = Fixtures.rulesVerdict("The bacteria turned up in four of the 23 water tanks that inspectors tested.", article: towers, id: "t")
        XCTAssertNotEqual(v.verdict, .conflict, v.reason)
    }

    func testConfidentThatIsABelief() {
        let outbreak = page + "Officials have said they are confident that the outbreak is limited to the north of Delmont.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The outbreak is limited to the north of Delmont.", article: outbreak, id: "o"), .absence)
    }

    func testUnrelatedDenies() {
        let recall = page + "The Kestra van was recalled for a faulty brake hose, unrelated to a separate Halvex recall over seat belts.\n"
        let v = Fixtures.rulesVerdict("The Kestra van was recalled for a faulty brake hose related to a separate Halvex recall over seat belts.", article: recall, id: "r")
        XCTAssertNotEqual(v.verdict, .agreement, v.reason)
    }

    func testHundredsWithTheirTensAndVagueHundreds() {
        let plant = page + "Exactly 450 workers at the Tollan plant lost their jobs in May.\n"
        for written in ["Four hundred and fifty", "Four hundred fifty"] {
            Fixtures.assertVerdict(Fixtures.rulesVerdict("\(written) workers at the Tollan plant lost their jobs in May.", article: plant, id: "p"), .agreement, cites: [4])
        }
        let crowd = page + "About 2,500 people marched through Delmont on Sunday.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("About twenty-five hundred people marched through Delmont on Sunday.", article: crowd, id: "c"), .agreement, cites: [4])
        // "Several hundred" gives no number to contradict.
        let protest = page + "Several hundred protesters gathered outside the Delmont courthouse.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("Two hundred protesters gathered outside the Delmont courthouse.", article: protest, id: "p").verdict, .conflict)
    }

    func testEuroCents() {
        let fare = page + "A single tram ticket in Vessa costs 90 euro cents.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("A single tram ticket in Vessa costs 90 euros.", article: fare, id: "f"), .conflict, cites: [4])
    }

    func testACampaignToSaveIsNoRescue() {
        let theatre = page + "Hale launched a campaign to save the Orvale theatre in 2019.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Hale saved the Orvale theatre.", article: theatre, id: "t"), .absence)
    }
}
