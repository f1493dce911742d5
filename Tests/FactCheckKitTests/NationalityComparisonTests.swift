import XCTest
@testable import FactCheckKit

/// A nationality said of the subject against another said of it: a conflict, unless one lies inside the other or the
/// evidence leaves the claim's open.
final class NationalityComparisonTests: XCTestCase {
    private func verdict(_ claim: String, _ sentence: String, title: String = "Dana Quill") -> SourceVerdict {
        Fixtures.rulesVerdict(claim, article: "---\ntitle: \(title)\n---\n\(sentence)\n", id: "quill")
    }

    func testAnotherNationalityOfTheSubjectConflicts() {
        Fixtures.assertVerdict(verdict("Dana Quill is a German.", "Dana Emery Quill (born April 19, 1969) is an American actress and singer."),
                               .conflict, cites: [4], reason: "conflict: American ≠ German")
        Fixtures.assertVerdict(verdict("Tide Line is a Korean band.", "Tide Line is an American rock band from the 1980s.", title: "Tide Line"),
                               .conflict, cites: [4], reason: "conflict: American ≠ Korean")
    }

    func testANationalityInsideTheOtherOrLeftOpenIsNoConflict() {
        // A Scottish singer is a British one.
        XCTAssertNotEqual(verdict("Dana Quill is British.", "Dana Quill is a Scottish singer and songwriter.").verdict, .conflict)
        // The claim's country is named, or its nationality is elsewhere in the sentence.
        XCTAssertNotEqual(verdict("Dana Quill is Scottish.", "Dana Quill is an Italian singer from Paisley, Scotland.").verdict, .conflict)
        XCTAssertNotEqual(verdict("Dana Quill is German.", "Dana Quill is an American actress of German descent.").verdict, .conflict)
        // A nationality that is not what the subject is says nothing of it.
        XCTAssertNotEqual(verdict("Dana Quill is Canadian.", "Dana Quill starred in an American film about a French chef.").verdict, .conflict)
        XCTAssertNotEqual(verdict("Dana Quill is not Canadian.", "Dana Quill is an American actress.").verdict, .conflict)
    }

    func testSomeoneElsesNationalityOrANonExclusiveOneIsNoConflict() {
        for (claim, sentence) in [("Dana Quill is a Swiss tennis player.", "Dana Quill lost the final to Tom Reed, who is a Spanish professional tennis player."),
                                  ("Dana Quill is French.", "Dana Quill's father is Cameroonian and her mother is Algerian."),
                                  ("Dana Quill is a Canadian citizen.", "Dana Quill became an American citizen in 2002."),
                                  ("Dana Quill is a Greek yogurt company.", "Dana Quill is an American food company."),
                                  ("Dana Quill is a Scottish tennis player.", "Dana Quill is a British tennis player.")] {
            let v = verdict(claim, sentence)
            XCTAssertNotEqual(v.verdict, .conflict, "\(claim) | \(sentence): \(v.reason)")
            XCTAssertNotEqual(v.verdict, .agreement, "\(claim) | \(sentence): \(v.reason)")
        }
    }

    func testOnlyTheSameKindOfThingAndTheSubjectsOwnSentenceCount() {
        // Another noun: "a French horn player" says nothing of "a British musician".
        XCTAssertNotEqual(verdict("Dana Quill was a British musician.", "Dana Quill was a French horn player.").verdict, .conflict)
        // "She" may be anyone the text has just named.
        XCTAssertNotEqual(verdict("Dana Quill was a Chinese actor.", "She was an American teacher.").verdict, .conflict)
        // The same compound on both sides compares; a nationality listed beside another states the claim's.
        Fixtures.assertVerdict(verdict("Dana Quill is a Swiss tennis player.", "Dana Quill is a Spanish tennis player."), .conflict, cites: [4])
        Fixtures.assertVerdict(verdict("Dana Quill was a French physicist.", "Dana Quill was a Polish and naturalised-French physicist and chemist."),
                               .agreement, cites: [4])
    }

    func testANationalityDoesNotStateAPlace() {
        // "British-American" says who she is, not where she was a host.
        Fixtures.assertVerdict(verdict("Dana Quill was a game show host in the United States.",
                                       "Dana Quill (born 1932) was a British-American actor, and a game show host and panellist in Canada."),
                               .conflict, cites: [4])
        XCTAssertNotEqual(verdict("Dana Quill was born in the United States.", "Dana Quill is an American actor.").verdict, .agreement)
        // A claim's own nationality word after "in" is a language or an adjective, matched as written.
        Fixtures.assertVerdict(verdict("Dana Quill writes in English.", "Dana Quill writes in English and French."), .agreement, cites: [4])
    }
}
