/// A time of day a sentence gives: "at 2:27 p.m.", "around 5:00 pm", "9:04 a.m. Pacific time", "at 14:30".
struct ClockTime: Sendable, Hashable {
    /// Minutes after midnight.
    let minutes: Int
    let text: String
    let tokenRange: Range<Int>
    /// "around 5:00 pm", "about 3 p.m.": within a quarter of an hour either way.
    let approximate: Bool
    /// "after" in "after 2 p.m.", "by" in "by 10 a.m.": the word that makes the time a bound, not the time of anything.
    let bound: String?
    var isBound: Bool { bound != nil }
    /// Inside brackets: "just before 7 a.m. (0500 GMT, 1 a.m. Thursday EST)" gives the same moment elsewhere.
    let aside: Bool
    /// The time zone written after it ("pacific", "et", "local"), lower-cased; nil when none is.
    let zone: String?

    static let meridiems: [String: Int] = ["a.m.": 0, "am": 0, "a.m": 0, "p.m.": 12, "pm": 12, "p.m": 12]
    static let approximators: Set<String> = ["around", "about", "approximately", "roughly", "nearly", "almost", "shortly", "just", "some"]
    static let nearMarks: Set<String> = ["minutes", "moments", "right", "soon", "immediately"]
    static let bounds: Set<String> = ["after", "before", "by", "until", "till", "since", "from", "between", "to", "past"]
    /// Zones and their offsets from UTC in minutes (nil: "local", whose offset the text does not give). A US zone is
    /// one offset whichever of its standard or daylight names is written: writers mix them.
    static let zoneOffsets: [String: Int?] = [
        "et": -300, "est": -300, "edt": -300, "eastern": -300, "ct": -360, "cst": -360, "cdt": -360, "central": -360,
        "mt": -420, "mst": -420, "mdt": -420, "mountain": -420, "pt": -480, "pst": -480, "pdt": -480, "pacific": -480,
        "gmt": 0, "utc": 0, "bst": 60, "cet": 60, "cest": 120, "ist": 330, "jst": 540, "aest": 600, "local": nil,
    ]

    /// Minutes after midnight UTC, when the zone is written and known.
    var utcMinutes: Int? {
        guard let zone, let offset = Self.zoneOffsets[zone] ?? nil else { return nil }
        return ((minutes - offset) % (24 * 60) + 24 * 60) % (24 * 60)
    }

    /// Whether the zone is one of the four US zones, which keep their distances through daylight saving time (against
    /// GMT "ET" is four hours or five, by the season).
    var inUSZone: Bool { zone.map { (Self.zoneOffsets[$0] ?? nil).map { $0 <= -300 && $0 >= -480 } ?? false } ?? false }

    /// Every time of day in a sentence, in order.
    static func all(in a: TextAnalysis) -> [ClockTime] { scan(a.tokens, fragment: a.fragment) }

    /// Where the zones written after times stand ("ET" in "12:05 p.m. ET"): part of the time, not names.
    static func zoneIndices(_ tokens: [Token]) -> Set<Int> {
        Set(scan(tokens, fragment: { _ in "" }).filter { $0.zone != nil }.map(\.tokenRange.upperBound))
    }

    /// How a time is written from token `i`: its hour, minutes when a colon gives them ("2:27"; not a race time
    /// "2:01:09" or a score "3:1"), its a.m. / p.m. shift when one follows (for an hour from 1 to 12), and where it ends.
    static func written(_ t: [Token], at i: Int) -> (hour: Int, minute: Int?, shift: Int?, end: Int)? {
        guard t[i].kind == .number, !t[i].text.contains(","), let hour = Int(t[i].text), hour <= 24,
              i == 0 || !(t[i - 1].text == ":" && !t[i].spaceBefore) else { return nil }
        var end = i + 1
        var minute: Int?
        if end + 1 < t.count, t[end].text == ":", !t[end].spaceBefore, !t[end + 1].spaceBefore, t[end + 1].kind == .number {
            guard t[end + 1].text.count == 2, let m = Int(t[end + 1].text), m < 60,
                  !(end + 2 < t.count && t[end + 2].text == ":" && !t[end + 2].spaceBefore) else { return nil }
            minute = m
            end += 2
        }
        if end < t.count, let shift = meridiems[t[end].lower], hour >= 1, hour <= 12 { return (hour, minute, shift, end + 1) }
        return minute == nil ? nil : (hour, minute, nil, end)
    }

    private static func scan(_ t: [Token], fragment: (ClosedRange<Int>) -> String) -> [ClockTime] {
        var found: [ClockTime] = []
        var i = 0
        while i < t.count {
            defer { i += 1 }
            guard let shape = written(t, at: i) else { continue }
            let end = shape.end, minute = shape.minute ?? 0
            var minutes: Int
            if let shift = shape.shift {
                minutes = (shape.hour % 12 + shift) * 60 + minute
            } else if i > 0, t[i - 1].lower == "at" {
                // "at 14:30": a twenty-four-hour time, only after "at" (a bare "3:1" may be a ratio).
                minutes = shape.hour % 24 * 60 + minute
            } else {
                continue
            }
            minutes %= 24 * 60
            // The words before it, past "at": "at around", "shortly after".
            var k = i - 1
            if k >= 0, t[k].lower == "at" { k -= 1 }
            var before = [k, k - 1].filter { $0 >= 0 }.map { t[$0].lower }
            // "between 2 and 4 p.m.": both ends are bounds.
            if before.first == "and", (max(0, i - 5)..<i).contains(where: { t[$0].lower == "between" }) { before = ["between"] }
            // "just after 10 p.m.", "a few minutes past 7 p.m.": close to the time, not a bound.
            let near = before.count == 2 && bounds.contains(before[0]) && (approximators.contains(before[1]) || nearMarks.contains(before[1]))
            let zone = end < t.count && zoneOffsets[t[end].lower] != nil ? t[end].lower : nil
            found.append(ClockTime(minutes: minutes, text: fragment(i...(end - 1)), tokenRange: i..<end,
                                   approximate: near || before.contains(where: approximators.contains),
                                   bound: near ? nil : before.first.flatMap { bounds.contains($0) ? $0 : nil },
                                   aside: t[..<i].filter { $0.text == "(" }.count > t[..<i].filter { $0.text == ")" }.count, zone: zone))
            i = end - 1
        }
        return found
    }
}
