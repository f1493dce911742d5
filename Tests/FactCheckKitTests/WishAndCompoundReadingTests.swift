import XCTest
@testable import FactCheckKit

/// Readings the eighth held-out set's first run showed missing (both were wrong "supported" verdicts): a hope told
/// as a phrase ("looking forward to", "can't wait to"), the second half of a compound modifier read as a verb
/// ("heavy-handed" as a handing over), and a verb that denies its object as "not" does ("forgo … in favour of").
final class WishAndCompoundReadingTests: XCTestCase {
    private func quill(_ sentence: String) -> String {
        "---\ntitle: Dana Quill\n---\n\(sentence)\n"
    }

    func testAHopeToldAsAPhraseStatesNothingYet() {
        let claim = "Dana Quill opened a bakery in Leeds."
        for sentence in ["Dana Quill said she is looking forward to opening a bakery in Leeds.",
                         "Dana Quill can't wait to open a bakery in Leeds.",
                         "Dana Quill is hoping to open a bakery in Leeds."] {
            let v = Fixtures.rulesVerdict(claim, article: quill(sentence), id: "quill")
            Fixtures.assertVerdict(v, .absence)
            XCTAssertTrue(v.reason.hasPrefix("absence: only hedged"), v.reason)
        }
        // Said as done, it agrees; "forward" and "wait" on their own hedge nothing.
        Fixtures.assertVerdict(Fixtures.rulesVerdict(claim, article: quill("Dana Quill said she opened a bakery in Leeds last spring."), id: "quill"),
                               .agreement, cites: [4])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Dana Quill moved her bakery to Leeds.",
                                                     article: quill("Dana Quill moved her bakery forward to Leeds after a long wait."), id: "quill"),
                               .agreement, cites: [4])
    }

    func testTheSecondHalfOfACompoundModifierIsNoVerb() {
        let events = { (text: String) in TextAnalyzer.analyseClaim(text, context: NameContext(), reference: nil).events.map(\.type) }
        XCTAssertEqual(events("Quill favours heavy-handed direction."), [])
        XCTAssertEqual(events("Quill handed Lee the keys."), [.transfer])
        // After a prefix the word is still the verb: "re-sentenced" is a sentencing.
        XCTAssertEqual(events("Lee was re-sentenced to ten years."), [.sentencing])
    }

    func testForgoingSomethingDeniesFavouringIt() {
        let article = "---\ntitle: Marlow\n---\nLast year the Marlow council chose to forgo new parking fees in favour of bus lanes.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The Marlow council favoured new parking fees over bus lanes.", article: article, id: "marlow"),
                               .conflict, cites: [4], reason: "conflict: the source denies it")
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The Marlow council chose to forgo new parking fees.", article: article, id: "marlow"),
                               .agreement, cites: [4])
    }
}
