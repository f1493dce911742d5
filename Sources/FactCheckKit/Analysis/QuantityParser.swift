import Foundation

/// A number with what it counts, as an interval so qualifiers compare as ranges.
struct Quantity: Sendable, Hashable {
    enum Kind: String, Sendable, Hashable {
        case money, amount, duration, age, percent
        /// A physical measure in a unit (`8,849 metres`, `40 tonnes`), canonical in the unit's base.
        case measure
    }

    let kind: Kind
    /// Canonical value: dollars (or other currency units), months for durations, years for ages.
    let value: Double
    /// The values the text allows: `more than 20` is (20, ∞), `about 20` is [18, 22].
    let low: Double
    let high: Double
    let currency: String?
    let text: String
    let tokenRange: Range<Int>
    /// The qualifier as written (`about`, `at least`, `maximum`), if any.
    let qualifier: String?
    /// What an amount counts (`review` in `182 reviews`, `time` in `twice`) or a measure's dimension
    /// (`length`, `mass`): amounts of different things never compare.
    var unit: String? = nil
    /// The period a rate is per (`day` in `550 patients a day`): a rate and a total never compare.
    var rate: String? = nil
    /// The whole a share is of (10 in `8 out of 10 home games`): the counted noun is the share's, not the whole's.
    var whole: Double? = nil
    /// A measure's unit as written ("mph", "km/h", "feet"): figures converted from different units are rounded
    /// differently, so "95 mph" states "153 km/h" (152.9) though the two are not exactly equal.
    var spelledUnit: String? = nil
    /// What befell the people counted, as the noun that counts it ("death" for "76 people have died"): such a count
    /// also meets a count of that noun ("90 deaths").
    var outcome: String? = nil

    /// Same kind (money and a bare `25K` amount count as one) and overlapping intervals.
    func isComparable(with other: Quantity) -> Bool {
        guard rate == other.rate else { return false }
        // What is counted compares as a concept: "70 critics" counts what "70 reviews" does (a pack's synonyms).
        if kind == other.kind, kind == .amount || kind == .measure {
            let concept = { (s: String?) in s.map(Thesaurus.concept) }
            return unit == other.unit || concept(unit) == concept(other.unit)
                || outcome != nil && concept(outcome) == concept(other.unit) || other.outcome != nil && concept(other.outcome) == concept(unit)
        }
        if kind == other.kind { return kind != .money || currency == nil || other.currency == nil || currency == other.currency }
        let pair: Set<Kind> = [kind, other.kind]
        // "25K" is money when the other side says dollars; "182 reviews" is not.
        return pair == [.money, .amount] && unit == nil && other.unit == nil
    }

    /// Relative gaps for figures in different units: within the first a figure states the other's ("2 inches", "5 cm");
    /// beyond the second they conflict; between ("3 miles", "5 km"), a writer's rounding may explain it either way.
    static let convertedStates = 0.02, convertedConflicts = 0.05

    /// For exact measures written in different units, the relative gap between them.
    private func convertedGap(_ other: Quantity) -> Double? {
        // (With one qualifier on both sides: "up to 100 km/h" is "up to 62 mph".)
        guard kind == .measure, other.kind == .measure, let a = spelledUnit, let b = other.spelledUnit, a != b,
              qualifier == other.qualifier, qualifier == nil ? low == high && other.low == other.high : true, value != 0 else { return nil }
        return Swift.abs(value - other.value) / Swift.max(Swift.abs(value), Swift.abs(other.value))
    }

    func agrees(with other: Quantity) -> Bool {
        if let gap = convertedGap(other) { return gap <= Self.convertedConflicts }
        // A rounded figure is read as written against an open bound, as `isWithin` reads it: "£16 million" is no "more
        // than £16.2 million".
        if other.isRounded, qualifier != nil, !isThreshold, low == 0 || high == .infinity { return other.isWithin(self) }
        if isThreshold, other.isThreshold { return Self.same(low, other.low) && Self.same(high, other.high) }
        if isCeiling, other.isCeiling { return Self.same(high, other.high) }
        return low <= Self.widened(other.high) && other.low <= Self.widened(high)
    }

    /// Qualifiers that give an estimate's top ("involving up to 200 students"): two of them name the same figure
    /// or different ones, so "up to 200" neither states nor allows "up to 2,000".
    static let ceilings: Set<String> = ["up to", "as many as", "as much as", "as high as", "a maximum of", "maximum"]

    var isCeiling: Bool { qualifier.map(Self.ceilings.contains) ?? false }

    /// A plain figure with a scale word that spans its rounding ("4.1 billion" covers 4.05–4.15 billion).
    var isRounded: Bool { qualifier == nil && low < value && value < high }

    /// The same figure over other bounds and words, still counting what it counts, per what it is per.
    func spanning(low: Double, high: Double, text: String, tokenRange: Range<Int>, qualifier: String?) -> Quantity {
        var q = Quantity(kind: kind, value: value, low: low, high: high, currency: currency, text: text, tokenRange: tokenRange, qualifier: qualifier)
        (q.unit, q.rate, q.whole, q.spelledUnit, q.outcome) = (unit, rate, whole, spelledUnit, outcome)
        return q
    }

    /// A bound written after the figure ("drivers 70 or older", "firms with 50 employees or more") most often draws
    /// a line rather than estimating an amount: it states only the same line ("75 or older" is no "70 or older", and
    /// "8 percent or less" no "at least 8 percent").
    var isThreshold: Bool { qualifier?.hasPrefix("or ") ?? false }

    /// Whether this is a plain figure (no top) equal to a claim's top: "closing down 8%" beside "as much as 8%".
    func isPlainFigure(at top: Double) -> Bool {
        !isCeiling && Swift.abs(value - top) <= 1e-6 * max(1, top)
    }

    private static func same(_ a: Double, _ b: Double) -> Bool {
        // (An open bound is the same only as another: the relative slack of infinity is infinite.)
        a == b || a.isFinite && b.isFinite && Swift.abs(a - b) <= 1e-6 * max(Swift.abs(a), Swift.abs(b))
    }

    /// A bound moved outward by a rounding slack, whatever its sign ("minus 6.6 degrees" is within itself).
    private static func widened(_ bound: Double, down: Bool = false) -> Double {
        let slack = 1e-6 * Swift.abs(bound)
        return down ? bound - slack : bound + slack
    }

    /// Whether this (evidence) value says at least as much as `claim`: `20 years` is within `more than 10 years`,
    /// but `up to life` is not within `10 years` — it allows it without stating it.
    func isWithin(_ claim: Quantity) -> Bool {
        if let gap = convertedGap(claim) { return gap <= Self.convertedStates }
        if isThreshold || claim.isThreshold { return Self.same(low, claim.low) && Self.same(high, claim.high) }
        if isCeiling, claim.isCeiling { return Self.same(high, claim.high) }
        // "as much as 8Tb" names a top: a figure under it ("achieves 1.14Tb") allows the claim but does not state it.
        // ("Up to" also bounds: "$25,000" states "up to $30,000".)
        if claim.isCeiling, claim.qualifier != "up to", !Self.same(high, claim.high) { return false }
        // A rounded figure is read as written against a claim's open bound: "£16 million" is "less than £16.5 million",
        // though the pounds it rounds may reach 16.5 million.
        if isRounded, claim.qualifier != nil, claim.low == 0 || claim.high == .infinity {
            return value >= Self.widened(claim.low, down: true) && value <= Self.widened(claim.high)
        }
        return low >= Self.widened(claim.low, down: true) && high <= Self.widened(claim.high)
    }

    /// `$25,000`, `20 years`, `life` — for reasons.
    var display: String { text }

    /// Whether this is a share whose whole the claim's figure allows ("8 out of 10 home games" against "10 home games").
    func isShare(ofWholeWithin claim: Quantity) -> Bool {
        whole.map { claim.low <= $0 && $0 <= claim.high } ?? false
    }

    /// What a part of a total counts ("case" for `14 new cases`, `10 other cases`, "of which 17 cases"), nil for a total.
    var partOf: String? {
        guard let unit, let space = unit.firstIndex(of: " "), QuantityParser.partMarks.contains(String(unit[..<space])) else { return nil }
        return String(unit[unit.index(after: space)...])
    }
}

/// Finds money, durations, ages and percentages: `$25,000` = `US$25,000` = `$25,000USD` = `25K`,
/// `20 years` = `20-year` = `two decades`, `60-year-old` = `aged 60`, `life in prison`.
enum QuantityParser {
    static let numberWords: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1, "dozen": 12,
    ]
    static let scales: [String: Double] = [
        "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
    ]
    static let currencyWords: [String: String] = [
        "dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR",
        "pound": "GBP", "pounds": "GBP", "gbp": "GBP", "yuan": "CNY", "rmb": "CNY", "cny": "CNY",
    ]
    /// Words before a number of pounds that make them a weight.
    static let weighingWords: Set<String> = ["weigh", "weighs", "weighed", "weighing", "weight", "lost", "lose", "loses", "gained", "gain", "gains", "heavy", "heavier", "lighter"]
    /// Whether the unit word at `unit` is pounds of weight: "weighs 7,600 pounds", "lost 20 pounds".
    static func weighs(_ tokens: [Token], _ unit: Int, before i: Int) -> Bool {
        ["pound", "pounds"].contains(tokens[unit].lower) && (max(0, i - 3)..<i).contains { weighingWords.contains(tokens[$0].lower) }
    }
    /// Hundredths of a currency, by their currency.
    static let subunitWords: [String: String] = ["cent": "USD", "cents": "USD", "pence": "GBP"]
    static let currencySymbols: [String: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY"]
    /// Months per unit, so `two decades` and `20 years` compare equal.
    static let durationUnits: [String: Double] = [
        "year": 12, "years": 12, "yr": 12, "yrs": 12, "month": 1, "months": 1, "week": 84.0 / 365, "weeks": 84.0 / 365,
        "day": 12.0 / 365, "days": 12.0 / 365, "decade": 120, "decades": 120,
    ]
    static let lifeValue = 1200.0 // a life term, in months: longer than any term of years
    /// Nouns a count is written onto with a hyphen ("a two-story building" has two stories).
    static let hyphenedCounts: Set<String> = ["story", "storey", "bedroom", "room", "lane", "member", "seat", "page", "floor", "car", "hole", "man", "person"]

    /// Physical units: dimension and factor to the dimension's base unit (metres, kilograms, square metres…).
    static let measureUnits: [String: (String, Double)] = [
        "metre": ("length", 1), "metres": ("length", 1), "meter": ("length", 1), "meters": ("length", 1), "m": ("length", 1),
        "kilometre": ("length", 1000), "kilometres": ("length", 1000), "kilometer": ("length", 1000), "kilometers": ("length", 1000), "km": ("length", 1000),
        "centimetre": ("length", 0.01), "centimeter": ("length", 0.01), "millimetre": ("length", 0.001), "millimeter": ("length", 0.001), "centimetres": ("length", 0.01), "centimeters": ("length", 0.01), "cm": ("length", 0.01), "millimetres": ("length", 0.001), "mm": ("length", 0.001),
        "mile": ("length", 1609.344), "miles": ("length", 1609.344), "foot": ("length", 0.3048), "feet": ("length", 0.3048), "ft": ("length", 0.3048),
        "inch": ("length", 0.0254), "inches": ("length", 0.0254), "yards": ("length", 0.9144), "yard": ("length", 0.9144),
        "kilogram": ("mass", 1), "kilograms": ("mass", 1), "kg": ("mass", 1), "gram": ("mass", 0.001), "grams": ("mass", 0.001), "g": ("mass", 0.001),
        "ounce": ("mass", 0.0283495), "ounces": ("mass", 0.0283495), "oz": ("mass", 0.0283495), "tonne": ("mass", 1000), "tonnes": ("mass", 1000), "ton": ("mass", 907.185), "tons": ("mass", 907.185), "lbs": ("mass", 0.4536), "lb": ("mass", 0.4536),
        // (A number of pounds is sterling first: a weight only where `weighs` says so, or written onto its number.)
        "pound": ("mass", 0.4536), "pounds": ("mass", 0.4536),
        "acre": ("area", 4046.86), "acres": ("area", 4046.86), "hectare": ("area", 10000), "hectares": ("area", 10000),
        "litre": ("volume", 1), "litres": ("volume", 1), "liter": ("volume", 1), "liters": ("volume", 1), "gallons": ("volume", 3.785), "gallon": ("volume", 3.785),
        "degrees": ("temperature", 1), "°c": ("temperature", 1), "°f": ("temperature-f", 1), "celsius": ("temperature", 1), "fahrenheit": ("temperature-f", 1),
        "mph": ("speed", 1.609344), "km/h": ("speed", 1), "kph": ("speed", 1), "hours": ("time", 1), "hour": ("time", 1), "minutes": ("time", 1.0 / 60), "minute": ("time", 1.0 / 60),
        "seconds": ("time", 1.0 / 3600), "second": ("time", 1.0 / 3600),
        "tb": ("data", 1e12), "gb": ("data", 1e9), "mb": ("data", 1e6), "kb": ("data", 1e3), "terabytes": ("data", 1e12), "gigabytes": ("data", 1e9),
        "terabyte": ("data", 1e12), "gigabyte": ("data", 1e9), "megabytes": ("data", 1e6), "petabytes": ("data", 1e15),
        "tbit": ("bits", 1e12), "gbit": ("bits", 1e9), "terabits": ("bits", 1e12), "terabit": ("bits", 1e12), "gigabits": ("bits", 1e9),
        "gigabit": ("bits", 1e9), "megabits": ("bits", 1e6), "mw": ("power", 1e6), "kw": ("power", 1e3), "gw": ("power", 1e9), "megawatts": ("power", 1e6),
        "kwh": ("energy", 1e3), "mwh": ("energy", 1e6), "gwh": ("energy", 1e9),
    ]
    /// One spelling for each unit written several ways, so only a real change of unit counts as a conversion.
    static let spelling: [String: String] = [
        "metre": "m", "metres": "m", "meter": "m", "meters": "m", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
        "mile": "mi", "miles": "mi", "foot": "ft", "feet": "ft", "inch": "in", "inches": "in", "yard": "yd", "yards": "yd",
        "kilogram": "kg", "kilograms": "kg", "gram": "g", "grams": "g", "tonne": "t", "tonnes": "t", "ton": "ton", "tons": "ton", "lbs": "lb", "pound": "lb", "pounds": "lb",
        "acre": "acre", "acres": "acre", "hectare": "ha", "hectares": "ha", "litre": "l", "litres": "l", "liter": "l", "liters": "l",
        "centimetres": "cm", "centimeters": "cm", "millimetres": "mm", "kph": "km/h",
    ]

    /// A unit word in its one spelling ("metres" → "m"), or as written.
    static func spelled(_ unit: Token) -> String { spelling[unit.lower] ?? unit.lower }

    /// Time units a length is divided by to make a speed, in hours ("per hour", "an hour", "/h", "per second").
    static let hoursPer: [String: Double] = ["hour": 1, "hr": 1, "h": 1, "minute": 1.0 / 60, "min": 1.0 / 60, "second": 1.0 / 3600, "sec": 1.0 / 3600, "s": 1.0 / 3600]

    /// Words ending in s that are not plural nouns, where a counted noun's phrase stops.
    static let notPlurals: Set<String> = ["across", "towards", "afterwards", "always", "perhaps", "besides", "whereas", "unless", "plus", "thus",
                                          "versus", "nevertheless", "overseas", "outdoors", "indoors", "upstairs", "downstairs", "sometimes", "nowadays"]
    /// Suffixes of a digit ordinal ("4th", "2nd"), which name a place in order, not a count.
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]
    /// "twice", "three times": how often.
    static let multiplicatives: [String: Double] = ["once": 1, "twice": 2, "thrice": 3]
    /// Words after a number that say what is counted only with a noun after them ("10 other", "5 new").
    static let countModifiers: Set<String> = [
        "other", "new", "more", "additional", "confirmed", "million", "billion", "trillion", "thousand", "of", "consecutive", "straight", "total", "different", "major", "separate", "full",
    ]

    /// Count modifiers that make a count a part of a total: an increment or the rest.
    static let partialModifiers: [String: String] = ["new": "new", "additional": "new", "more": "new", "further": "new", "other": "other"]
    /// The marks a part's unit carries: an increment, the rest, or a part named after "of which".
    static let partMarks: Set<String> = ["new", "other", "part"]

    /// Periods a figure may be per.
    static let ratePeriods: [String: String] = ["hour": "hour", "day": "day", "night": "day", "week": "week", "month": "month", "year": "year", "annum": "year"]

    static func parse(_ tokens: [Token]) -> [Quantity] {
        var out: [Quantity] = []
        var i = 0
        while i < tokens.count {
            if isCodePart(tokens, i) {
                i += 1
            } else if let time = ClockTime.written(tokens, at: i) {
                // "5 p.m.", "2:27": a time of day (ClockTime), no count.
                i = time.end
            } else if let (q, next) = decadeAge(tokens, i) ?? magnitude(tokens, i) {
                out.append(q)
                i = next
            } else if var (q, next) = match(tokens, i) {
                // "550 patients a day", "$40,000 per year": the period the figure is per.
                // ("$22 more a year": past a comparative, which stays after the figure for its direction.)
                let skip = next + 2 < tokens.count && ["more", "less", "extra"].contains(tokens[next].lower) ? 1 : 0
                // ("7.1% from 6.2% a month earlier": "a month earlier", "a year ago" date the figure; no rate.)
                let datesIt = next + skip + 2 < tokens.count && ["earlier", "ago", "before", "later", "prior", "previously"].contains(tokens[next + skip + 2].lower)
                if next + skip + 1 < tokens.count, !datesIt, ["a", "an", "per", "each", "every"].contains(tokens[next + skip].lower),
                   let period = ratePeriods[tokens[next + skip + 1].lower] {
                    q.rate = period
                    next += skip + 2
                }
                // "25.9 new cases per 100,000 people": a rate counts new cases whether it says so or not.
                if next < tokens.count, tokens[next].lower == "per", let unit = q.unit, unit.hasPrefix("new ") { q.unit = String(unit.dropFirst(4)) }
                // "a total of 2,348 cases, of which 17 cases have recovered": a part of the figure before it.
                if i >= 2, tokens[i - 2].lower == "of", ["which", "whom"].contains(tokens[i - 1].lower), let unit = q.unit, q.partOf == nil { q.unit = "part " + unit }
                out.append(q)
                i = next
            } else {
                i += 1
            }
        }
        // A score written "by 60-36 votes" is a tally (TallyComparison's to read) whose unit counts the first number, the
        // winner's: "36 votes" alone is no count of anyone's.
        return out.map { q in
            guard q.kind == .amount, q.unit != nil, let first = scoreLeader(before: q.tokenRange.lowerBound, tokens) else { return q }
            let range = (q.tokenRange.lowerBound - 2)..<q.tokenRange.upperBound
            return Quantity(kind: q.kind, value: first, low: first, high: first, currency: nil, text: text(tokens, range), tokenRange: range,
                            qualifier: nil, unit: q.unit)
        }
    }

    /// The value of a number token, commas dropped: how a score's or a tally's numbers are read.
    static func scoreNumber(_ tokens: [Token], _ k: Int) -> Double? {
        tokens[k].kind == .number ? Double(tokens[k].text.replacingOccurrences(of: ",", with: "")) : nil
    }

    /// The larger number glued on before the one at `s` with a hyphen ("60" of "60-36", so no range), if any.
    private static func scoreLeader(before s: Int, _ tokens: [Token]) -> Double? {
        guard let own = scoreNumber(tokens, s), own < 1000, s >= 2, tokens[s - 1].text == "-", !tokens[s - 1].spaceBefore, !tokens[s].spaceBefore,
              let first = scoreNumber(tokens, s - 2), first > own else { return nil }
        return first
    }

    /// Whether the number at `s`, whose counted noun ends before `e`, leads a score written with "to": "60 votes to 36",
    /// with nothing counted after the smaller number.
    static func leadsScore(number s: Int, end e: Int, _ tokens: [Token]) -> Bool {
        guard let own = scoreNumber(tokens, s), own < 1000, e + 1 < tokens.count, tokens[e].lower == "to",
              let second = scoreNumber(tokens, e + 1), second < own else { return false }
        return e + 2 == tokens.count || !tokens[e + 2].isWord || Lexicon.stopwords.contains(tokens[e + 2].lower)
    }

    /// A number joined by a hyphen to a capitalised word is part of a name or code ("COVID-19", "F-16", "MH-17"),
    /// not a figure.
    private static func isCodePart(_ tokens: [Token], _ i: Int) -> Bool {
        guard tokens[i].kind == .number, i >= 2, !tokens[i].spaceBefore, tokens[i - 1].text == "-", !tokens[i - 1].spaceBefore else { return false }
        return tokens[i - 2].isWord && tokens[i - 2].text.contains { $0.isUppercase }
    }

    private static func numberValue(_ tokens: [Token], _ i: Int) -> (Double, Int)? {
        guard i < tokens.count else { return nil }
        if let v = tokens[i].number { return (v, i + 1) }
        let w = tokens[i].lower
        // "half a billion euros" is 500 million (not "a billion"); "half a dozen" is six.
        if w == "half", i + 2 < tokens.count, ["a", "an"].contains(tokens[i + 1].lower),
           scales[tokens[i + 2].lower] != nil || tokens[i + 2].lower == "dozen" {
            return tokens[i + 2].lower == "dozen" ? (6, i + 3) : (0.5, i + 2)
        }
        guard let v = numberWords[w] else { return nil }
        // "twenty-five", and "twenty-five hundred"
        if v >= 20, v < 100, i + 2 < tokens.count, tokens[i + 1].text == "-", let u = numberWords[tokens[i + 2].lower], u < 10 {
            return i + 3 < tokens.count && tokens[i + 3].lower == "hundred" ? (hundreds(v + u, tokens, after: i + 4)) : (v + u, i + 3)
        }
        // "four hundred", "a hundred", "four hundred and fifty", "four hundred fifty": hundreds, which a scale word may
        // follow ("four hundred thousand").
        if v < 100, i + 1 < tokens.count, tokens[i + 1].lower == "hundred" {
            return hundreds(v, tokens, after: i + 2)
        }
        // "Several hundred protesters", "a few thousand": no number to compare.
        if w == "hundred" || w == "thousand", i > 0, ["several", "few", "many", "some"].contains(tokens[i - 1].lower) { return nil }
        // "six-point-six", as broadcasters write figures out: one decimal digit after "point".
        if v < 100, w != "a", w != "an", i + 4 < tokens.count, tokens[i + 1].text == "-", tokens[i + 2].lower == "point", tokens[i + 3].text == "-",
           let d = numberWords[tokens[i + 4].lower], d < 10, tokens[i + 4].lower != "a", tokens[i + 4].lower != "an" {
            return (v + d / 10, i + 5)
        }
        return (v, i + 1)
    }

    /// `n` hundred and what follows it: "and fifty", "fifty", "twenty-five" (a number word under 100).
    private static func hundreds(_ n: Double, _ tokens: [Token], after i: Int) -> (Double, Int) {
        var k = i
        if k < tokens.count, tokens[k].lower == "and" { k += 1 }
        guard k < tokens.count, tokens[k].lower != "a", tokens[k].lower != "an", let u = numberWords[tokens[k].lower], u < 100 else { return (n * 100, i) }
        if u >= 20, k + 2 < tokens.count, tokens[k + 1].text == "-", let d = numberWords[tokens[k + 2].lower], d < 10 { return (n * 100 + u + d, k + 3) }
        return (n * 100 + u, k + 1)
    }

    /// Half the last written digit's step of a figure with a scale word (`4.1 billion` → 0.05 billion); nil for exact figures.
    private static func roundingHalfStep(_ tokens: [Token], _ r: Range<Int>) -> Double? {
        guard let n = r.firstIndex(where: { tokens[$0].number != nil }),
              let scale = tokens[r].lazy.compactMap({ scales[$0.lower] }).first(where: { $0 >= 1e6 }) else { return nil }
        let digits = tokens[n].text.split(separator: ".").dropFirst().first?.count ?? 0
        return 0.5 * scale * pow(10, -Double(digits))
    }

    private static func text(_ tokens: [Token], _ r: Range<Int>) -> String {
        tokens[r].enumerated().map { ($0.offset > 0 && $0.element.spaceBefore ? " " : "") + $0.element.text }.joined()
    }

    /// Scales whose readings are written as a number beside the scale's name.
    static let readingScales: Set<String> = ["magnitude"]

    /// The scale and the tokens of a reading on it around the number at `i` ending at `end`: "magnitude 7.3",
    /// "7.3-magnitude", "7.3 magnitude".
    private static func scaleReading(_ tokens: [Token], number i: Int, end: Int) -> (String, Range<Int>)? {
        if i > 0, readingScales.contains(tokens[i - 1].lower) { return (tokens[i - 1].lower, (i - 1)..<end) }
        if end + 1 < tokens.count, tokens[end].text == "-", readingScales.contains(tokens[end + 1].lower) { return (tokens[end + 1].lower, i..<(end + 2)) }
        if end < tokens.count, readingScales.contains(tokens[end].lower) { return (tokens[end].lower, i..<(end + 1)) }
        return nil
    }

    /// A bound written after the number ("three or more cups", "$500 or less"): the two words it takes, else 0.
    private static func orBound(_ tokens: [Token], at i: Int) -> Int {
        guard i + 1 < tokens.count, tokens[i].lower == "or" else { return 0 }
        return ["more", "fewer", "less", "over", "above", "under", "below", "longer", "older", "younger"].contains(tokens[i + 1].lower) ? 2 : 0
    }

    /// Qualifier words just before `i`, as (written form, interval maker).
    private static func qualifier(_ tokens: [Token], before i: Int) -> (String, Int)? {
        let two = i >= 2 ? tokens[i - 2].lower + " " + tokens[i - 1].lower : ""
        let three = i >= 3 ? tokens[i - 3].lower + " " + two : ""
        for (phrase, n) in [(three, 3), (two, 2)] where !phrase.isEmpty {
            if ["as much as", "as high as", "a maximum of", "up to", "at least", "at most", "more than", "less than", "fewer than", "as many as", "close to", "a minimum of",
                "higher than", "greater than", "lower than", "in excess of", "upwards of", "no more than", "no less than", "no fewer than", "not more than", "not less than", "not fewer than",
                "larger than", "smaller than"].contains(phrase) {
                return (phrase, i - n)
            }
        }
        if i >= 1, ["about", "around", "approximately", "roughly", "some", "nearly", "almost", "over", "under", "above", "below", "maximum", "minimum", "just", "only", "exactly", "circa", "approx"].contains(tokens[i - 1].lower) {
            // "averaged over 10 critics", "spread over three days": the verb's preposition, no bound.
            if ["over", "under"].contains(tokens[i - 1].lower), i >= 2, spanningVerbs.contains(tokens[i - 2].lower) { return nil }
            // "won $2,462,216 over 32 games", "15 goals over 20 matches": "over" after another figure spans what follows.
            if tokens[i - 1].lower == "over", i >= 2, endsAFigure(tokens, i - 2) { return nil }
            // "averaged over 10 critics" spans the critics; "averaged over 20 points per game" bounds the average.
            if tokens[i - 1].lower == "over", i >= 2, ["averaged", "averaging"].contains(tokens[i - 2].lower), i + 1 < tokens.count,
               spannedNouns.contains(tokens[i + 1].lower) { return nil }
            return (tokens[i - 1].lower, i - 1)
        }
        // "a maximum sentence of life": the bound may sit a few words back.
        for k in stride(from: i - 2, through: max(0, i - 4), by: -1) where tokens[k].lower == "maximum" {
            return ("maximum", i)
        }
        return nil
    }

    /// Whether token `k` ends a figure: its number, its scale ("$4.1 million"), its percent, or the noun it counts ("15 goals").
    private static func endsAFigure(_ tokens: [Token], _ k: Int) -> Bool {
        let t = tokens[k]
        // (A year or a day is no figure: "By March 2021 over 30,000 people", "In 2020 over 200 companies".)
        if DateParser.isYearShaped(t) || t.kind == .number && k > 0 && DateParser.months[tokens[k - 1].lower] != nil { return false }
        if t.kind == .number || scales[t.lower] != nil || ["%", "percent", "cent"].contains(t.lower) { return true }
        return k >= 1 && tokens[k - 1].kind == .number && isPluralNoun(t)
    }

    /// Verbs after which "over" or "under" spans what follows rather than bounding it.
    static let spanningVerbs: Set<String> = ["spread", "split", "divided", "distributed", "stretched"]
    /// What an average is taken over, rather than the figure averaged.
    static let spannedNouns: Set<String> = ["critics", "reviews", "reviewers", "votes", "ratings", "days", "weeks", "months", "years", "seasons"]

    private static func interval(_ v: Double, _ q: String?) -> (Double, Double) {
        switch q {
        case "about", "around", "approximately", "roughly", "some", "close to": return (v * 0.9, v * 1.1)
        case "nearly", "almost": return (v * 0.9, v)
        case "more than", "over", "above", "higher than", "greater than", "larger than", "in excess of": return (v * (1 + 1e-5), .infinity)
        case "at least", "a minimum of", "minimum", "upwards of", "no less than", "no fewer than", "not less than", "not fewer than", "or more", "or over", "or above", "or longer", "or older": return (v, .infinity)
        case "up to", "at most", "as much as", "as high as", "a maximum of", "maximum", "as many as", "no more than", "not more than", "or fewer", "or less", "or under",
             "or below", "or younger": return (0, v)
        case "less than", "under", "fewer than", "below", "lower than", "smaller than": return (0, v * (1 - 1e-5))
        default: return (v, v)
        }
    }

    /// Decades of a life, by the word for them.
    static let decadeWords: [String: Double] = [
        "teens": 13, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90,
    ]
    /// The part of a decade "early", "mid" and "late" give, as its first and last years.
    static let decadeParts: [String: (Double, Double)] = ["early": (0, 4), "mid": (3, 7), "late": (6, 9)]

    /// "in his 50s", "in her early sixties", "in their mid-30s": an age as the decade of a life, from "in" on.
    static func decadeAge(_ tokens: [Token], _ i: Int) -> (Quantity, Int)? {
        guard i + 2 < tokens.count, tokens[i].lower == "in", ["his", "her", "their"].contains(tokens[i + 1].lower) else { return nil }
        var k = i + 2
        var part: (Double, Double) = (0, 9)
        if let p = decadeParts[tokens[k].lower] {
            part = p
            k += 1
            if k < tokens.count, tokens[k].text == "-" { k += 1 }
        }
        guard k < tokens.count else { return nil }
        let decade: Double, end: Int
        if let d = decadeWords[tokens[k].lower] {
            (decade, end) = (d, k + 1)
        } else if tokens[k].kind == .number, let v = Double(tokens[k].text), v >= 10, v <= 90, v.truncatingRemainder(dividingBy: 10) == 0,
                  k + 1 < tokens.count, !tokens[k + 1].spaceBefore, ["s", "'s", "’s", "'", "’"].contains(tokens[k + 1].lower) {
            // ("20's" is three tokens.)
            let apostrophe = ["'", "’"].contains(tokens[k + 1].text) && k + 2 < tokens.count && tokens[k + 2].lower == "s" && !tokens[k + 2].spaceBefore
            guard tokens[k + 1].lower.hasSuffix("s") || apostrophe else { return nil }
            (decade, end) = (v, k + (apostrophe ? 3 : 2))
        } else {
            return nil
        }
        // "in their 60s heyday" names an era of their lives, no age.
        if end < tokens.count, tokens[end].isWord, tokens[end].text.first?.isLowercase == true, !Lexicon.stopwords.contains(tokens[end].lower),
           WordNet.shared.isMostlyNoun(tokens[end].lower) { return nil }
        // (The teens run from 13: "early teens" is 13 to 15.)
        let low = decade + (decade == 13 ? part.0 * 0.6 : part.0), high = decade == 13 ? min(19, decade + part.1 * 0.7) : decade + part.1
        let q = Quantity(kind: .age, value: (low + high) / 2, low: low, high: high, currency: nil, text: text(tokens, i..<end), tokenRange: i..<end, qualifier: nil)
        return (q, end)
    }

    /// Plural scale words that give a count only by its order of magnitude ("thousands of").
    static let magnitudes: [String: Double] = ["dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12]
    /// Singular scale words after "a few" or "several".
    static let fewScales: [String: Double] = ["dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12]

    /// A count given by its order of magnitude: "millions of students", "tens of thousands of people", "a few hundred
    /// protesters", "several thousand homes". It spans what the words allow (thousands: from 1,000 up to a million;
    /// several thousand: 2,000 up to 10,000; a few thousand: up to 6,000), so a figure inside states it and one of another
    /// magnitude contradicts it.
    static func magnitude(_ tokens: [Token], _ i: Int) -> (Quantity, Int)? {
        let w = tokens[i].lower
        let low: Double, high: Double, end: Int
        if ["tens", "hundreds"].contains(w), i + 3 < tokens.count, tokens[i + 1].lower == "of", let s = magnitudes[tokens[i + 2].lower], s >= 1e3,
           tokens[i + 3].lower == "of" {
            // "tens of thousands of people": ten to a hundred thousand.
            let m: Double = w == "tens" ? 10 : 100
            (low, high, end) = (m * s, m * 10 * s, i + 4)
        } else if let s = magnitudes[w], i + 1 < tokens.count, tokens[i + 1].lower == "of" {
            // (Dozens are two dozen up to a dozen dozen; hundreds at least two hundred, so that the two never overlap; the
            // others reach the next scale word.)
            (low, high, end) = s == 12 ? (24, 144, i + 2) : s == 100 ? (200, 1_000, i + 2) : (s, s * 1_000, i + 2)
        } else if (w == "several" || w == "few" && i > 0 && tokens[i - 1].lower == "a"), i + 1 < tokens.count, let s = fewScales[tokens[i + 1].lower] {
            // ("A few" is fewer than "several": a few hundred is two to five hundred.)
            (low, high, end) = (2 * s, (w == "few" ? 6 : 10) * s, i + 2)
        } else if w == "pair", i > 0, tokens[i - 1].lower == "a", i + 1 < tokens.count, tokens[i + 1].lower == "of" {
            // "a pair of tiny satellites": two.
            (low, high, end) = (2, 3, i + 2)
        } else {
            return nil
        }
        // What is counted must follow: "thousands of students", not "hundreds of them".
        guard let (unit, next) = countedNoun(tokens, after: end) else { return nil }
        let start = w == "few" || w == "pair" ? i - 1 : i
        // (Counts are whole: the span stops one short of the next scale, so "tens of thousands" never touches "hundreds of thousands".)
        return (Quantity(kind: .amount, value: low, low: low, high: high - 1, currency: nil, text: text(tokens, start..<next), tokenRange: start..<next,
                         qualifier: nil, unit: unit), next)
    }

    private static func make(_ kind: Quantity.Kind, _ v: Double, _ currency: String?, _ tokens: [Token], _ r: Range<Int>) -> Quantity {
        // A bound after the number outweighs an approximation before it ("around 40 or more overs" is 40 or more).
        let before = qualifier(tokens, before: r.lowerBound)
        let q = r.lazy.filter({ orBound(tokens, at: $0) > 0 }).first.map { (tokens[$0].lower + " " + tokens[$0 + 1].lower, before?.1 ?? r.lowerBound) } ?? before
        var (lo, hi) = interval(v, q?.0)
        // "4.1 billion" is rounded: it covers 4.05–4.15 billion, so "4.12 billion" states it.
        if q == nil, let half = roundingHalfStep(tokens, r) { (lo, hi) = (v - half, v + half) }
        let start = q?.1 ?? r.lowerBound
        return Quantity(kind: kind, value: v, low: lo, high: hi, currency: currency, text: text(tokens, start..<r.upperBound),
                        tokenRange: start..<r.upperBound, qualifier: q?.0)
    }

    private static func match(_ tokens: [Token], _ i: Int) -> (Quantity, Int)? {
        if let part = share(tokens, i) { return part }
        if let range = between(tokens, i) { return range }
        guard let (q, next) = single(tokens, i) else { return nil }
        // "two or three people", "one or two votes": either, so no more than the range of the two.
        // ("three or four trillion": a bare first number shares the second's scale.)
        if i >= 2, tokens[i - 1].lower == "or", q.qualifier == nil, let (bare, _) = numberValue(tokens, i - 2), bare < q.value {
            let first = min(bare * (scaledNumber(tokens, at: i).flatMap { $0.number > 0 ? $0.scale : nil } ?? 1), q.value)
            return (q.spanning(low: min(first, q.low), high: q.high, text: text(tokens, (i - 2)..<next), tokenRange: (i - 2)..<next, qualifier: "or"), next)
        }
        // A bound after the figure's unit: "8 percent or less", "65 or older", "50 employees or more".
        let words = orBound(tokens, at: next)
        guard words > 0, q.qualifier == nil else { return (q, next) }
        let phrase = tokens[next].lower + " " + tokens[next + 1].lower
        let (lo, hi) = interval(q.value, phrase)
        let bounded = q.tokenRange.lowerBound..<(next + 2)
        return (q.spanning(low: lo, high: hi, text: text(tokens, bounded), tokenRange: bounded, qualifier: phrase), next + 2)
    }

    /// The number at `i` and the scale word right after it ("4 trillion": 4 and 1e12), when one follows: a bare number
    /// before it in a range shares that scale ("24 to 32 million", "three or four trillion").
    private static func scaledNumber(_ tokens: [Token], at i: Int) -> (number: Double, scale: Double)? {
        guard let (number, next) = numberValue(tokens, i), next < tokens.count, let scale = scales[tokens[next].lower] else { return nil }
        return (number, scale)
    }

    /// Determiners between "of" and the whole in a share ("8 of its 10 games").
    static let shareDeterminers: Set<String> = ["the", "its", "their", "his", "her", "our", "all"]

    /// `8 out of 10 home games`, `two of the three suspects`: the count is the share's, of a whole that is not itself
    /// stated of the thing (the team won 8 home games; it did not win 10). Scores ("4 out of 5 stars") are not shares,
    /// and "one of the 10 best films" ranks rather than counts.
    private static func share(_ tokens: [Token], _ i: Int) -> (Quantity, Int)? {
        guard let (part, afterPart) = numberValue(tokens, i), afterPart < tokens.count, !["a", "an"].contains(tokens[i].lower) else { return nil }
        var k = afterPart
        if k + 1 < tokens.count, tokens[k].lower == "out", tokens[k + 1].lower == "of" {
            k += 2
        } else if tokens[k].lower == "of", part >= 2 {
            k += 1
            if k < tokens.count, shareDeterminers.contains(tokens[k].lower) { k += 1 }
        } else {
            return nil
        }
        guard k < tokens.count, tokens[k].number != nil || numberWords[tokens[k].lower].map({ $0 > 1 }) == true,
              let (whole, end) = single(tokens, k), whole.kind == .amount, whole.qualifier == nil, whole.rate == nil,
              let unit = whole.unit, !scoreUnits.contains(unit), !unit.hasPrefix("score"), !unit.hasPrefix("ordinal"), whole.value > part else { return nil }
        var q = make(.amount, part, nil, tokens, i..<end)
        q.unit = unit
        q.whole = whole.value
        return (q, end)
    }

    /// `between 20 and 30 metres`, `between $20,000 and $30,000`, `two to five degrees`: one quantity whose
    /// interval spans both; the first number borrows the second's unit. Not `from 18.4 to 20.4`, a change.
    private static func between(_ tokens: [Token], _ i: Int) -> (Quantity, Int)? {
        let marked = i > 0 && tokens[i - 1].lower == "between"
        guard marked || i == 0 || !["from", "by", "between"].contains(tokens[i - 1].lower) else { return nil }
        let first = single(tokens, i)
        // Unmarked, only a bare number before "to" opens a range ("two to five degrees", not "20TB to 30TB").
        if !marked, let q = first?.0, q.unit != nil || q.kind != .amount { return nil }
        var (lowValue, afterLow) = first.map { ($0.0.value, $0.1) } ?? (currencySymbols[tokens[i].text] != nil ? numberValue(tokens, i + 1) : numberValue(tokens, i)) ?? (-1, i)
        // "24 to 32 million albums": a bare first number shares the second's scale.
        let upperStart = afterLow + 1 < tokens.count && currencySymbols[tokens[afterLow + 1].text] != nil ? afterLow + 2 : afterLow + 1
        // A first number written without a unit takes the second's.
        let bareFirst = first.map { $0.0.unit == nil } ?? true
        if bareFirst, let (upperNumber, scale) = scaledNumber(tokens, at: upperStart), lowValue <= upperNumber {
            lowValue *= scale
        }
        // "30-50 km", "3–5 years": a dash written between two numbers, the second with its unit, joins them as "to" does.
        let dashed = !marked && afterLow + 1 < tokens.count && ["-", "–"].contains(tokens[afterLow].text)
            && !tokens[afterLow].spaceBefore && !tokens[afterLow + 1].spaceBefore && tokens[afterLow + 1].kind == .number && bareFirst
        guard lowValue >= 0, afterLow < tokens.count, (marked ? ["and", "to"] : ["to"]).contains(tokens[afterLow].lower) || dashed,
              let (upper, end) = single(tokens, afterLow + 1), upper.value > lowValue else { return nil }
        if !marked, upper.unit == nil, upper.kind == .amount { return nil }
        if dashed, upper.kind != .measure, upper.kind != .duration, upper.kind != .amount { return nil }
        // A bare first number is in the second's unit: "two to five km" spans 2,000 to 5,000 metres.
        if bareFirst, upper.kind == .measure || upper.kind == .duration, !(upper.unit ?? "").contains("temperature"),
           let (raw, _) = numberValue(tokens, afterLow + 1), raw > 0, upper.value != raw {
            lowValue *= upper.value / raw
        }
        if let q = first?.0, q.kind != upper.kind { return nil }
        let start = marked ? i - 1 : i
        return (Quantity(kind: upper.kind, value: (lowValue + upper.value) / 2, low: lowValue, high: upper.value, currency: upper.currency,
                         text: text(tokens, start..<end), tokenRange: start..<end, qualifier: "between", unit: upper.unit), end)
    }

    /// A lower-case word shaped like a plural noun ("handsets", not "less", "received" or "arrived").
    /// `evenly`: a word with as many noun senses as verb senses counts too ("shares").
    static func isPluralNoun(_ t: Token, evenly: Bool = false) -> Bool {
        guard t.isWord, t.text.first?.isLowercase == true, !Lexicon.stopwords.contains(t.lower), t.lower.hasSuffix("s"),
              !t.lower.hasSuffix("ss"), !notPlurals.contains(t.lower) else { return false }
        if WordNet.shared.isMostlyNoun(t.lower) { return true }
        let noun = WordNet.shared.senseCount(t.lower, .noun)
        return evenly && noun > 0 && noun >= WordNet.shared.senseCount(t.lower, .verb)
            && [WordNet.POS.adj, .adv].allSatisfy { WordNet.shared.senseCount(t.lower, $0) < noun }
    }

    /// The noun a bare number counts ("182 reviews", "1,275 confirmed cases"), as its stem; nil when none follows.
    private static func countedNoun(_ tokens: [Token], after end: Int) -> (String, Int)? {
        // A word written onto the number makes a name or code ("the 76ers", "4Runner"), not a count.
        if end < tokens.count, tokens[end].isWord, !tokens[end].spaceBefore { return nil }
        var k = end
        var steps = 0
        while k < tokens.count, steps < 3 {
            let t = tokens[k]
            // "25,000 Android handsets": a name right after the number describes the plural noun that follows it.
            // (Between a name and a verb, a word as much noun as verb is the noun: "172 million Alibaba shares".)
            if steps == 0, t.isWord, t.isCapitalized, k + 1 < tokens.count, isPluralNoun(tokens[k + 1], evenly: true) { k += 1; steps += 1; continue }
            // "780 COVID-19 cases": so does a code.
            if steps == 0, k + 3 < tokens.count, isCodePart(tokens, k + 2), isPluralNoun(tokens[k + 3]) { k += 3; steps += 1; continue }
            guard t.isWord, t.lower == t.text || t.text.first?.isLowercase == true else { return nil }
            if countModifiers.contains(t.lower) || t.lower.hasSuffix("-") {
                // "14 new cases", "10 other people": an increment or the rest, never the total the bare noun counts.
                if let kind = Self.partialModifiers[t.lower], k + 1 < tokens.count, tokens[k + 1].isWord {
                    return countedNoun(tokens, after: k + 1).map { ("\(kind) \($0.0)", $0.1) }
                }
                k += 1; steps += 1; continue
            }
            // "1,506 officially confirmed cases", "12 newly reported deaths": an adverb before a participle.
            if t.lower.hasSuffix("ly"), steps == 0, k + 1 < tokens.count, tokens[k + 1].isWord, tokens[k + 1].lower.hasSuffix("ed") { k += 1; steps += 1; continue }
            // "out of 100 based on …": a participle is not what a number counts, nor a modal ("75 or older must").
            if Lexicon.stopwords.contains(t.lower) || Lexicon.modals.contains(t.lower) || ["must", "will", "can", "shall"].contains(t.lower) { return nil }
            let next = k + 1 < tokens.count ? tokens[k + 1] : nil
            if t.lower.hasSuffix("ed") || t.lower.hasSuffix("ing") {
                // "1,657 confirmed cases", "66 recorded deaths": a participle before a plural noun describes it.
                guard let n = next, steps < 2, n.isWord, n.text.first?.isLowercase == true, !Lexicon.stopwords.contains(n.lower),
                      n.lower.hasSuffix("s"), !n.lower.hasSuffix("ed"), !n.lower.hasSuffix("ss") else { return nil }
                k += 1; steps += 1; continue
            }
            // "three axillary steroids", "86 reviews": the last word of a short noun phrase before a break
            // ("1,000 destinations across the alliance": not every word ending in s is a plural noun).
            if let n = next, n.isWord, n.text.first?.isLowercase == true, !Lexicon.stopwords.contains(n.lower), steps < 2,
               !notPlurals.contains(n.lower),
               !n.lower.hasSuffix("ed"), !n.lower.hasSuffix("ly"), n.lower.hasSuffix("s") {
                k += 1; steps += 1; continue
            }
            // "15 remain missing": a verb and no noun counts nothing. A plural stays a noun ("645,000 downloads",
            // which WordNet knows only as a verb).
            if !t.lower.hasSuffix("s"), WordNet.shared.senseCount(t.lower, .noun) == 0, WordNet.shared.senseCount(t.lower, .verb) > 0 { return nil }
            return (Stemmer.shared.stem(t.lower), k + 1)
        }
        return nil
    }

    /// A run of capitalised words right after a number whose last is a plural noun ("Emmy Awards", "Super Bowls"),
    /// as its words' stems; the counted thing is the whole name, so "38 Emmy Awards" never meets "10 Golden Globe Awards".
    private static func namedCount(_ tokens: [Token], after end: Int) -> (String, Int)? {
        var k = end
        while k < tokens.count, k < end + 4, tokens[k].isWord, tokens[k].isCapitalized, !tokens[k].isPossessive { k += 1 }
        guard k > end, k - end < 4, k >= tokens.count || !(tokens[k].isWord && tokens[k].isCapitalized) else { return nil }
        let last = tokens[k - 1].lower
        // A lower-case plural after the name is what is counted instead ("25,000 Android handsets"). (A title such as
        // "2 Broke Girls" is read as a count of broke girls; it compares only with the same words.)
        guard last.count > 3, last.hasSuffix("s"), !last.hasSuffix("ss"), !notPlurals.contains(last), WordNet.shared.isMostlyNoun(last),
              k >= tokens.count || !isPluralNoun(tokens[k]) else { return nil }
        return (tokens[end..<k].map { Stemmer.shared.stem($0.lower) }.joined(separator: " "), k)
    }

    /// What a score may be given in ("4/5 stars", "7 out of 10 points").
    static let scoreUnits: Set<String> = ["star", "stars", "point", "points"]

    /// Scales a score is given on.
    static let scoreScales: Set<Double> = [5, 10, 100]

    /// The scale after a score's number ("/10", "out of 100") and the index after it.
    private static func scoreScale(_ tokens: [Token], after end: Int) -> (Double, Int)? {
        var k = end
        if k < tokens.count, tokens[k].text == "/" {
            k += 1
        } else if k + 1 < tokens.count, tokens[k].lower == "out", tokens[k + 1].lower == "of" {
            k += 2
        } else {
            return nil
        }
        guard k < tokens.count, tokens[k].kind == .number, let scale = tokens[k].number, scoreScales.contains(scale) else { return nil }
        return (scale, k + 1)
    }

    private static func single(_ tokens: [Token], _ i: Int) -> (Quantity, Int)? {
        guard i < tokens.count else { return nil }
        let t = tokens[i]
        // "once labor unions backed the plan" is a conjunction; "went once", "once a week" count.
        if let times = multiplicatives[t.lower],
           t.lower != "once" || i + 1 >= tokens.count || !tokens[i + 1].isWord || ["a", "an", "every", "per", "more", "again", "in", "before", "or", "and"].contains(tokens[i + 1].lower) {
            var q = make(.amount, times, nil, tokens, i..<(i + 1))
            q.unit = "time"
            return (q, i + 1)
        }
        // Currency first: $25,000 | US$25,000 | $25K | $2.5 million | € 10
        if let cur = currencySymbols[t.text], let (v, j) = numberValue(tokens, i + 1) {
            var currency = cur
            var start = i
            if i > 0, !t.spaceBefore, tokens[i - 1].isWord, tokens[i - 1].text.count <= 3, tokens[i - 1].text.uppercased() == tokens[i - 1].text {
                start = i - 1 // US$, A$, HK$
                if tokens[i - 1].lower != "us" { currency = tokens[i - 1].text + cur }
            }
            var value = v
            var end = j
            if end < tokens.count, let s = scales[tokens[end].lower], !(tokens[end].lower == "m" && tokens[end].spaceBefore) {
                value *= s
                end += 1
            }
            if end < tokens.count, let c = currencyWords[tokens[end].lower], c == "USD" || c == currency { end += 1 }
            end += orBound(tokens, at: end)
            return (make(.money, value, currency, tokens, start..<end), end)
        }
        // "12:43 p.m.", "at 9:30": a time of day's minutes count nothing (a ratio's "3:1" still does).
        if t.kind == .number, t.text.count == 2, i >= 2, !t.spaceBefore, tokens[i - 1].text == ":", !tokens[i - 1].spaceBefore, tokens[i - 2].kind == .number { return nil }
        guard let (v, j) = numberValue(tokens, i) else {
            if t.lower == "life", isLifeTerm(tokens, i) { return (make(.duration, lifeValue, nil, tokens, i..<(i + 1)), i + 1) }
            return nil
        }
        let isWordNumber = t.kind == .word
        var value = v
        // (What "three or more" counts follows its bound.)
        var end = j + orBound(tokens, at: j)
        // "California's 4th District Court", "the 13th district": an ordinal, compared only with ordinals of the same noun.
        if !isWordNumber, end < tokens.count, ordinalSuffixes.contains(tokens[end].lower), !tokens[end].spaceBefore {
            var q = make(.amount, value, nil, tokens, i..<(end + 1))
            q.unit = "ordinal " + (end + 1 < tokens.count && tokens[end + 1].isWord ? Stemmer.shared.stem(tokens[end + 1].lower) : "")
            return (q, end + 1)
        }
        // A score on a scale: "8.8/10", "3.5 / 5", "26 out of 100". It compares only with scores on the same scale.
        // Not a date ("on 9/10", "4/5/2019"), nor a share of something counted ("8 out of 10 home games"); the stars or
        // points it is given in belong to it ("4/5 stars").
        if !isWordNumber, let (scale, afterScale) = scoreScale(tokens, after: end), value <= scale,
           !(i > 0 && ["on", "since", "until", "by", "from"].contains(tokens[i - 1].lower)),
           !(afterScale < tokens.count && ["/", "-", "."].contains(tokens[afterScale].text) && !tokens[afterScale].spaceBefore
             && afterScale + 1 < tokens.count && tokens[afterScale + 1].kind == .number) {
            let stop = afterScale < tokens.count && Self.scoreUnits.contains(tokens[afterScale].lower) ? afterScale + 1 : afterScale
            if !(stop < tokens.count && (isPluralNoun(tokens[stop]) || tokens[stop].isWord && WordNet.shared.isNounLemma(tokens[stop].lower)
                                         && WordNet.shared.isMostlyNoun(tokens[stop].lower) && !Lexicon.stopwords.contains(tokens[stop].lower))) {
                var q = make(.amount, value, nil, tokens, i..<stop)
                q.unit = "score out of \(Int(scale))"
                return (q, stop)
            }
        }
        // 25K, 20 thousand, 2.5 million
        if end < tokens.count, let s = scales[tokens[end].lower], !isWordNumber || tokens[end].spaceBefore {
            if !(tokens[end].lower == "m" || tokens[end].lower == "b") || !tokens[end].spaceBefore {
                value *= s
                end += 1
                if end < tokens.count, let c = currencyWords[tokens[end].lower] { return (make(.money, value, c, tokens, i..<(end + 1)), end + 1) }
                if let (noun, stop) = countedNoun(tokens, after: end) {
                    var q = make(.amount, value, nil, tokens, i..<stop)
                    q.unit = noun
                    return (q, stop)
                }
                return (make(.amount, value, nil, tokens, i..<end), end)
            }
        }
        // "90 euro cents" is €0.90.
        if end + 1 < tokens.count, let c = currencyWords[tokens[end].lower], subunitWords[tokens[end + 1].lower] != nil {
            return (make(.money, value / 100, c, tokens, i..<(end + 2)), end + 2)
        }
        // ("weighs 7,600 pounds", "lost 20 pounds": a weight, read with the other measures below.)
        if end < tokens.count, let c = currencyWords[tokens[end].lower], !weighs(tokens, end, before: i) {
            return (make(.money, value, c, tokens, i..<(end + 1)), end + 1)
        }
        // "25 cents" is $0.25, so "rise by 25 cents" and "a 25-cent rise" are sums to compare with dollars.
        if end < tokens.count, let c = subunitWords[tokens[end].lower] { return (make(.money, value / 100, c, tokens, i..<(end + 1)), end + 1) }
        // 25,000 US dollars
        if end + 1 < tokens.count, ["us", "u.s."].contains(tokens[end].lower), currencyWords[tokens[end + 1].lower] == "USD" {
            return (make(.money, value, "USD", tokens, i..<(end + 2)), end + 2)
        }
        // 60-year-old, 60 years old
        var k = end
        if k < tokens.count, tokens[k].text == "-" { k += 1 }
        // "a full day", "a whole year": the period, whole.
        if isWordNumber, k + 1 < tokens.count, ["full", "whole"].contains(tokens[k].lower), durationUnits[tokens[k + 1].lower] != nil { k += 1 }
        if k < tokens.count, let unit = durationUnits[tokens[k].lower] {
            var m = k + 1
            if m < tokens.count, tokens[m].text == "-" { m += 1 }
            if m < tokens.count, tokens[m].lower == "old", unit == 12 { return (make(.age, value, nil, tokens, i..<(m + 1)), m + 1) }
            if isWordNumber, t.lower == "a" || t.lower == "an", tokens[k].lower.hasSuffix("s") { return nil }
            return (make(.duration, value * unit, nil, tokens, i..<(k + 1)), k + 1)
        }
        // A word written onto the number with a hyphen ("5-inch", "two-story").
        let hyphened = end + 1 < tokens.count && tokens[end].text == "-" && !tokens[end].spaceBefore && !tokens[end + 1].spaceBefore
        // "a 5-inch screen", "a 33-foot boat": a measure written onto its number with a hyphen.
        // ("a 7,600-pound satellite" weighs: sterling is no adjective written onto its number.)
        if hyphened, tokens[end + 1].lower.count > 2, let (dimension, factor) = measureUnits[tokens[end + 1].lower], !dimension.contains("temperature"),
           // ("a 6-foot-9 forward" is six feet nine: no figure of six feet.)
           !(end + 3 < tokens.count && tokens[end + 2].text == "-" && tokens[end + 3].kind == .number) {
            var q = make(.measure, value * factor, nil, tokens, i..<(end + 2))
            q.unit = dimension
            q.spelledUnit = Self.spelled(tokens[end + 1])
            return (q, end + 2)
        }
        // "a two-story building", "a three-bedroom house": a count written onto its number.
        if hyphened, Self.hyphenedCounts.contains(tokens[end + 1].lower) {
            var q = make(.amount, value, nil, tokens, i..<(end + 2))
            q.unit = Stemmer.shared.stem(tokens[end + 1].lower)
            return (q, end + 2)
        }
        // "three times", "5 times"
        if end < tokens.count, tokens[end].lower == "times", !(t.lower == "a" || t.lower == "an") {
            var q = make(.amount, value, nil, tokens, i..<(end + 1))
            q.unit = "time"
            return (q, end + 1)
        }
        // "magnitude 7.3", "a 7.3-magnitude quake": a reading on a scale, compared only with readings on it, not a count
        // of quakes.
        if !isWordNumber, let (scale, range) = scaleReading(tokens, number: i, end: end) {
            var q = make(.measure, value, nil, tokens, range)
            q.unit = scale
            return (q, range.upperBound)
        }
        // "15 square kilometres", "2,000 sq miles": an area, in a length unit squared.
        if end + 1 < tokens.count, ["square", "sq"].contains(tokens[end].lower), let (dimension, factor) = measureUnits[tokens[end + 1].lower], dimension == "length" {
            var q = make(.measure, value * factor * factor, nil, tokens, i..<(end + 2))
            q.unit = "area"
            q.spelledUnit = "sq " + Self.spelled(tokens[end + 1])
            return (q, end + 2)
        }
        if end < tokens.count, let (dimension, factor) = measureUnits[tokens[end].lower], !isWordNumber || value > 1,
           !(tokens[end].lower == "m" && tokens[end].spaceBefore), !(tokens[end].lower == "second" && !tokens[end].spaceBefore) {
            // "minus 6.6 degrees"; "1.14Tb" is terabits, not terabytes; "per square inch" makes a rate of another kind.
            let signed = i > 0 && ["minus", "negative"].contains(tokens[i - 1].lower) ? -value : value
            var unit = ["Tb", "Gb", "Mb", "Kb"].contains(tokens[end].text) ? "bits" : dimension
            var after = end + 1
            // "30 km (19 miles) per second": a conversion in brackets stands between a length and its "per".
            if dimension == "length", after < tokens.count, tokens[after].text == "(",
               let close = tokens[after...].prefix(6).firstIndex(where: { $0.text == ")" }), close + 2 < tokens.count,
               ["per", "/", "an", "a"].contains(tokens[close + 1].lower), Self.hoursPer[tokens[close + 2].lower] != nil { after = close + 1 }
            // ("51,200 KB/50 MB" gives one size in two units: a number after the slash is no rate.)
            // A length per hour is a speed, however written: "95 miles per hour", "95 miles an hour", "153 km/h" = "95 mph".
            // ("300 miles a second time" is no speed: after "a", only an hour or a minute.)
            if dimension == "length", after + 1 < tokens.count, ["per", "/", "an", "a"].contains(tokens[after].lower),
               let hours = Self.hoursPer[tokens[after + 1].lower], hours >= 1.0 / 60 || !["a", "an"].contains(tokens[after].lower) {
                var q = make(.measure, signed * factor / 1000 / hours, nil, tokens, (signed < 0 ? i - 1 : i)..<(after + 2))
                q.unit = "speed"
                q.spelledUnit = Self.spelled(tokens[end]) + "/" + (hours == 1 ? "h" : tokens[after + 1].lower)
                return (q, after + 2)
            }
            if after + 1 < tokens.count, tokens[after].lower == "per" || tokens[after].text == "/" && tokens[after + 1].kind != .number {
                unit += "/" + tokens[(after + 1)..<min(tokens.count, after + 3)].filter(\.isWord).map(\.lower).joined(separator: " ")
            }
            var q = make(.measure, signed * factor, nil, tokens, (signed < 0 ? i - 1 : i)..<(end + 1))
            if signed < 0 { q = q.spanning(low: min(q.low, q.high), high: max(q.low, q.high), text: q.text, tokenRange: q.tokenRange, qualifier: q.qualifier) }
            q.unit = unit
            q.spelledUnit = Self.spelled(tokens[end])
            return (q, end + 1)
        }
        // "59 Emmy Awards", "thirteen County Championships": a name ending in a plural noun is what is counted.
        // The quantity spans the number only, so the name stays a name to be matched.
        if let (noun, stop) = namedCount(tokens, after: end), !isWordNumber || value >= 2 {
            let q = make(.amount, value, nil, tokens, i..<end)
            var named = q.spanning(low: q.low, high: q.high, text: text(tokens, q.tokenRange.lowerBound..<stop), tokenRange: q.tokenRange, qualifier: q.qualifier)
            named.unit = noun
            return (named, stop)
        }
        // "22%", "two percent", "five per cent".
        if end < tokens.count, tokens[end].text == "%" || tokens[end].lower == "percent" {
            return (make(.percent, value, nil, tokens, i..<(end + 1)), end + 1)
        }
        if end + 1 < tokens.count, tokens[end].lower == "per", tokens[end + 1].lower == "cent" {
            return (make(.percent, value, nil, tokens, i..<(end + 2)), end + 2)
        }
        if isWordNumber {
            // "three axillary steroids", "two children": a number word counting a noun; "one" and "a" are too often not counts.
            guard value >= 2, let (noun, stop) = countedNoun(tokens, after: end) else { return nil }
            var q = make(.amount, value, nil, tokens, i..<stop)
            q.unit = noun
            return (q, stop)
        }
        // aged 60 / age 60 / at the age of 60
        if i > 0, ["aged", "age"].contains(tokens[i - 1].lower) || i > 1 && tokens[i - 1].lower == "of" && tokens[i - 2].lower == "age",
           (1...120).contains(value) {
            let from = tokens[i - 1].lower == "of" ? i - 2 : i - 1
            return (Quantity(kind: .age, value: value, low: value, high: value, currency: nil, text: text(tokens, from..<end),
                             tokenRange: from..<end, qualifier: nil), end)
        }
        // "Mallory is 60": a bare number after is/was, ending the clause, is an age.
        if i > 0, ["is", "was"].contains(tokens[i - 1].lower), (14...110).contains(value), t.text.count <= 3,
           end >= tokens.count || [",", ".", ";"].contains(tokens[end].text) {
            return (make(.age, value, nil, tokens, i..<end), end)
        }
        // Lee, 54, faces… : a bare age set off by commas after a name
        if i >= 2, tokens[i - 1].text == ",", tokens[i - 2].isCapitalized, end < tokens.count, tokens[end].text == ",",
           t.text.count <= 3, (14...110).contains(value) {
            return (make(.age, value, nil, tokens, i..<end), end)
        }
        // "182 reviews", "93 million views": a count of something.
        if let (noun, stop) = countedNoun(tokens, after: end) {
            var q = make(.amount, value, nil, tokens, i..<stop)
            q.unit = noun
            return (q, stop)
        }
        // "the confirmed cases reached 479": a count of the plural noun the verb reports on.
        if let noun = countedSubject(tokens, before: i) {
            var q = make(.amount, value, nil, tokens, i..<end)
            q.unit = noun
            return (q, end)
        }
        return nil
    }

    /// Verbs that report the level a count reached, with the preposition they take, if any.
    static let levelVerbs: [String: String?] = [
        "reached": nil, "totalled": nil, "totaled": nil, "topped": nil, "numbered": nil, "exceeded": nil,
        "rose": "to", "climbed": "to", "fell": "to", "increased": "to", "dropped": "to", "jumped": "to", "grew": "to", "stood": "at", "stands": "at",
    ]

    /// The plural noun right before a level verb ("cases reached", "deaths rose to"), as a stem.
    private static func countedSubject(_ tokens: [Token], before i: Int) -> String? {
        var k = i - 1
        guard k >= 1 else { return nil }
        if ["to", "at"].contains(tokens[k].lower) { k -= 1 }
        guard k >= 1, let preposition = levelVerbs[tokens[k].lower], (preposition == nil) == (k == i - 1) else { return nil }
        let noun = tokens[k - 1]
        guard isPluralNoun(noun) else { return nil }
        return Stemmer.shared.stem(noun.lower)
    }

    /// `life in prison`, `life sentence`, `life imprisonment`, `sentenced to life`.
    private static func isLifeTerm(_ tokens: [Token], _ i: Int) -> Bool {
        let next = i + 1 < tokens.count ? tokens[i + 1].lower : ""
        let after = i + 2 < tokens.count ? tokens[i + 2].lower : ""
        let prev = i > 0 ? tokens[i - 1].lower : ""
        return ["sentence", "sentences", "imprisonment", "term"].contains(next) || (next == "in" && ["prison", "jail"].contains(after))
            || (["to", "of"].contains(prev) && i >= 2 && (tokens[i - 2].lower.hasPrefix("sentenc") || tokens[i - 2].lower == "term"))
    }
}
