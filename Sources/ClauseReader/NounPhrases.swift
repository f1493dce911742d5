/// Noun-phrase spans: a head word plus the words hanging off it inside the
/// phrase (determiners, adjectives, name parts, numbers, possessives, dates),
/// but not relative clauses, appositions or prepositional phrases, except an
/// "of" inside a capitalised name ("the Berklee School of Music").
extension ParsedSentence {
    func nounPhrase(head: Int, excluding excluded: Set<Int> = []) -> Span {
        var members: Set<Int> = [head]
        var queue = [head]
        var nameHead = nameWords(of: head)
        for w in idiom(of: head) where members.insert(w).inserted { queue.append(w) }

        // "of" inside a proper name: capitalised head, "of", capitalised object.
        if let (ofWord, object) = namedOfPhrase(after: nameHead) {
            for w in [ofWord, object] where members.insert(w).inserted { queue.append(w) }
            nameHead.formUnion([ofWord])
            nameHead.formUnion(nameWords(of: object))
        }

        while let w = queue.popLast() {
            for link in allLinks(of: w) where LinkLabel.nounPhraseMajors.contains(link.major) {
                let next = link.other(w)
                guard !words[next].isWall, !excluded.contains(next) else { continue }
                // A complementizer read as a determiner ("reported that.j-d Mallory").
                if link.major == "D", words[next].tag?.hasPrefix("j") == true { continue }
                if members.insert(next).inserted { queue.append(next) }
            }
        }
        let first = members.min()!, last = members.max()!
        let range = self.range(from: first, to: last)
        let isCoordination = Lexicon.conjunctions.contains(words[head].normalized)
        let headText: String
        if isCoordination {
            headText = text(range)
        } else {
            let inName = nameHead.filter { members.contains($0) }
            headText = text(self.range(from: inName.min()!, to: inName.max()!))
        }
        return Span(text: text(range), range: range, head: headText)
    }

    /// The head word, the parts of its multi-word name ("G": "Boston"-"Celtics")
    /// and its idiom partners.
    private func nameWords(of head: Int) -> Set<Int> {
        var name: Set<Int> = Set(idiom(of: head))
        var queue = Array(name)
        while let w = queue.popLast() {
            for link in allLinks(of: w) where link.major == "G" {
                if name.insert(link.other(w)).inserted { queue.append(link.other(w)) }
            }
        }
        return name
    }

    /// ("of", object head) when a capitalised name continues with "of" + a
    /// capitalised noun: "School of Music", "Republic of China".
    private func namedOfPhrase(after name: Set<Int>) -> (Int, Int)? {
        guard let last = name.max(), words[last].isCapitalized else { return nil }
        for link in linksRight(of: last, where: { $0.label.hasPrefix("Mf") || $0.label.hasPrefix("Mp") }) {
            let ofWord = link.right
            guard words[ofWord].normalized == "of" else { continue }
            for j in linksRight(of: ofWord, where: { LinkLabel.prepositionObjectMajors.contains($0.major) })
            where words[j.right].isCapitalized {
                return (ofWord, j.right)
            }
        }
        return nil
    }
}
