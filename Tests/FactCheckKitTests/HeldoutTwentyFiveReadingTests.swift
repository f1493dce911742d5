import XCTest
@testable import FactCheckKit

/// Readings from heldout25 and session 31: an office held no longer, offices of two words or joined by "and", what a
/// claim says someone said, a quotation attributed at its end, a way told the other way round, a particle of
/// direction, a perfect tense against a forecast, "no fewer than", a figure conflict outweighed by the claim's own
/// sentence, and the "-ing" of a pack's verbs.
final class HeldoutTwentyFiveReadingTests: XCTestCase {
    private let page = "---\ntitle: Local news\npublished: 2023-05-10\n---\n"

    override func setUpWithError() throws {
        guard WordNet.shared.isAvailable else { throw XCTSkip("wordnet-base is not installed; `make test` installs it") }
    }

    func testAnOfficeHeldNoLongerDoesNotStateTheClaimsTitle() {
        let rally = page + "Former governor Lisa Grant, now a senator, spoke at the rally on Saturday.\n"
        let v = { (claim: String, article: String) in Fixtures.rulesVerdict(claim, article: article, id: "r") }
        XCTAssertEqual(v("Governor Lisa Grant spoke at the rally.", rally).verdict, .absence)
        XCTAssertTrue(v("Governor Lisa Grant spoke at the rally.", rally).reason.contains("Former governor"))
        Fixtures.assertVerdict(v("Lisa Grant spoke at the rally.", rally), .agreement, cites: [5])
        Fixtures.assertVerdict(v("Senator Lisa Grant spoke at the rally.", rally), .agreement, cites: [5])
        let sheriff = page + "Hal Brooks, a former sheriff and current county commissioner, opposed the jail plan.\n"
        XCTAssertEqual(v("Sheriff Hal Brooks opposed the jail plan.", sheriff).verdict, .absence)
        Fixtures.assertVerdict(v("County commissioner Hal Brooks opposed the jail plan.", sheriff), .agreement, cites: [5])
        // Another office and none of the claim's states no claim title either.
        let board = page + "School board member Priya Nair proposed a later start time for high schools.\n"
        XCTAssertEqual(v("Superintendent Priya Nair proposed a later start time for high schools.", board).verdict, .absence)
        Fixtures.assertVerdict(v("Board member Priya Nair proposed a later start time for high schools.", board), .agreement, cites: [5])
        // A current office of the claim's beside a former other stands.
        let mayor = page + "Mayor Marty Small, a former city council member, said the boardwalk would be rebuilt.\n"
        Fixtures.assertVerdict(v("Mayor Marty Small said the boardwalk would be rebuilt.", mayor), .agreement, cites: [5])
        XCTAssertEqual(v("Council member Marty Small said the boardwalk would be rebuilt.", mayor).verdict, .absence)
        XCTAssertEqual(v("Governor Marty Small said the boardwalk would be rebuilt.", page + "Former mayor Marty Small said the boardwalk would be rebuilt.\n").verdict, .absence)
        XCTAssertEqual(v("Mayor Paul Dorsey led the march.", page + "Ex-mayor Paul Dorsey led the march on Sunday.\n").verdict, .absence)
    }

    func testOfficesOfTwoWordsOrJoinedByAndAreOneOffice() {
        let council = page + "Council member Ana Ruiz proposed the rent freeze on Monday.\n"
        let v = { (claim: String, article: String) in Fixtures.rulesVerdict(claim, article: article, id: "c") }
        Fixtures.assertVerdict(v("Mayor Ana Ruiz proposed the rent freeze.", council), .conflict, cites: [5])
        Fixtures.assertVerdict(v("Council member Ana Ruiz proposed the rent freeze.", council), .agreement, cites: [5])
        let minister = page + "The tunnel was opened on Friday by Environment and Transport Minister Moritz Leuenberger.\n"
        Fixtures.assertVerdict(v("The tunnel was opened by Finance Minister Moritz Leuenberger.", minister), .conflict, cites: [5])
        Fixtures.assertVerdict(v("The tunnel was opened by Transport Minister Moritz Leuenberger.", minister), .agreement, cites: [5])
        let attorney = page + "Attorney General Mia Cho filed a lawsuit against the pharmacy chain on Monday.\n"
        Fixtures.assertVerdict(v("Governor Mia Cho filed a lawsuit against the pharmacy chain.", attorney), .conflict, cites: [5])
        Fixtures.assertVerdict(v("Attorney General Mia Cho filed a lawsuit against the pharmacy chain.", attorney), .agreement, cites: [5])
        // Written with a hyphen, after the name, it is the same office.
        let hyphen = page + "\"This case is serious,\" John Demers, Assistant Attorney-General, said on Friday.\n"
        Fixtures.assertVerdict(v("John Demers is an Assistant Attorney General.", hyphen), .agreement, cites: [5])
        // A sentence that gives the claim's office as well may give both.
        let both = page + "Council member Ana Ruiz, who is also deputy mayor, voted against the budget on Tuesday.\n"
        Fixtures.assertVerdict(v("Deputy mayor Ana Ruiz voted against the budget.", both), .agreement, cites: [5])
        // Another person's title is not the claim person's second office.
        let other = page + "Council member Ana Ruiz criticised Mayor Tom Bell over the budget on Tuesday.\n"
        Fixtures.assertVerdict(v("Mayor Ana Ruiz criticised Tom Bell over the budget.", other), .conflict, cites: [5])
    }

    func testWhatAClaimSaysSomeoneSaidIsInASentenceThatNamesThem() {
        let theatre = page + "\"We are ready for audiences again,\" said artistic director Ana Ruiz.\n\n\"Hamlet\" opens the season on May 4, followed by a new musical.\n"
        let v = { (claim: String) in Fixtures.rulesVerdict(claim, article: theatre, id: "t") }
        XCTAssertEqual(v("Ruiz said Hamlet opens the season on May 4.").verdict, .absence)
        Fixtures.assertVerdict(v("Hamlet opens the season on May 4."), .agreement, cites: [7])
    }

    func testAQuotationAttributedAtItsEndIsTheSpeakersFromItsStart() {
        let tunnel = page + "“Together we risked a lot. Together we achieved a lot, because the mountain is large,” said Swiss Environment and Transport Minister Moritz Leuenberger.\n\nWorkers cheered in the tunnel.\n"
        let v = { (claim: String) in Fixtures.rulesVerdict(claim, article: tunnel, id: "g") }
        Fixtures.assertVerdict(v("Leuenberger said that together they had risked a lot."), .agreement, cites: [5])
        // The reporter's own paragraph after it is nobody's quotation.
        let sentences = DocumentAnalyzer.analyse(Fixtures.document(tunnel, id: "g"), context: NameContext())
        XCTAssertTrue(sentences.first { $0.text.contains("risked") }?.entities.contains { $0.key == "p:leuenberger" } ?? false)
        XCTAssertFalse(sentences.first { $0.text.contains("cheered") }?.entities.contains { $0.key == "p:leuenberger" } ?? true)
        // A person right before the verb is the speaker, not the one named after it.
        let byrne = page + "“We will appeal. The ruling is wrong,” Tom Byrne said Ana Ruiz had told him.\n"
        let read = DocumentAnalyzer.analyse(Fixtures.document(byrne, id: "b"), context: NameContext())
        XCTAssertTrue(read.first?.entities.contains { $0.key == "p:byrne" && $0.resolvedFrom != nil } ?? false, "\(read.first?.entities.map(\.key) ?? [])")
        // "said that …, and …": the second verb is the reported clause's, so the part keeps its report and its subject.
        XCTAssertEqual(ClaimSplitter.parts("Leuenberger said that together they had risked a lot and achieved a lot."),
                       ["Leuenberger said that together they had risked a lot", "Leuenberger said that together they had achieved a lot."])
        // A right side with its own auxiliary does not take the left's.
        XCTAssertEqual(ClaimSplitter.parts("The nurses said that they were understaffed and would strike on Monday."),
                       ["The nurses said that they were understaffed", "The nurses said that they would strike on Monday."])
    }

    func testAWayToldTheOtherWayRoundIsNotTheClaimsWay() {
        let v = { (claim: String, article: String) in Fixtures.rulesVerdict(claim, article: article, id: "w") }
        let bus = page + "The new bus route runs from the harbour to the castle every 20 minutes.\n"
        XCTAssertEqual(v("The new bus route runs from the castle to the harbour every 20 minutes.", bus).verdict, .absence)
        Fixtures.assertVerdict(v("The new bus route runs from the harbour to the castle every 20 minutes.", bus), .agreement, cites: [5])
        let train = page + "The overnight train service runs from Paris to Rome three times a week.\n"
        XCTAssertEqual(v("The overnight train service runs from Rome to Paris three times a week.", train).verdict, .absence)
        // A journey made is still contradicted the other way round.
        let trip = page + "The delegation traveled from Paris to Rome on Monday.\n"
        Fixtures.assertVerdict(v("The delegation traveled from Rome to Paris on Monday.", trip), .conflict, cites: [5])
    }

    func testAParticleOfDirectionTheOtherWayConflicts() {
        let risk = page + "Bloomberg added that over the last decade the risk for serious injury when biking has gone down about 75 percent.\n"
        let v = { (claim: String) in Fixtures.rulesVerdict(claim, article: risk, id: "b") }
        let up = v("Bloomberg said the risk of serious injury while biking has gone up about 75 percent over the last decade.")
        Fixtures.assertVerdict(up, .conflict, cites: [5])
        XCTAssertTrue(up.reason.contains("gone down"), up.reason)
        XCTAssertNotEqual(v("Bloomberg said the risk of serious injury while biking has gone down about 75 percent over the last decade.").verdict, .conflict)
        // "up" and "down" after other verbs are idioms, not ways: "broke down" says nothing against "set up".
        XCTAssertTrue(ParticleComparison.directions(in: TextAnalyzer.analyseClaim("The talks broke down.", context: NameContext(), reference: nil)).isEmpty)
        // A market's close before its figure has a direction; the same verb with another particle is another act.
        let close = { (claim: String, sentence: String) in Fixtures.rulesVerdict(claim, article: self.page + sentence + "\n", id: "c") }
        Fixtures.assertVerdict(close("Shares of the bank closed down 3 percent on Friday.", "Shares of the bank closed up 3 percent on Friday."), .conflict, cites: [5])
        Fixtures.assertVerdict(close("The shop closed down in March.", "The shop closed down in March after 40 years."), .agreement, cites: [5])
        let broke = close("The bus broke up near the border on Friday.", "The bus broke down near the border on Friday.")
        XCTAssertEqual(broke.verdict, .absence)
        XCTAssertTrue(broke.reason.contains("broke down"), broke.reason)
    }

    func testAPerfectTellsOfAnActDoneThatAForecastDoesNotState() {
        let bikes = page + "She added that the bike share program will bring 170 jobs and about $36 million a year to the city.\n"
        let v = { (claim: String) in Fixtures.rulesVerdict(claim, article: bikes, id: "k") }
        XCTAssertEqual(v("The bike share program has brought 170 jobs to the city.").verdict, .absence)
        XCTAssertTrue(EvidenceComparer.isPerfect(1, in: TextAnalyzer.analyseClaim("It has already brought jobs.", context: NameContext(), reference: nil)))
        XCTAssertTrue(EvidenceComparer.isPerfect(1, in: TextAnalyzer.analyseClaim("It has brought jobs.", context: NameContext(), reference: nil)))
        XCTAssertFalse(EvidenceComparer.isPerfect(2, in: TextAnalyzer.analyseClaim("The stadium has 60,000 seats.", context: NameContext(), reference: nil)))
        // A plan or a forecast over the figure states no act done either; a cause's "due to" is no plan.
        let plan = { (claim: String, sentence: String) in Fixtures.rulesVerdict(claim, article: self.page + sentence + "\n", id: "p") }
        XCTAssertEqual(plan("The new law has cut emissions by 8 percent.", "The new law is projected to cut emissions by 8 percent.").verdict, .absence)
        XCTAssertEqual(plan("The bypass has cut journey times by 15 minutes.", "The bypass will cut journey times by 15 minutes when it opens in 2026.").verdict, .absence)
        Fixtures.assertVerdict(plan("The law has cut emissions by 8 percent.", "The law cut emissions by 8 percent last year."), .agreement, cites: [5])
        Fixtures.assertVerdict(plan("Sales fell 8 percent.", "Due to the storm, sales fell 8 percent."), .agreement, cites: [5])
    }

    func testNoFewerThanIsAtLeast() {
        let q = QuantityParser.parse(Tokenizer.tokenize("affecting no fewer than 9 million people"))
        XCTAssertEqual(q.first?.low ?? 0, 9_000_000, accuracy: 1)
        XCTAssertEqual(q.first?.high, .infinity)
        let most = QuantityParser.parse(Tokenizer.tokenize("not more than 40 buses"))
        XCTAssertEqual(most.first?.high ?? 0, 40, accuracy: 0.001)
        XCTAssertEqual(most.first?.low, 0)
        // The bound's "not" denies nothing.
        let meeting = page + "Not more than 40 people attended the public meeting on Thursday.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Fewer than 50 people attended the public meeting.", article: meeting, id: "m"), .agreement, cites: [5])
    }

    func testAFigureConflictIsOutweighedByTheClaimsOwnSentence() {
        let reef = page + """
        Hughes has assessed bleaching levels on 682 reefs from a spotter plane flying at about 150m.

        He said surveys this week had found bleaching comparable to 2017, when about 22 percent of coral along the reef's 2300km died.
        """
        let v = Fixtures.rulesVerdict("From a spotter plane flying at around 150 metres, Hughes has assessed bleaching on 682 reefs.", article: reef, id: "f")
        XCTAssertEqual(v.verdict, .absence, v.reason)
        // Where no sentence states the claim's figures, the other figure still conflicts.
        let only = page + "He said about 22 percent of coral along the reef's 2300km died in 2017, Hughes said.\n"
        XCTAssertEqual(Fixtures.rulesVerdict("Hughes said coral along the reef's 1500km died in 2017.", article: only, id: "o").verdict, .conflict)
        // A closer sentence that gives the claim's other half only outweighs nothing.
        let hospital = page + "The hospital has 320 beds.\n\nIt employs 2,400 staff.\n"
        Fixtures.assertVerdict(Fixtures.rulesVerdict("The hospital has 320 beds and employs 1,800 staff.", article: hospital, id: "h"), .conflict, cites: [7])
    }

    func testAPacksVerbListedWithItsPastHasItsIngForm() {
        XCTAssertEqual(Lexicon.triggers["handing"]?.0, Lexicon.triggers["handed"]?.0)
        XCTAssertEqual(Lexicon.presentParticiple(of: "provide", in: ["provide", "provided"]), "providing")
        XCTAssertNil(Lexicon.presentParticiple(of: "give", in: ["give", "gave", "given"]))
        XCTAssertEqual(Lexicon.presentParticiple(of: "transmit", in: ["transmit", "transmitted"]), "transmitting")
        XCTAssertNil(Lexicon.presentParticiple(of: "leak", in: ["leak"]))
        let abdication = page + "Queen Beatrix abdicated on Tuesday, handing over to her eldest son Willem-Alexander.\n"
        let handing = DocumentAnalyzer.analyse(Fixtures.document(abdication, id: "a"), context: NameContext())
        XCTAssertEqual(handing.first?.events.map(\.word), ["handing"])
        Fixtures.assertVerdict(Fixtures.rulesVerdict("Beatrix handed over to her eldest son Willem-Alexander on Tuesday.", article: abdication, id: "a"), .agreement, cites: [5])
    }
}
