import XCTest
@testable import FactCheckKit

/// Readings a cold look at allegations and roles found missing, beside the tenth held-out set: a denial or an
/// allegation pinned on the claim's subject states nothing of the act, a participle set off by commas has the noun
/// before it as its subject, and a passive claim without its doer is not stated by the subject doing the act.
final class HeldoutTenReadingTests: XCTestCase {
    private let page = "---\ntitle: County news\n---\n"

    func testADenialOrAllegationOnTheSubjectIsNoStatement() {
        let claim = "Sam Reed took bribes from the developer."
        for sentence in ["Governor Sam Reed denied taking bribes from the developer in 2010.",
                         "Sam Reed denied that he took bribes from the developer.",
                         "Sam Reed was accused of taking bribes from the developer in 2010.",
                         "Sam Reed allegedly took bribes from the developer."] {
            let v = Fixtures.rulesVerdict(claim, article: page + sentence + "\n", id: "county")
            Fixtures.assertVerdict(v, .absence)
            XCTAssertTrue(v.reason.contains("only hedged"), "\(sentence): \(v.reason)")
        }
        // A claim of the denial itself is stated by it.
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Sam Reed denied taking bribes.", article: page + "Sam Reed denied taking bribes from the developer.\n",
                                                      id: "county"), .agreement, cites: [4])
        // With a plain object "denied" is the act: a judge's ruling.
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Sam Reed denied the motion.", article: page + "Judge Sam Reed denied the motion on Tuesday.\n",
                                                     id: "county"), .agreement, cites: [4])
    }

    func testAParticipleBetweenCommasTakesTheNounBeforeItAsSubject() {
        let label = page + "The label, founded by Simon Cowell in 2002, signed Paula Abdul in 2005.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Simon Cowell founded the label.", article: label, id: "county"), .agreement, cites: [4])
        let v = Fixtures.rulesVerdict("Paula Abdul founded the label.", article: label, id: "county")
        Fixtures.assertVerdict(v, .absence)
        XCTAssertTrue(v.reason.contains("Simon Cowell"), v.reason)
        let novel = page + "The novel, written by Anne Tyler, was adapted for film by Lawrence Kasdan.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Lawrence Kasdan wrote the novel.", article: novel, id: "county"), .absence)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Anne Tyler wrote the novel.", article: novel, id: "county"), .agreement, cites: [4])
    }

    func testAPassiveClaimIsNotStatedByItsSubjectDoingTheAct() {
        let v = Fixtures.rulesVerdict("Ellen Park was appointed police chief in March.",
                                      article: page + "Mayor Ellen Park appointed Tom Ruiz as police chief in March.\n", id: "county")
        Fixtures.assertVerdict(v, .absence)
        XCTAssertTrue(v.reason.contains("Tom Ruiz"), v.reason)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Tom Ruiz was appointed police chief in March.",
                                                     article: page + "Mayor Ellen Park appointed Tom Ruiz as police chief in March.\n", id: "county"),
                               .agreement, cites: [4])
    }
}
