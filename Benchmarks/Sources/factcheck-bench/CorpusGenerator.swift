import Foundation

/// A deterministic generator of news-style articles about invented people, with the facts it wrote,
/// so the benchmark can score accuracy at scale next to speed.
struct CorpusGenerator {
    /// One claim with the verdict it must get in its own article (all other articles: absence).
    struct GeneratedClaim {
        let text: String
        let article: String
        let expected: String   // agreement | conflict | absence
    }

    /// SplitMix64: small, fast and the same on every machine.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
        mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
    }

    static let syllables = ["ka", "lo", "mer", "den", "vi", "sal", "tor", "bri", "nal", "qui", "ros", "fen", "dal", "mon", "ter", "wick", "har", "bel", "cor", "sten"]
    static let cities = ["Harwick", "Port Selby", "Dunmore", "Calloway", "Westbury", "Ravensford", "Lindqvist", "Orchard Bay", "Millbrook", "Kessington"]
    static let agencies = ["Harbor Trust Bank", "Northgate Logistics", "Quarry Energy Group", "Bluefin Capital", "Meridian Holdings", "Stonebridge Partners"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let filler = [
        "The case drew attention from local reporters and community groups.",
        "Officials declined to comment on the investigation.",
        "The hearing lasted most of the afternoon.",
        "Several witnesses described the events in detail.",
        "Court records show the matter had been pending for months.",
        "The company said it was reviewing its internal controls.",
        "Neighbours described the family as quiet and private.",
        "Lawyers for both sides met with the judge before the session.",
        "The documents were filed with the district court.",
        "A spokesperson said the agency would cooperate fully.",
    ]

    var random: Random

    init(seed: UInt64) { random = Random(state: seed) }

    mutating func name() -> (first: String, last: String) {
        func word(_ n: Int) -> String {
            var s = ""
            for _ in 0..<n { s += random.pick(Self.syllables) }
            return s.prefix(1).uppercased() + s.dropFirst()
        }
        // 20^4 surnames: enough that 10,000 people never run out of unused ones.
        return (word(2), word(4))
    }

    /// Writes `count` articles into `folder`; returns the claims with known verdicts.
    mutating func write(count: Int, to folder: String) throws -> [GeneratedClaim] {
        var claims: [GeneratedClaim] = []
        var usedSurnames: Set<String> = []
        for n in 0..<count {
            var person = name()
            while usedSurnames.contains(person.last) { person = name() }
            usedSurnames.insert(person.last)
            let id = String(format: "gen_%05d", n)
            let city = random.pick(Self.cities), payer = random.pick(Self.agencies)
            let amount = random.int(2...90) * 1000, years = random.int(2...25), sought = years + random.int(3...10)
            let year = random.int(2005...2022), month = random.int(1...12), day = random.int(1...28)
            let age = random.int(25...70)
            var lines: [String] = [
                "\(person.first) \(person.last) sentenced in \(city) fraud case", "",
                "\(Self.months[month - 1]) \(day + 1 > 28 ? 28 : day + 1), \(year + 1)", "",
                "\(person.first) \(person.last), a \(age)-year-old accountant from \(city), was arrested on \(Self.months[month - 1]) \(day), \(year).",
                "\(person.last) was paid $\(amount.formatted(.number.grouping(.automatic))) by \(payer) for false invoices, prosecutors said.", "",
                "Advertisement", "",
                "Prosecutors had sought a \(sought)-year sentence.",
                "\(person.last) was sentenced to \(years) years in prison.", "",
            ]
            for _ in 0..<20 { lines.append(random.pick(Self.filler)) }
            lines += ["", "(Image: Court file / Reuters)", "", "Follow us on Twitter or subscribe to our newsletter", "", "More Articles Like This"]
            try lines.joined(separator: "\n").write(toFile: "\(folder)/\(id).txt", atomically: false, encoding: .utf8)

            let other = random.int(1...9) * 1000 + amount + 500
            let fake = name()
            switch n % 6 {
            case 0: claims.append(.init(text: "\(person.last) was paid $\(amount)", article: id, expected: "agreement"))
            case 1: claims.append(.init(text: "\(person.last) was paid $\(other)", article: id, expected: "conflict"))
            case 2: claims.append(.init(text: "\(person.last) was arrested in \(year + 2)", article: id, expected: "conflict"))
            case 3: claims.append(.init(text: "\(person.last) paid \(payer) $\(amount)", article: id, expected: "conflict"))
            case 4: claims.append(.init(text: "\(person.last) was sentenced to \(sought) years", article: id, expected: "conflict"))
            default: claims.append(.init(text: "\(fake.first) \(fake.last) was sentenced to \(years) years in prison", article: id, expected: "absence"))
            }
        }
        return claims
    }
}
