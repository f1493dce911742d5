import XCTest
@testable import FactCheckKit

/// Readings the eighth held-out set's first run showed missing (both were wrong "supported" verdicts): a hope told
/// as a phrase ("looking forward to", "can't wait to"), the second half of a compound modifier read as a verb
/// ("heavy-handed" as a handing over), and a verb that denies its object as "not" does ("forgo … in favour of").
final class WishAndCompoundReadingTests: XCTestCase {
    private func quill(_ sentence: String) -> String {
        "---\ntitle: Dana Quill\n---\n\(sentence)\n"
    }

    /// The sentence names the claim's event only as a hope or a plan: absence, and the reason says it is only hedged.
    private func assertOnlyHedged(_ claim: String, by sentence: String, file: StaticString = #filePath, line: UInt = #line) {
        let v = Fixtures.rulesVerdict(claim, article: quill(sentence), id: "quill")
        Fixtures.assertVerdict(v, .absence, file: file, line: line)
        XCTAssertTrue(v.reason.hasPrefix("absence: only hedged"), "\(sentence): \(v.reason)", file: file, line: line)
    }

    func testAHopeToldAsAPhraseStatesNothingYet() {
        let claim = "Dana Quill opened a bakery in Leeds."
        for sentence in ["Dana Quill said she is looking forward to opening a bakery in Leeds.",
                         "Dana Quill can't wait to open a bakery in Leeds.",
                         "Dana Quill is hoping to open a bakery in Leeds."] {
            assertOnlyHedged(claim, by: sentence)
        }
        // Said as done, it agrees; "forward" and "wait" on their own hedge nothing.
        Fixtures.assertVerdict(Fixtures.rulesVerdict(claim, article: quill("Dana Quill said she opened a bakery in Leeds last spring."), id: "quill"),
                               .agreement, cites: [4])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Dana Quill moved her bakery to Leeds.",
                                                     article: quill("Dana Quill moved her bakery forward to Leeds after a long wait."), id: "quill"),
                               .agreement, cites: [4])
    }

    func testAPlanToldAsSlatedPoisedOrScheduledStatesNothingYet() {
        let claim = "Dana Quill opened a bakery in Leeds."
        for sentence in ["Dana Quill is slated to open a bakery in Leeds.", "Dana Quill is poised to open a bakery in Leeds.",
                         "Dana Quill is scheduled to open a bakery in Leeds.", "Dana Quill is due to open a bakery in Leeds."] {
            assertOnlyHedged(claim, by: sentence)
        }
        // Without "to" the word plans nothing, and "due to" before a noun or a participle gives a reason.
        for sentence in ["Dana Quill opened a bakery in Leeds on the scheduled day.", "Due to the rain, Dana Quill opened a bakery in Leeds.",
                         "Due to rising rents, Dana Quill opened a bakery in Leeds."] {
            Fixtures.assertVerdict(Fixtures.rulesVerdict(claim, article: quill(sentence), id: "quill"), .agreement, cites: [4])
        }
        // "Due to" after anything but a copula gives a reason, in a claim as in a source.
        let dam = "---\ntitle: Harbour Dam\n---\nThe Harbour Dam project could be cancelled due to delays.\nThe Leeds Festival was postponed due to storms.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("The Harbour Dam project was cancelled due to delays.", article: dam, id: "dam").verdict, .agreement)
        // After a copula too, a noun that could be a verb ("fog") gives a reason: the claim says what happened.
        let ferry = "---\ntitle: Eastport ferry\n---\nForecasters said the Eastport ferry was likely to face delays from fog on Monday.\n"
        XCTAssertNotEqual(Fixtures.rulesVerdict("The Eastport ferry's delays on Monday were due to fog.", article: ferry, id: "ferry").verdict, .agreement)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The Leeds Festival was not postponed.", article: dam, id: "dam"), .conflict, cites: [5])
        // Planned on both sides, the plan agrees.
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Dana Quill is due to open a bakery in Leeds.", article: quill("Dana Quill is poised to open a bakery in Leeds."), id: "quill"),
                               .agreement, cites: [4])
    }

    func testAPlanToldWithACopulaAndToStatesNothingYet() {
        for (claim, sentence) in [("Dana Quill opened a bakery in Leeds.", "Dana Quill is set to open a bakery in Leeds."),
                                  ("Dana Quill opened a bakery in Leeds.", "Dana Quill is going to open a bakery in Leeds."),
                                  ("Dana Quill opened a bakery in Leeds.", "Dana Quill was about to open a bakery in Leeds when the lease fell through."),
                                  // After "set" a word that is mostly a noun is still the verb.
                                  ("Dana Quill started a bakery in Leeds.", "Dana Quill is set to start a bakery in Leeds.")] {
            assertOnlyHedged(claim, by: sentence)
        }
        // A figure under such a plan is planned, not stated.
        let jobs = Fixtures.rulesVerdict("Dana Quill's bakery cut 40 jobs.", article: quill("Dana Quill's bakery is set to cut 40 jobs."), id: "quill")
        Fixtures.assertVerdict(jobs, .absence)
        XCTAssertFalse(jobs.explanation.candidates.contains { $0.verdict == .agreement }, jobs.reason)
        // A few words further back in the figure's clause too; but not from inside a relative clause.
        let earnings = Fixtures.rulesVerdict("Dana Quill's bakery reported earnings of $2 million.",
                                             article: quill("Dana Quill's bakery is set to report earnings of $2 million."), id: "quill")
        XCTAssertNotEqual(earnings.verdict, .agreement, earnings.reason)
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Dana Quill's bakery reported earnings of $2 million.",
                                                     article: quill("Dana Quill's bakery, which could face fines, reported earnings of $2 million."), id: "quill"),
                               .agreement, cites: [4])
        // Before a noun the words plan nothing: a poem set to music, someone going to school.
        let poem = "---\ntitle: Harbour Song\n---\nHarbour Song was set to music by Dana Quill in 1916.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Harbour Song was set to music by Dana Quill.", article: poem, id: "poem"), .agreement, cites: [4])
        let school = Tokenizer.tokenize("She was going to school in Leeds.")
        XCTAssertNil(Lexicon.hedgePhraseCue(school, school.firstIndex { $0.lower == "going" }!))
        let cup = Tokenizer.tokenize("They're going to win the cup.")
        XCTAssertEqual(Lexicon.hedgePhraseCue(cup, cup.firstIndex { $0.lower == "going" }!), "plans")
    }

    func testAPlanBeforeToHedgesItsOwnSubjectButNotARelativeClauses() {
        // With the claim's one name before the plan, the plan governs it: nothing is done yet.
        for (claim, sentence) in [("Dana Quill released an album.", "Dana Quill is due to release an album."),
                                  ("Dana Quill won the election.", "Dana Quill was expected to win the election."),
                                  ("Dana Quill won the election.", "Dana Quill was poised to win the election but lost to Tom Reed."),
                                  ("Dana Quill cut taxes.", "Dana Quill vowed to cut taxes."),
                                  ("Dana Quill bought the club.", "Dana Quill tried to buy the club.")] {
            assertOnlyHedged(claim, by: sentence)
        }
        // Without "to" a try plans nothing.
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Dana Quill bought the club.", article: quill("Dana Quill bought the club after she tried it out."), id: "quill"),
                               .agreement, cites: [4])
        // An allegation inside a relative clause is the products', not Amazon's: the ban happened.
        let amazon = "---\ntitle: Amazon\n---\nAmazon banned over a million products that claimed to cure the virus.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Amazon banned over a million products.", article: amazon, id: "amazon"), .agreement, cites: [4])
    }

    func testAVerbOfNotDoingBeforeToDeniesWhatFollows() {
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Dana Quill released an album in March 2024.",
                                                     article: quill("Dana Quill failed to release an album in March 2024."), id: "quill"), .conflict, cites: [4])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Dana Quill commented on the case.", article: quill("Dana Quill declined to comment on the case."), id: "quill"),
                               .conflict, cites: [4])
        // Someone else's failure denies nothing of hers.
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Dana Quill released an album.", article: quill("Dana Quill released an album after her label failed to stop her."), id: "quill"),
                               .agreement, cites: [4])
        // Said of the page's subject by pronoun, the failure is hers on both sides.
        let awards = quill("Throughout her career, she has been nominated for several awards, including the Lowmark Prize, but has failed to win a single one.")
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Dana Quill has failed to win awards.", article: awards, id: "quill"), .agreement, cites: [4])
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
        // It denies only its own object: what it is forgone for stands.
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The Marlow council favoured bus lanes.", article: article, id: "marlow"), .agreement, cites: [4])
        // "refrain" and "abstain" deny only before "from"; "the song's refrain" and "abstained as …" deny nothing.
        let page = { (sentence: String) in "---\ntitle: Marlow\n---\n\(sentence)\n" }
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The Marlow council raised parking fees.",
                                                     article: page("The Marlow council refrained from raising parking fees this year."), id: "marlow"),
                               .conflict, cites: [4], reason: "conflict: the source denies it")
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The Marlow council approved the budget on Tuesday.",
                                                     article: page("Two councillors abstained as the Marlow council approved the budget on Tuesday."), id: "marlow"),
                               .agreement, cites: [4])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The Marlow anthem mentions the river.",
                                                     article: page("The Marlow anthem's refrain mentions the river."), id: "marlow"),
                               .agreement, cites: [4])
    }

    func testAHopeHedgesTheEventsItGovernsButANamedHopeDoesNot() {
        let page = "---\ntitle: Court\n---\nMara Quint said she is looking forward to being sentenced on Friday.\n"
        let v = Fixtures.rulesVerdict("Mara Quint was sentenced on Friday.", article: page, id: "court")
        Fixtures.assertVerdict(v, .absence)
        XCTAssertTrue(v.reason.hasPrefix("absence: only hedged"), v.reason)
        // "Hope" as a first name hedges nothing: the "expected" does, and without it the arrest is stated.
        let hoped = Fixtures.rulesVerdict("Hope Hicks was arrested in Denver on June 3, 2019.",
                                          article: "---\ntitle: Denver\n---\nHope Hicks is expected to be arrested in Denver on June 3, 2019.\n", id: "denver")
        Fixtures.assertVerdict(hoped, .absence)
        let stated = Fixtures.rulesVerdict("Hope Hicks was arrested in Denver on June 3, 2019.",
                                           article: "---\ntitle: Denver\n---\nHope Hicks was arrested in Denver on June 3, 2019.\n", id: "denver")
        Fixtures.assertVerdict(stated, .agreement, cites: [4])
        XCTAssertFalse(TextAnalyzer.analyseClaim("Hope Hicks was arrested in Denver.", context: NameContext(), reference: nil).events.contains { $0.hedge != nil })
    }
}
