import XCTest
@testable import FactCheckKit

/// Readings a cold review of session 17's mends asked for: a reported denial is neither a "not" nor the act, an
/// allegation or denial over a figure neither states nor contradicts it, figures in different units are compared
/// with their rounding, a change "from … to …" pairs its figures by those words, someone named in a sentence is not
/// the doer of an act that has another doer there, a one-role claim is not "reversed" by its person acting on
/// another, and a sentence about a kind is one in the present or a habit, not a news lede's past. A second review
/// added: "denied" refuses only what is asked for ("the motion", "bail"), "a month earlier" dates a figure rather
/// than making it a rate, a scale's letter ("°C") is no name, initials are no rival of the name they spell, and what
/// an alleging party ("prosecutors", a pack's data) says is an allegation.
final class ColdReviewReadingTests: XCTestCase {
    private func verdict(_ claim: String, _ body: String, title: String = "News") -> SourceVerdict {
        Fixtures.rulesVerdict(claim, article: "---\ntitle: \(title)\n---\n\(body)\n", id: "news")
    }

    func testAReportedDenialIsNeitherANotNorTheAct() {
        Fixtures.assertVerdict(verdict("Holt leaked the memo to reporters.", "Senator Jane Holt denied she leaked the memo to reporters."), .absence)
        Fixtures.assertVerdict(verdict("Lind sold her Norvex shares before the collapse.",
                                       "Lind flatly denied reports that she sold her Norvex shares before the collapse."), .absence)
        Fixtures.assertVerdict(verdict("Cole misled the council about the stadium deal.",
                                       "Mayor Tim Cole denied knowingly misleading the council about the stadium deal."), .absence)
        // A refusal is the act: "granted" bail is the opposite of "denied" it.
        Fixtures.assertVerdict(verdict("Kyle Lamb was granted bail.", "Kyle Lamb was denied bail on Monday."), .conflict, cites: [4])
    }

    func testAnAllegationOverAFigureNeitherStatesNorContradictsIt() {
        let denial = "Councilman Marcus Reed denied taking $40,000 from the developer."
        Fixtures.assertVerdict(verdict("Reed took $40,000 from the developer.", denial), .absence)
        Fixtures.assertVerdict(verdict("Reed took $50,000 from the developer.", denial), .absence)
        Fixtures.assertVerdict(verdict("Fenn doped 12 horses before the Derby.", "Trainer Bob Fenn allegedly doped 12 horses before the Derby."), .absence)
        let opener = "Accused of doping, cyclist Ivan Petrov withdrew from the Tour de France on Sunday."
        Fixtures.assertVerdict(verdict("Ivan Petrov doped.", opener), .absence)
        Fixtures.assertVerdict(verdict("Ivan Petrov withdrew from the Tour de France on Sunday.", opener), .agreement, cites: [4])
    }

    func testFiguresInDifferentUnitsAreComparedWithTheirRounding() {
        Fixtures.assertVerdict(verdict("Gusts reached 153 km/h at the airport.", "Gusts reached 95 mph at the airport."), .agreement, cites: [4])
        Fixtures.assertVerdict(verdict("Gusts reached 170 km/h at the airport.", "Gusts reached 95 mph at the airport."), .conflict, cites: [4])
        Fixtures.assertVerdict(verdict("The new sea wall in Galveston is 33 feet high.", "The new sea wall in Galveston is 10 metres high."), .agreement, cites: [4])
        Fixtures.assertVerdict(verdict("Winds of up to 62 mph are expected on Friday.", "Winds of up to 100 km/h are expected on Friday."), .agreement, cites: [4])
        // In one unit a figure is exact: "96 mph" is not "95 mph".
        Fixtures.assertVerdict(verdict("Gusts reached 96 mph at the airport.", "Gusts reached 95 mph at the airport."), .conflict, cites: [4])
    }

    func testAChangePairsItsFiguresByFromAndTo() {
        let greece = "Unemployment in Greece rose to 5.8% from 3.9% in 2023."
        Fixtures.assertVerdict(verdict("Unemployment in Greece rose from 3.9% to 5.8% in 2023.", greece), .agreement, cites: [4])
        XCTAssertNotEqual(verdict("Unemployment in Greece rose from 5.8% to 3.9% in 2023.", greece).verdict, .agreement)
        XCTAssertNotEqual(verdict("Sales at Unilever rose 10% in Asia and 4% in Europe.", "Sales at Unilever rose 10% in Europe and 4% in Asia.").verdict,
                          .agreement)
    }

    func testSomeoneNamedInTheSentenceIsNotTheDoerOfAnotherDoersAct() {
        let stadium = "The stadium, designed by architect Zaha Hadid, hosted the final in Doha."
        let v = verdict("Zaha Hadid hosted the final.", stadium)
        Fixtures.assertVerdict(v, .absence)
        XCTAssertTrue(v.reason.contains("stadium"), v.reason)
        Fixtures.assertVerdict(verdict("Zaha Hadid designed the stadium.", stadium), .agreement, cites: [4])
        // An appositive names the doer: "a former diplomat, Candace Claiborne, pleaded guilty to lying".
        Fixtures.assertVerdict(verdict("Claiborne lied to investigators.",
                                       "In April, a former diplomat, Candace Marie Claiborne, pleaded guilty to lying to investigators."), .agreement, cites: [4])
    }

    func testAOneRoleClaimIsNotReversedByItsPersonActingOnAnother() {
        let v = verdict("Amy Jones was arrested.", "Officer Amy Jones arrested Carl Boyd outside the bank on Friday.")
        Fixtures.assertVerdict(v, .absence)
        Fixtures.assertVerdict(verdict("Ray Ames was sued for defamation.", "Senator Ray Ames sued the newspaper for defamation in March."), .absence)
    }

    func testAKindIsSpokenOfInThePresentNotInALedesPast() {
        let quake = "A magnitude 6.4 earthquake struck the Mojave Desert on Thursday, officials said.\n\nEarthquakes in the region often cause rockslides on Highway 178."
        Fixtures.assertVerdict(verdict("The Ridgecrest earthquake struck the Mojave Desert on Thursday.", quake, title: "Ridgecrest earthquake"),
                               .agreement, cites: [4])
        Fixtures.assertVerdict(verdict("The Ridgecrest earthquake caused rockslides on Highway 178.", quake, title: "Ridgecrest earthquake"), .absence)
        let tornado = "EF-1 tornadoes typically bring winds of 86 to 110 mph."
        Fixtures.assertVerdict(verdict("The Winona tornado brought winds of 86 to 110 mph.", tornado, title: "Confirmed tornado in Winona"), .absence)
        // "is", "are" and "has" are present tense, though WordNet lists them among irregular verb forms.
        Fixtures.assertVerdict(verdict("The Winona tornado had winds of 86 to 110 mph.", "An EF-1 tornado has winds of 86 to 110 mph.",
                                       title: "Confirmed tornado in Winona"), .absence)
    }

    func testNounsAfterAndAreNoSecondPart() {
        XCTAssertEqual(ClaimSplitter.parts("The bank raised its fees and charges for overdrafts."), ["The bank raised its fees and charges for overdrafts."])
    }

    func testDeniedRefusesOnlyWhatIsAskedFor() {
        let affair = verdict("Carla Voss had an affair with her chief of staff.", "Carla Voss denied the affair with her chief of staff.")
        Fixtures.assertVerdict(affair, .absence)
        XCTAssertTrue(affair.reason.contains("only hedged"), affair.reason)
        Fixtures.assertVerdict(verdict("Amy Tran denied the motion to dismiss.", "Judge Amy Tran denied the motion to dismiss on Monday."),
                               .agreement, cites: [4])
    }

    func testAMonthEarlierDatesAFigure() {
        Fixtures.assertVerdict(verdict("Mortgage rates jumped from 6.2% to 7.1%.", "Mortgage rates jumped to 7.1% from 6.2% a month earlier."),
                               .agreement, cites: [4])
    }

    func testConvertedFiguresAndScalesAreNoConflict() {
        Fixtures.assertVerdict(verdict("Hailstones up to 5 centimetres wide fell on Denton.", "Hailstones up to 2 inches wide fell on Denton."),
                               .agreement, cites: [4])
        XCTAssertNotEqual(verdict("Temperatures fell to -1°C overnight in Duluth.", "Temperatures fell to 30°F overnight in Duluth.").verdict, .conflict)
    }

    func testInitialsAreNoRivalOfTheNameTheySpell() {
        XCTAssertNotEqual(verdict("The Federal Emergency Management Agency sent 40 trailers to the area.",
                                  "FEMA sent 40 trailers to the area, officials said.").verdict, .conflict)
    }

    func testWhatProsecutorsSayIsAnAllegation() {
        let v = verdict("Reed took $40,000 from the developer.", "Prosecutors say Reed took $40,000 in cash from the developer in 2021.")
        Fixtures.assertVerdict(v, .absence)
        XCTAssertTrue(v.reason.contains("only hedged"), v.reason)
        Fixtures.assertVerdict(verdict("Oakes embezzled the money over six years.", "Investigators said Oakes embezzled the money over six years."), .absence)
        // A court's finding is no allegation.
        Fixtures.assertVerdict(verdict("Oakes embezzled the money over six years.", "The jury found that Oakes embezzled the money over six years."),
                               .agreement, cites: [4])
    }
}
