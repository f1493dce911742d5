import Foundation

/// Where places lie, as WordNet knows them: a name is a place when one of its senses is an instance of a location
/// or a landmass ("Houston" is a city, "Africa" a continent), and one place lies inside another when WordNet's
/// part-of pointers lead from one to the other ("Houston" → Texas → United States). So "in Pasadena, Calif." is
/// elsewhere than a claim's "in Houston", while "in Brooklyn" is in New York. Names WordNet lacks (most towns,
/// every street) are unknown, never apart.
final class PlaceGazetteer: @unchecked Sendable {
    /// How two places stand to each other.
    enum Relation: Equatable {
        /// One of their senses is the same place ("New York" and "New York City").
        case same
        /// The first lies inside the second.
        case inside
        /// The second lies inside the first.
        case contains
        /// One lies in the other only in some of their senses ("Seattle" and "Washington", the state and not the
        /// capital): neither stated nor another place.
        case related
        /// Both are places and neither lies inside the other in any of their senses.
        case apart
    }

    static let shared = PlaceGazetteer(wordNet: .shared)

    private let wordNet: WordNet
    private var placeMemo: [String: [Int]] = [:]
    private var classMemo: [Int: Bool] = [:]
    private var ancestorMemo: [Int: Set<Int>] = [:]
    private let lock = NSLock()

    init(wordNet: WordNet) { self.wordNet = wordNet }

    /// WordNet's "location" and "land, dry land" (a continent or an island is land, not a location).
    private static let placeRoots: Set<Int> = [27167, 9_334_396]

    /// How `a` stands to `b` (names as written, each with the region written after it, if any), or nil when either is no
    /// place WordNet knows. Inside means every sense of the one lies in the other's most frequent sense: "Houston" lies
    /// in Texas, but "Paris" (France's or Texas's) does not lie in France, nor "Kansas City" in Kansas; "Haiti" is first
    /// the country, not the island of Hispaniola that the Dominican Republic lies on.
    func relation(of a: String, in regionA: String? = nil, to b: String, in regionB: String? = nil) -> Relation? {
        guard let first = placed(a, in: regionA), let second = placed(b, in: regionB),
              let firstMain = first.first, let secondMain = second.first else { return nil }
        if !Set(first).isDisjoint(with: second) { return .same }
        if first.allSatisfy({ ancestors($0).contains(secondMain) }) { return .inside }
        if second.allSatisfy({ ancestors($0).contains(firstMain) }) { return .contains }
        let related = first.contains { !ancestors($0).isDisjoint(with: second) } || second.contains { !ancestors($0).isDisjoint(with: first) }
        return related ? .related : .apart
    }

    /// The region written after a name ("Texas" in "Paris, Texas", "Calif." in "Pasadena, Calif."), if any.
    static func region(after e: EntityMention, in a: TextAnalysis) -> String? {
        let i = e.tokenRange.upperBound
        guard i + 1 < a.tokens.count, a.tokens[i].text == "," else { return nil }
        return a.entities.first { $0.tokenRange.lowerBound == i + 1 }?.text
    }

    /// The senses a name has where its region says: those inside the region ("Paris, Texas"); the region itself when
    /// none is (WordNet's one London is England's, so "London, Ontario" is somewhere in Ontario); nil when the region
    /// is no place WordNet knows and the name has several ("Athens, Ga.").
    private func placed(_ name: String, in region: String?) -> [Int]? {
        let own = senses(name)
        guard let region, !own.isEmpty else { return own.isEmpty ? nil : own }
        guard let r = senses(region).first else { return own.count == 1 ? own : nil }
        let inside = own.filter { ancestors($0).contains(r) }
        return inside.isEmpty ? [r] : inside
    }

    /// Whether WordNet knows the name as a place.
    func isPlace(_ name: String) -> Bool { !senses(name).isEmpty }

    /// The senses of a name that are places.
    private func senses(_ name: String) -> [Int] {
        var key = name.lowercased()
        if key.hasPrefix("the ") { key.removeFirst(4) }
        key = key.replacingOccurrences(of: " ", with: "_")
        lock.lock()
        if let hit = placeMemo[key] { lock.unlock(); return hit }
        lock.unlock()
        let all = key.count < 2 ? [] : wordNet.nounSenses(key).filter { sense in
            wordNet.nounPointers(from: sense, "@i").contains { isPlaceClass($0) }
        }
        // Senses the name heads, where it heads any: "Haiti" is also a lesser name of Hispaniola, the island, which it
        // does not name here ("Britain" heads none of its senses, and keeps them).
        let head = key.replacingOccurrences(of: "_", with: " ")
        let headed = all.filter { wordNet.nounWords(at: $0).first == head }
        let places = headed.isEmpty ? all : headed
        lock.lock()
        if placeMemo.count < 100_000 { placeMemo[key] = places }
        lock.unlock()
        return places
    }

    /// Whether a class ("city", "American state", "continent") is a kind of place: its hypernyms reach a root.
    private func isPlaceClass(_ offset: Int) -> Bool {
        lock.lock()
        if let hit = classMemo[offset] { lock.unlock(); return hit }
        lock.unlock()
        var front = [offset], seen: Set<Int> = [], depth = 0, found = false
        // WordNet's noun hierarchy is under twenty levels deep.
        while !front.isEmpty, depth < 20 {
            if front.contains(where: Self.placeRoots.contains) { found = true; break }
            seen.formUnion(front)
            front = front.flatMap { wordNet.nounPointers(from: $0, "@") }.filter { !seen.contains($0) }
            depth += 1
        }
        lock.lock()
        classMemo[offset] = found
        lock.unlock()
        return found
    }

    /// Every place a sense lies inside, by part-of pointers (remembered: asked for every place name of every candidate
    /// sentence a claim's missing place is looked for in).
    private func ancestors(_ sense: Int) -> Set<Int> {
        lock.lock()
        if let hit = ancestorMemo[sense] { lock.unlock(); return hit }
        lock.unlock()
        var out: Set<Int> = [], front = [sense]
        for _ in 0..<12 where !front.isEmpty {
            front = front.flatMap { wordNet.nounPointers(from: $0, "#p") }.filter { out.insert($0).inserted }
        }
        lock.lock()
        if ancestorMemo.count < 100_000 { ancestorMemo[sense] = out }
        lock.unlock()
        return out
    }
}
