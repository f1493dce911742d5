import XCTest
@testable import FactCheckKit

/// The wrong verdicts listed in the open-domain issue, each now a test of its verdict and citations, and the
/// open-domain comparisons each with its near miss (one changed value must flip the verdict).
final class OpenDomainTests: XCTestCase {
    private func seeds(_ claim: String) -> [SourceVerdict] { Fixtures.matcher.check(claim).sources }

    /// One article, one claim: the source's verdict.
    private func verdict(_ claim: String, _ article: String) -> SourceVerdict {
        Fixtures.rulesVerdict(claim, article: article, id: "article")
    }

    private func assertCites(_ v: SourceVerdict, _ line: Int, file: StaticString = #filePath, line l: UInt = #line) {
        XCTAssertTrue(v.citations.contains { $0.line == line }, "\(v.sourceID) should cite \(line), cites \(v.citations.map(\.line)) — \(v.reason)", file: file, line: l)
    }

    func testNotGuiltyIsTheOppositeOfGuilty() {
        let v = seeds("Lee pleaded not guilty")
        XCTAssertEqual(v[0].verdict, .conflict, v[0].reason)
        assertCites(v[0], 55)
        XCTAssertEqual(seeds("Lee pleaded guilty")[0].verdict, .agreement)
    }

    func testGivingMoneyIsPayingItSoTheRolesAgree() {
        let v = seeds("Chinese agents gave Mallory $25,000")
        XCTAssertEqual(v.map(\.verdict), [.agreement, .agreement, .agreement], v.map(\.reason).joined(separator: " | "))
        assertCites(v[1], 11)
        assertCites(v[2], 13)
        XCTAssertEqual(seeds("Chinese agents gave Mallory $2,500")[2].verdict, .conflict)
    }

    func testAQuestionIsCheckedAsTheStatementItAsksAbout() {
        XCTAssertEqual(ClaimSplitter.declarative("Was Mallory paid $25,000?"), "Mallory was paid $25,000")
        XCTAssertEqual(ClaimSplitter.declarative("Did the council approve the budget?"), "the council did approve the budget")
        XCTAssertEqual(ClaimSplitter.declarative("Is it true that Lee pleaded guilty?"), "Lee pleaded guilty")
        // A name joined by "of" stays whole after an article, as it does without one.
        XCTAssertEqual(ClaimSplitter.declarative("Will the Board of Regents vote on the increase?"), "the Board of Regents will vote on the increase")
        let regents = Fixtures.rulesVerdict("Will the Board of Regents vote on the remaining 6.3 percent increase next month?", article: """
            The state Board of Regents will discuss the 3 percent tuition increase it already approved.

            The Regents will vote on the remaining 6.3 percent increase at the meeting next month.
            """, id: "tuition")
        Fixtures.assertVerdict(regents, .agreement, cites: [3])
        let v = seeds("Was Mallory paid $25,000?")
        XCTAssertEqual(v.map(\.verdict), [.agreement, .agreement, .agreement])
        assertCites(v[2], 13)
        XCTAssertEqual(seeds("Was Mallory paid $2,500?").map(\.verdict), [.conflict, .conflict, .conflict])
    }

    func testACompoundClaimIsCheckedPartByPart() {
        XCTAssertEqual(ClaimSplitter.parts("Mallory was paid $25,000 and sentenced to 20 years"), ["Mallory was paid $25,000", "Mallory was sentenced to 20 years"])
        XCTAssertEqual(ClaimSplitter.parts("Ron Hansen and Jerry Lee pleaded guilty"), ["Ron Hansen and Jerry Lee pleaded guilty"])
        XCTAssertEqual(ClaimSplitter.parts("Mallory traveled to Shanghai in March and April 2017"), ["Mallory traveled to Shanghai in March and April 2017"])
        let both = seeds("Mallory was paid $25,000 and sentenced to 20 years")
        XCTAssertEqual(both[0].verdict, .agreement, both[0].reason)
        assertCites(both[0], 7)
        assertCites(both[0], 40)
        XCTAssertTrue(both[0].reason.contains("part 2 “Mallory was sentenced to 20 years”"), both[0].reason)
        // One part wrong makes the whole claim conflict, citing the conflicting sentence.
        let oneWrong = seeds("Mallory was paid $25,000 and sentenced to 15 years")
        XCTAssertEqual(oneWrong[0].verdict, .conflict, oneWrong[0].reason)
        assertCites(oneWrong[0], 7)
        // A part the source does not state leaves the whole claim unstated there.
        XCTAssertEqual(both[2].verdict, .absence, both[2].reason)
    }

    func testAFigureInsideTheClaimedRangeAgrees() {
        let v = seeds("Mallory was paid between $20,000 and $30,000")
        XCTAssertEqual(v.map(\.verdict), [.agreement, .agreement, .agreement], v.map(\.reason).joined(separator: " | "))
        assertCites(v[2], 13)
        XCTAssertEqual(seeds("Mallory was paid between $30,000 and $40,000")[2].verdict, .conflict)
    }

    func testDenyingAnotherFigureIsNotContradicted() {
        let v = seeds("Mallory was not paid $2,500")
        XCTAssertFalse(v.contains { $0.verdict == .conflict }, v.map(\.reason).joined(separator: " | "))
        XCTAssertFalse(v.contains { $0.verdict == .agreement })
        // Denying what the sources state is still a conflict.
        XCTAssertEqual(seeds("Mallory was not paid $25,000")[2].verdict, .conflict)
    }

    func testAPlaceThatBelongsToSomeoneElseConflicts() {
        let v = seeds("Lee pleaded guilty in Utah")
        XCTAssertEqual(v[0].verdict, .conflict, v[0].reason)
        XCTAssertEqual(v[0].reason, "conflict: Virginia ≠ Utah")
        assertCites(v[0], 49)
    }

    func testTwoNamedMonthsMustBothBeStated() {
        let v = seeds("Mallory traveled to Shanghai in March and May 2017")
        XCTAssertFalse(v.contains { $0.verdict == .agreement }, v.map(\.reason).joined(separator: " | "))
        XCTAssertEqual(seeds("Mallory traveled to Shanghai in March and April 2017")[2].verdict, .agreement)
    }

    func testAnEndDateIsComparedAsAnEnd() {
        let v = seeds("Mallory had a top-secret clearance until 2016")
        XCTAssertEqual(v[0].verdict, .conflict, v[0].reason)
        assertCites(v[0], 32)
        XCTAssertTrue(v[0].reason.contains("until 2012"), v[0].reason)
        XCTAssertEqual(seeds("Mallory had a top-secret clearance until 2012")[0].verdict, .agreement)
    }

    func testHowOftenIsAFigure() {
        let v = seeds("Mallory went to China three times")
        XCTAssertEqual(v[1].verdict, .conflict, v[1].reason)
        XCTAssertEqual(v[1].reason, "conflict: twice ≠ three times")
        assertCites(v[1], 11)
        XCTAssertEqual(seeds("Mallory went to China twice")[1].verdict, .agreement)
    }

    static let acme = """
    ---
    title: Acme posts a record year
    published: 2026-02-03
    ---
    Acme reported revenue of $94 billion for 2025, while its profit was $23 billion.
    """

    func testAFigureIsComparedWithTheFigureOfTheSameThing() {
        let wrong = verdict("Acme's profit was $94 billion", Self.acme)
        Fixtures.assertVerdict(wrong, .conflict, reason: "conflict: $23 billion ≠ $94 billion")
        assertCites(wrong, 5)
        XCTAssertEqual(verdict("Acme's profit was $23 billion", Self.acme).verdict, .agreement)
        XCTAssertEqual(verdict("Acme's revenue was $94 billion", Self.acme).verdict, .agreement)
    }

    static let everest = """
    ---
    title: Surveyors settle the height of the highest peak
    published: 2020-12-08
    ---
    Mount Everest is 8,849 metres tall, according to a joint survey by China and Nepal.
    """

    func testMeasuresWithUnits() {
        let v = verdict("Everest is 9,000 metres tall", Self.everest)
        Fixtures.assertVerdict(v, .conflict, reason: "conflict: 8,849 metres ≠ 9,000 metres")
        assertCites(v, 5)
        XCTAssertEqual(verdict("Everest is 8,849 metres tall", Self.everest).verdict, .agreement)
        // 8.849 km is the same height.
        XCTAssertEqual(verdict("Everest is 8.849 km tall", Self.everest).verdict, .agreement)
        // A count of something else is never compared with a height.
        XCTAssertEqual(verdict("Everest has 9,000 climbers", Self.everest).verdict, .absence)
    }

    static let film = """
    ---
    title: The Winter Guest (film)
    ---
    The Winter Guest is a 2002 American comedy film directed by Maria Lund.

    On Rotten Tomatoes the film holds an approval rating of 62% based on 86 reviews.
    """

    func testAYearThatIsTheClaimsOneValueConflicts() {
        let v = verdict("The Winter Guest is a 2000 film", Self.film)
        XCTAssertEqual(v.verdict, .conflict, v.reason)
        assertCites(v, 4)
        XCTAssertEqual(verdict("The Winter Guest is a 2002 film", Self.film).verdict, .agreement)
    }

    func testComparatorsOnCounts() {
        XCTAssertEqual(verdict("The film has fewer than 90 reviews on Rotten Tomatoes", Self.film).verdict, .agreement)
        let v = verdict("The film has fewer than 80 reviews on Rotten Tomatoes", Self.film)
        XCTAssertEqual(v.verdict, .conflict, v.reason)
        assertCites(v, 6)
        XCTAssertEqual(verdict("The film has an approval rating above 60% on Rotten Tomatoes", Self.film).verdict, .agreement)
        XCTAssertEqual(verdict("The film has an approval rating above 70% on Rotten Tomatoes", Self.film).verdict, .conflict)
    }

    func testTheTitleNamesTheSourcesSubject() {
        // "the film" stands for The Winter Guest: the title says so.
        let v = verdict("The Winter Guest has 86 reviews on Rotten Tomatoes", Self.film)
        XCTAssertEqual(v.verdict, .agreement, v.reason)
        assertCites(v, 6)
    }

    func testANameSwappedInTheSameSlotConflicts() {
        let v = verdict("The Winter Guest was directed by Anna Berg", Self.film)
        Fixtures.assertVerdict(v, .conflict, reason: "conflict: Maria Lund ≠ Anna Berg")
        XCTAssertEqual(verdict("The Winter Guest was directed by Maria Lund", Self.film).verdict, .agreement)
        // A name in another relation ("produced by") is not a swap of the director.
        XCTAssertEqual(verdict("The Winter Guest was produced by Anna Berg", Self.film).verdict, .absence)
    }

    func testAHedgeInsideAQuoteDoesNotReachTheSpeaker() {
        let article = "“These charges should send a message to anyone who would betray the public,” said Dana Boente, the acting assistant attorney general.\n"
        XCTAssertEqual(verdict("Dana Boente is the acting assistant attorney general", article).verdict, .agreement)
        // Inside the quote the hedge still governs what it reaches.
        XCTAssertEqual(verdict("Anyone betrays the public", article).verdict, .absence)
    }

    static let weather = """
    ---
    title: Cold wave grips the peninsula
    published: 2023-11-07
    ---
    The sudden cold snap should peak Wednesday before temperatures climb back up on Thursday.
    Poland's seven-day rate rose to 29.5 cases per 100,000 people.
    """

    func testTheDayBoundToTheClaimsWordIsCompared() {
        // The sentence names Thursday too, but for the climb back up, not for the peak.
        let wrong = verdict("The cold snap is expected to peak on Thursday", Self.weather)
        Fixtures.assertVerdict(wrong, .conflict, reason: "conflict: Wednesday ≠ Thursday")
        assertCites(wrong, 5)
        XCTAssertNotEqual(verdict("The cold snap is expected to peak on Wednesday", Self.weather).verdict, .conflict)
    }

    func testADayTiedToTheClaimsWordConflictsThoughOtherWordsDiffer() {
        let article = """
        ---
        title: Cold wave
        published: 2023-11-07
        ---
        After heavy downpours on Monday, Tuesday morning was met with strong, cold winds that brought early winter temperatures.
        The ferry arrived late after a storm hit the harbour on Wednesday.
        """
        // "hit" and "arrived" are not the sentence's words, but its "downpours" carries Monday.
        let sunday = verdict("Heavy downpours hit on Sunday before the cold winds arrived", article)
        Fixtures.assertVerdict(sunday, .conflict, reason: "conflict: Monday ≠ Sunday")
        assertCites(sunday, 5)
    }

    func testAPeriodThatIsNoPrisonTermIsReadAsAnyFigure() {
        // "seven-day" used to make the claim a sentencing with no sentencing to find.
        let v = verdict("Poland's seven-day rate rose to 29.5 cases per 100,000 people", Self.weather)
        XCTAssertEqual(v.verdict, .agreement, v.reason)
        assertCites(v, 6)
        XCTAssertFalse(v.reason.contains("sentencing"), v.reason)
    }
}

/// A noun naming the kind of a thing, swapped on the same head noun.
final class CompoundSubstitutionTests: XCTestCase {
    private static let ruling = """
    ---
    title: Appeals court rules on a marketplace battery
    ---
    Angela Bolger had bought a replacement laptop battery from a seller on Amazon.
    Strong, cold winds arrived on Tuesday morning.
    The threshold above which travellers must quarantine is 20 cases per 100,000 people.
    """

    private func verdict(_ claim: String) -> SourceVerdict {
        Fixtures.rulesVerdict(claim, article: Self.ruling, id: "ruling")
    }

    func testAnotherKindOfTheSameThingConflicts() {
        let wrong = verdict("Angela Bolger had bought a tablet battery from a seller on Amazon")
        Fixtures.assertVerdict(wrong, .conflict, cites: [4], reason: "conflict: laptop battery ≠ tablet battery")
        XCTAssertEqual(verdict("Angela Bolger had bought a laptop battery from a seller on Amazon").verdict, .agreement)
        // A word that is mostly a noun, though also a verb ("to phone"), names a kind too.
        let phone = verdict("Angela Bolger had bought a phone battery from a seller on Amazon")
        XCTAssertEqual(phone.reason, "conflict: laptop battery ≠ phone battery")
        // "above" is no noun for a kind to modify.
        XCTAssertNotEqual(verdict("The point above which travellers must quarantine is 20 cases per 100,000 people").verdict, .conflict)
        // An adjective may be paraphrased ("bitter winds"): only nouns name the kind.
        XCTAssertNotEqual(verdict("Bitter, cold winds arrived on Tuesday morning").verdict, .conflict)
    }

    func testASourceNamedByTheClaimOffersItsOpeningSentences() {
        // A page named "Birmingham" is about Birmingham even where no sentence repeats a word of the claim.
        let page = Fixtures.document("---\ntitle: Birmingham\n---\nThe damage done to the city's infrastructure led to extensive redevelopment.\n", id: "birmingham")
        let other = Fixtures.document("---\ntitle: Leeds\n---\nThe damage done to the city's roads was repaired.\n", id: "leeds")
        let matcher = ClaimMatcher(corpus: Corpus(documents: [page, other]), options: CheckOptions(verifier: .rules))
        let sources = matcher.check("Birmingham is a village").sources
        XCTAssertEqual(sources[0].explanation.candidates.first?.citations.map(\.sentence),
                       ["The damage done to the city's infrastructure led to extensive redevelopment."])
        XCTAssertEqual(sources[0].verdict, .absence, "the opening sentence says nothing of a village")
        XCTAssertEqual(sources[1].explanation.candidates.count, 0, "Leeds is not named")
        XCTAssertEqual(sources[1].reason, "absence: nothing related in this source")
    }
}

/// Words that read one way as a hedge or a name and another as what the sentence says.
final class ReadingTests: XCTestCase {
    private static let article = """
    ---
    title: Court rules against the marketplace
    ---
    Legal experts have been surprised by the ruling.
    On Thursday, California's 4th District Court of Appeal found that Amazon can be held liable.
    Democratic incumbent Marjorie Velázquez trailed her Republican challenger by 700 votes, said Bronx Republican chair Michael Rendino.
    Alaska Airlines will be a full member of the Oneworld alliance on March 31, 2021.
    """

    private func check(_ claim: String) -> SourceVerdict {
        Fixtures.rulesVerdict(claim, article: Self.article, id: "court")
    }

    func testAHedgeVerbWithAnObjectIsWhatHappened() {
        // "had expected the ruling" is not "the ruling", hedged: what the experts did is part of the claim.
        let expected = check("Legal experts had expected the ruling")
        XCTAssertEqual(expected.verdict, .absence, expected.reason)
        XCTAssertTrue(expected.explanation.claimReading.joined(separator: " ").contains("expected"), expected.explanation.claimReading.joined(separator: "\n"))
        // Before "to", it still hedges.
        let hedged = TextAnalyzer.analyse("Experts expected the court to rule", context: NameContext(), reference: nil)
        XCTAssertFalse(hedged.isPredicateHedge(1))
        XCTAssertEqual(hedged.hedgeKinds(), ["possibility"])
    }

    func testAHedgedClaimNeedsHedgedEvidence() {
        let appeal = check("Amazon said it would be held liable")
        Fixtures.assertVerdict(appeal, .absence, reason: "absence: no sentence states this (closest court:5 does not say “would”)")
        // "will" states a plan, which the evidence may state another way ("are to be increased").
        let plan = check("Amazon will be held liable")
        XCTAssertFalse(plan.reason.contains("does not say"), plan.reason)
        XCTAssertEqual(TextAnalyzer.analyse("Penalties will rise", context: NameContext(), reference: nil).hedgeKinds(Lexicon.hedgesBeyondPlans), [])
    }

    func testAnAdjectiveOpeningASentenceIsNoName() {
        let heavy = TextAnalyzer.analyse("Heavy rain fell on Monday.", context: NameContext(), reference: nil)
        XCTAssertEqual(heavy.entities.map(\.text), ["Monday"])
        let black = TextAnalyzer.analyse("Black said the vote passed.", context: NameContext(), reference: nil)
        XCTAssertEqual(black.entities.map(\.text), ["Black"])
    }

    func testANameBeforeANounModifiesItAndIsNoSurname() {
        // "Bronx Republican chair" does not teach "Republican" as a surname, so "the Republican incumbent" is a party's.
        let swapped = check("Marjorie Velázquez is the Republican incumbent")
        Fixtures.assertVerdict(swapped, .conflict, cites: [6], reason: "conflict: Democratic incumbent ≠ Republican incumbent")
    }

    func testBecomeIsACopula() {
        // "will become" states what "will be" does, so the date is the claim's one value to compare.
        let later = check("Alaska Airlines will become a full member of the Oneworld alliance on March 31, 2022")
        Fixtures.assertVerdict(later, .conflict, cites: [7])
        XCTAssertEqual(check("Alaska Airlines will become a full member of the Oneworld alliance on March 31, 2021").verdict, .agreement)
    }

    func testTheModelMayNotAgreeWithAPlanForAFact() {
        let plan = check("Alaska Airlines became a full member of the Oneworld alliance on March 31, 2021")
        XCTAssertEqual(plan.verdict, .absence, plan.reason)
        let cited = plan.explanation.candidates.first { $0.citations.map(\.line) == [7] }
        XCTAssertEqual(cited?.modelMayAgree, false, "“will be” hedges what the claim states as done")
        let same = check("Alaska Airlines will be a full member of the Oneworld alliance on March 31, 2021")
        XCTAssertEqual(same.explanation.candidates.first { $0.citations.map(\.line) == [7] }?.modelMayAgree, true, "the claim hedges as the sentence does")
    }
}

/// Standing then and now, bound to the claim's names and words.
final class StatusComparisonTests: XCTestCase {
    private static let game = """
    ---
    title: Sixers beat Celtics
    ---
    Embiid taunted former Sixers assistant coach and current Celtics assistant coach Sam Cassell after the jumper.
    Former Sixers guard Jrue Holiday did not play.
    """

    private func check(_ claim: String) -> SourceVerdict {
        Fixtures.rulesVerdict(claim, article: Self.game, id: "game")
    }

    func testNowAgainstFormerConflicts() {
        let now = check("Sam Cassell is now an assistant coach with the Sixers")
        Fixtures.assertVerdict(now, .conflict, cites: [4], reason: "conflict: former Sixers assistant coach ≠ now assistant coach")
        let former = check("Sam Cassell is a former Celtics assistant coach")
        Fixtures.assertVerdict(former, .conflict, reason: "conflict: current Celtics assistant coach Sam Cassell ≠ former assistant coach")
    }

    func testTheSameStandingOrNoneIsNoConflict() {
        XCTAssertEqual(check("Sam Cassell is now an assistant coach with the Celtics").verdict, .agreement)
        // Without a marker in the claim there is nothing to compare: "was a Sixers assistant coach" may be either.
        XCTAssertNotEqual(check("Sam Cassell was a Sixers assistant coach").verdict, .conflict)
        // Another name's standing says nothing of the claim's.
        XCTAssertNotEqual(check("Jrue Holiday is now a Celtics guard").verdict, .conflict)
    }
}

/// A claim's date read against the evidence's weekday, resolved in the article's week.
final class WeekdayDateTests: XCTestCase {
    private static let ruling = """
    ---
    title: Amazon liable for defective third-party products, appeals court rules
    published: 2020-08-14
    ---
    On Thursday, California's appeals court found that Amazon can be held liable for injury for selling defective products from third-party sellers.
    """

    func testTheDateOfTheWeekdayStatesTheClaimsDate() {
        let v = Fixtures.rulesVerdict("California's appeals court ruled on August 13, 2020 that Amazon can be held liable for defective products sold by third-party sellers",
                                      article: Self.ruling, id: "amazon")
        Fixtures.assertVerdict(v, .agreement, cites: [5])
        let other = Fixtures.rulesVerdict("California's appeals court ruled on August 11, 2020 that Amazon can be held liable for defective products sold by third-party sellers",
                                          article: Self.ruling, id: "amazon")
        XCTAssertNotEqual(other.verdict, .agreement, other.reason)
    }
}

/// Whose plan it is: the name before the verb holds it.
final class HolderComparisonTests: XCTestCase {
    private static let alliance = """
    ---
    title: Alaska Airlines sets new date for full Oneworld membership
    ---
    At the same time, American plans to begin new international service between Alaska's Seattle home and Bangalore in 2021.
    Alaska plans to add flights from Seattle to Boise in 2021.
    """

    private func check(_ claim: String) -> SourceVerdict {
        Fixtures.rulesVerdict(claim, article: Self.alliance, id: "alaska")
    }

    func testAnotherHoldersPlanStatesNothing() {
        let v = check("Alaska plans to begin new international service between Seattle and Bangalore in 2021")
        XCTAssertEqual(v.verdict, .absence, v.reason)
        XCTAssertTrue(v.reason.contains("Alaska plans: the source says American plans"), v.reason)
    }

    func testTheClaimsHolderAgrees() {
        let v = check("Alaska plans to add flights from Seattle to Boise in 2021")
        Fixtures.assertVerdict(v, .agreement, cites: [5])
    }
}

/// Reading fixed on a held-out news set (`Tests/Corpora/fresh/`): a pronoun's antecedent, a person "of" a
/// place, "appears to", an elliptical denial, a compound identity and a day written with a curly apostrophe.
final class HeldOutReadingTests: XCTestCase {
    private static let election = """
    ---
    title: Lakeside elects a new mayor
    published: 2023-11-08
    ---
    Lakeside appears to be the first city in the state to have elected a Somali American mayor.
    Amina Warsame, 31, won 61% of the vote in Tuesday’s election, defeating Tom Berg, who got 38%. She has served on the council since she was elected at age 27 in 2019.
    Hodan Ali of Riverton was the first Somali American mayor in the state, but she was chosen by the council in 2021, not elected by voters.
    """

    private func check(_ claim: String) -> SourceVerdict {
        Fixtures.rulesVerdict(claim, article: Self.election, id: "lakeside")
    }

    func testTheNextSentencesPronounIsThisOnesSubject() {
        // "She" is Warsame, the subject, not Berg, the last person named: her age in 2019 is stated.
        let v = check("Warsame was elected to the council in 2019, when she was 27")
        XCTAssertNotEqual(v.verdict, .conflict, v.reason)
        XCTAssertTrue(v.explanation.candidates.contains { c in c.notes.contains("name: Warsame = she → Amina Warsame ✓") }, "\(v.explanation.candidates.map(\.notes))")
    }

    func testTheSameDayWithAnotherApostropheIsNoConflict() {
        let v = check("Amina Warsame won 61% of the vote in Tuesday's election")
        Fixtures.assertVerdict(v, .agreement, cites: [6])
    }

    func testAppearsToHedges() {
        let v = check("Lakeside became the first city in the state to elect a Somali American mayor")
        XCTAssertEqual(v.verdict, .absence, v.reason)
        XCTAssertTrue(v.reason.contains("only hedged"), v.reason)
    }

    func testAnEllipticalDenialDeniesTheSentencesSubject() {
        let v = check("Hodan Ali was elected mayor by voters")
        Fixtures.assertVerdict(v, .conflict, cites: [7])
    }

    func testAPersonOfAPlaceIsAPersonAndHerFactIsNotAnothers() {
        // "Hodan Ali of Riverton" is a person, so the sentence's "she" is hers, not Warsame's.
        XCTAssertNotEqual(check("Amina Warsame was the first Somali American mayor in the state").verdict, .agreement)
        // A compound identity stacks with another: "Muslim mayor" is no rival to "Somali American mayor".
        XCTAssertNotEqual(check("Hodan Ali was the first Muslim mayor in the state").verdict, .conflict)
    }
}

/// "Only hedged" is said of a sentence that would state the claim but for its hedge, figures included.
final class HedgeReasonTests: XCTestCase {
    func testAHedgedSentenceWithoutTheClaimsFigureIsNotWhatHedgesIt() {
        let article = """
        ---
        title: Alaska Airlines sets new date for full Oneworld membership
        ---
        Alaska Airlines will be a full member of the Oneworld alliance on March 31, 2021.
        """
        let v = Fixtures.rulesVerdict("Alaska Airlines is a member of the Oneworld alliance, which has 13 member airlines", article: article, id: "alaska")
        XCTAssertEqual(v.verdict, .absence, v.reason)
        XCTAssertFalse(v.reason.contains("only hedged"), v.reason)
        XCTAssertTrue(v.reason.contains("does not give 13 member airlines"), v.reason)
        // Without a figure of its own, the claim is what the sentence hedges.
        let plain = Fixtures.rulesVerdict("Alaska Airlines is a full member of the Oneworld alliance on March 31, 2021", article: article, id: "alaska")
        XCTAssertTrue(plain.reason.contains("only hedged"), plain.reason)
    }
}

/// "X rather than Y" denies Y as "X, not Y" does: a claim and a source that both deny it agree.
final class ContrastTests: XCTestCase {
    func testRatherThanDeniesAsNotDoes() {
        let article = """
        ---
        title: Riverton's mayor
        ---
        Hodan Ali became mayor of Riverton in 2021, chosen by the city council, not elected by voters.
        """
        let alike = Fixtures.rulesVerdict("Hodan Ali became mayor of Riverton in 2021, chosen by the city council rather than by voters", article: article, id: "riverton")
        Fixtures.assertVerdict(alike, .agreement, cites: [4])
        let opposite = Fixtures.rulesVerdict("Hodan Ali became mayor of Riverton in 2021, elected by voters", article: article, id: "riverton")
        XCTAssertEqual(opposite.verdict, .conflict, opposite.reason)
    }
}

/// What the rules read of courts is theirs to compare: the model may not agree with a sentence that lacks the
/// claim's event, and concurrent terms are not consecutive ones.
final class CourtEventTests: XCTestCase {
    private static let ruling = """
    ---
    title: Fitter jailed over tenant's death
    ---
    Judge Ford sentenced Hartley to three years for manslaughter and one year for breaching gas safety rules, to run concurrently.
    """

    func testTheModelMayNotAgreeWithoutTheClaimsEvent() {
        let v = Fixtures.rulesVerdict("Hartley pleaded guilty to breaching gas safety rules", article: Self.ruling, id: "fitter")
        let candidate = v.explanation.candidates.first { $0.citations.map(\.line) == [4] }
        XCTAssertEqual(candidate?.modelMayAgree, false, "a sentencing says nothing of a plea")
        let sentenced = Fixtures.rulesVerdict("Hartley was sentenced for breaching gas safety rules", article: Self.ruling, id: "fitter")
        XCTAssertEqual(sentenced.explanation.candidates.first { $0.citations.map(\.line) == [4] }?.modelMayAgree, true)
    }

    func testConcurrentIsNotConsecutive() {
        let v = Fixtures.rulesVerdict("Judge Ford sentenced Hartley to three years for manslaughter and one year for breaching gas safety rules, to run consecutively",
                                      article: Self.ruling, id: "fitter")
        Fixtures.assertVerdict(v, .conflict, cites: [4])
    }
}

/// A swapped modifier conflicts only in a sentence that states the claim's event.
final class ModifierEventTests: XCTestCase {
    func testAnotherNamesNounWithoutTheClaimsEventIsNoConflict() {
        let article = """
        ---
        title: Former officer sentenced for spying
        ---
        A former CIA officer was sentenced for spying for China in a case considered part of an alarming trend in the United States intelligence community.
        The prosecution alleged that Mallory intended to turn over information about human assets.
        """
        let v = Fixtures.rulesVerdict("Chinese intelligence paid Mallory $25,000", article: article, id: "spy")
        XCTAssertNotEqual(v.verdict, .conflict, v.reason)
        XCTAssertFalse(v.reason.contains("United States intelligence"), v.reason)
    }
}
