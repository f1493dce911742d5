/// Another version of the claim's named thing saying the rest of a claim only one version can be true of:
/// "Mercurial 5.3 was the first version to drop Python 2" against "Mercurial 5.2 was the first …". Read sentence
/// by sentence, so a neighbour naming the claim's own version ("Mercurial 5.2 was released …") lends it nothing.
/// Without such a word, two versions may share a fact ("Apollo 12 landed on the Moon in 1969" says nothing
/// against Apollo 11), and a version inside another is no rival ("Python 3.6" is a Python 3).
struct VersionComparison: SlotComparer {
    /// Share of the claim's other words the rival's own sentence must carry.
    static let coverage = 0.75

    /// Words that make a claim true of one thing only.
    static let uniqueness: Set<String> = ["first", "only", "last", "latest", "final", "sole", "earliest", "newest", "oldest"]

    func compare(_ input: ComparisonInput) -> Finding? {
        guard input.claim.tokens.contains(where: { Self.uniqueness.contains($0.lower) }) else { return nil }
        let told = input.claim.concepts
        guard !told.isEmpty else { return nil }
        for name in input.claimEntities where name.resolvedFrom == nil && Self.split(name.key) != nil {
            for unit in input.evidence where !unit.entities.contains(where: { $0.key == name.key }) {
                let rivals = Self.rivals(of: name, among: unit.entities)
                // Versions in a list ("dropped Python 2.4 and 2.5") are some of several: the claim's may be another.
                guard rivals.count == 1, let rival = rivals.first else { continue }
                // Another date is another event: "dropped Ruby 2.0 in April 2018" says nothing of a drop in June 2016.
                if input.claim.dates.contains(where: { cd in !unit.dates.isEmpty && !unit.dates.contains { $0.isWithin(cd) } }) { continue }
                let shared = told.filter(unit.allConcepts.contains).count
                if Double(shared) / Double(told.count) >= Self.coverage {
                    return .conflict(slot: .name, claim: name.text, evidence: rival.text)
                }
            }
        }
        return nil
    }

    /// The names among `named` that are other versions of a versioned name, neither inside the other ("3.6" lies
    /// inside "3"); none for a name without a version.
    static func rivals(of name: EntityMention, among named: [EntityMention]) -> [EntityMention] {
        guard let (base, version) = split(name.key) else { return [] }
        return named.filter { e in
            guard let (otherBase, other) = split(e.key), otherBase == base else { return false }
            return other != version && !other.hasPrefix(version + ".") && !version.hasPrefix(other + ".")
        }
    }

    /// Whether two names are versions of one thing ("Python 2.4", "Python 2.6").
    static func sameBase(_ a: EntityMention, _ b: EntityMention) -> Bool {
        guard let x = split(a.key), let y = split(b.key) else { return false }
        return x.0 == y.0
    }

    /// A versioned name's key as its base and version ("n:python 2.6" → "n:python", "2.6").
    static func split(_ key: String) -> (String, String)? {
        guard let space = key.lastIndex(of: " ") else { return nil }
        let version = String(key[key.index(after: space)...])
        guard let first = version.first, first.isNumber, version.allSatisfy({ $0.isNumber || $0 == "." }) else { return nil }
        return (String(key[..<space]), version)
    }
}
