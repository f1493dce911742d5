import Foundation

/// A date or date range found in text, resolved against a reference date when relative.
struct DateMention: Sendable, Hashable {
    /// Token range `[start, end)` of the expression.
    let tokenRange: Range<Int>
    /// As written, e.g. `last June`.
    let text: String
    /// Covered days as `yyyymmdd`; `nil` when a relative date had nothing to resolve against.
    let days: ClosedRange<Int>?
    /// Month (and day) of a date written without a year and not resolved (`on June 22` in a claim).
    var monthDay: MonthDay? = nil
    /// `March and April 2017` names each month, so a claim of March is stated; `between 2010 and 2012` does not.
    var isEnumeration = false
    /// How a relative date was resolved, for explanations (`last June → 2020-06`).
    let resolution: String?

    /// The one year a date lies in ("January 2016", "2016"), nil for a range across years or an open end.
    var singleYear: Int? {
        guard let days, days.lowerBound > 0, days.upperBound < 99_991_231, days.lowerBound / 10000 == days.upperBound / 10000 else { return nil }
        return days.lowerBound / 10000
    }

    /// `until 2012` names when something ended: another end is another fact, not a wider range.
    var isEndpoint: Bool {
        let first = text.lowercased().split(separator: " ").first ?? ""
        return (first == "until" || first == "till" || first == "through") && days?.lowerBound == 0
    }

    /// `since August 2018` names when a state began: another start is another fact, not a narrower range. Only a
    /// start told by its year, month or day: "since the 1990s", "since at least 2015", "since late 2015" are loose.
    var isStartpoint: Bool {
        let words = text.lowercased().split(separator: " ").map(String.init)
        guard words.count >= 2, words[0] == "since", days?.upperBound == 99_991_231 else { return false }
        let first = words[1]
        return DateParser.months[first] != nil || (first.count == 4 && Int(first) != nil) || (first.count <= 2 && Int(first) != nil)
    }

    /// Whether a start names its month ("since August 2018"), not only a year.
    private var startNamesMonth: Bool {
        text.lowercased().split(separator: " ").contains { DateParser.months[String($0)] != nil }
    }

    /// The month of a yearless start ("since January" in a claim, with no date to resolve it against).
    var yearlessStartMonth: Int? {
        let words = text.lowercased().split(separator: " ")
        guard days == nil, words.count == 2, words[0] == "since" else { return nil }
        return DateParser.months[String(words[1])]
    }

    /// Both starts in the same month, or the same year where either gives only a year: "since 2019" and "since
    /// December 2019" do not disagree.
    private func sameStart(_ other: DateMention) -> Bool? {
        guard let a = days, let b = other.days else { return nil }
        let monthLevel = startNamesMonth && other.startNamesMonth
        return monthLevel ? a.lowerBound / 100 == b.lowerBound / 100 : a.lowerBound / 10000 == b.lowerBound / 10000
    }

    /// `before 1995`, `after 10 September 1979`: a bound on when something happened, so a date of the same thing
    /// outside it contradicts it. (`since` and `by` open a range too, but say when a state began or a deadline.)
    var isStrictBound: Bool {
        let first = text.lowercased().split(separator: " ").first ?? ""
        return (first == "before" || first == "after") && days != nil
    }

    /// Both ends in the same year (or month, when the claim names one).
    private func sameEnd(_ other: DateMention) -> Bool? {
        guard let a = days, let b = other.days else { return nil }
        let monthLevel = a.upperBound % 10000 != 1231
        return monthLevel ? a.upperBound / 100 == b.upperBound / 100 : a.upperBound / 10000 == b.upperBound / 10000
    }

    /// A day named by its weekday ("on Wednesday"): a day of the article's week, the news of the day.
    var isWeekday: Bool {
        text.lowercased().split(separator: " ").contains { DateParser.weekdays.contains(String($0)) }
    }

    /// Another date for the same thing: incompatible, and not the news of the day against a claim's span of years
    /// ("the debate stage Wednesday" says nothing of "mayor from 2002 to 2013").
    func contradicts(_ other: DateMention) -> Bool {
        guard isCompatible(with: other) == false else { return false }
        if other.isWeekday, let d = days, d.upperBound - d.lowerBound > 100 { return false }
        return true
    }

    /// "by April 7" with no year to resolve it: the deadline's own day states it; any other day neither states nor
    /// contradicts it.
    var isYearlessDeadline: Bool { days == nil && monthDay != nil && text.lowercased().hasPrefix("by ") }

    /// "before 16 April" or "after March 21" with no year to resolve it: the bound's month and day, and which side of it.
    /// A day of the same year on that side states it; as the year is not known, no day contradicts it.
    var yearlessBound: (after: Bool, monthDay: MonthDay)? {
        guard days == nil, let md = monthDay else { return nil }
        let first = text.lowercased().split(separator: " ").first ?? ""
        return first == "before" || first == "after" ? (first == "after", md) : nil
    }

    /// Whether this day (or month) lies on the far side of a claim's yearless bound: with "on 19 March 2020" in the
    /// sentence, the "9 March" of another clause does not show that 1,000 deaths came "before March 12".
    func isAcross(_ claim: DateMention) -> Bool {
        guard claim.yearlessBound != nil else { return false }
        if let a = days { return a.lowerBound > 0 && a.lowerBound / 100 == a.upperBound / 100 && !isWithin(claim) }
        return monthDay != nil && yearlessBound == nil && !isYearlessDeadline && !isWithin(claim)
    }

    /// Ranges overlap: `2017` and `June 22, 2017` are compatible, `2019` and `June 22, 2017` are not.
    func isCompatible(with other: DateMention) -> Bool? {
        if isYearlessDeadline || other.isYearlessDeadline || yearlessBound != nil || other.yearlessBound != nil { return nil }
        if isEndpoint, other.isEndpoint { return sameEnd(other) }
        if isStartpoint { return other.isStartpoint ? sameStart(other) : nil }
        if days == nil, let md = monthDay, let b = other.days, b.count <= 31 {
            return b.lowerBound / 100 % 100 == md.month && (md.day == nil || b.count > 1 || b.lowerBound % 100 == md.day)
        }
        guard let a = days, let b = other.days else { return nil }
        return a.overlaps(b)
    }

    /// Whether this (evidence) date falls inside `claim`: `June 22, 2017` is within `2017`, not the reverse.
    func isWithin(_ claim: DateMention) -> Bool {
        if claim.isEndpoint { return isEndpoint && sameEnd(claim) == true }
        // "since August 2019" is stated by the same start, or by a day of its first month or year ("moved there in
        // 2010" for "since 2010"), never by any later day ("on Wednesday").
        if claim.isStartpoint, let a = days, let b = claim.days {
            // A start stated less exactly than the claim's ("since 2019" for "since December 2019") does not state it.
            if isStartpoint { return claim.sameStart(self) == true && (startNamesMonth || !claim.startNamesMonth) }
            let monthLevel = claim.startNamesMonth
            return monthLevel ? a.lowerBound / 100 == b.lowerBound / 100 && a.upperBound / 100 == b.lowerBound / 100
                : a.lowerBound / 10000 == b.lowerBound / 10000 && a.upperBound / 10000 == b.lowerBound / 10000
        }
        if let bound = claim.yearlessBound {
            // Month and day (mmdd) of this date's first and last day, within one year.
            let span: (Int, Int)
            if let a = days {
                guard a.lowerBound / 10000 == a.upperBound / 10000, a.lowerBound > 0 else { return false }
                span = (a.lowerBound % 10000, a.upperBound % 10000)
            } else if let mine = monthDay, yearlessBound == nil, !isYearlessDeadline {
                span = (mine.month * 100 + (mine.day ?? 1), mine.month * 100 + (mine.day ?? 31))
            } else {
                return false
            }
            let md = bound.monthDay
            return bound.after ? span.0 > md.month * 100 + (md.day ?? 31) : span.1 < md.month * 100 + (md.day ?? 1)
        }
        // "March and May 2017" names two months: "March and April 2017" states only one of them.
        if claim.isEnumeration, let a = days, let b = claim.days {
            if isEnumeration { return a == b }
            // A single month of the two named ("April 2017" for "March and May 2017" is neither).
            let month = a.lowerBound / 100
            return a.upperBound / 100 == month && (month == b.lowerBound / 100 || month == b.upperBound / 100)
        }
        // A claim's yearless "since January" is stated by a start in that month, of any year.
        // (Only a start the article dates from its own date, "since January this year", not "since January 2023".)
        if claim.days == nil, isStartpoint, let a = days, let month = claim.yearlessStartMonth {
            return a.lowerBound / 100 % 100 == month && !text.contains(where: \.isNumber)
        }
        if claim.days == nil, let md = claim.monthDay, let a = days {
            // A claim's "on June 22" matches any year's June 22.
            let month = a.lowerBound / 100 % 100, day = a.lowerBound % 100
            return a.lowerBound / 100 == a.upperBound / 100 && month == md.month && (md.day == nil || md.day == day && a.count == 1)
        }
        if days == nil, let mine = monthDay, let theirs = claim.monthDay {
            // A deadline ("must be paid by December") allows any earlier day: it states no "in December".
            if isYearlessDeadline, !claim.isYearlessDeadline, claim.yearlessBound == nil { return false }
            return mine.month == theirs.month && (theirs.day == nil || mine.day == theirs.day)
        }
        // An evidence day without a year ("As of 13 April", on a page whose year is unknown) states the claim's day of
        // that month ("on April 13, 2020", "by April 13, 2020"), or a day of the claim's month.
        if days == nil, let mine = monthDay, let b = claim.days {
            let day = b.lowerBound == 0 || b.count == 1 ? b.upperBound : nil
            if let day { return mine.month == day / 100 % 100 && mine.day == day % 100 }
            return b.lowerBound / 100 == b.upperBound / 100 && mine.month == b.lowerBound / 100 % 100
        }
        guard let a = days, let b = claim.days else { return false }
        if isEnumeration, b.lowerBound >= a.lowerBound, b.upperBound <= a.upperBound { return true }
        return a.lowerBound >= b.lowerBound && a.upperBound <= b.upperBound
    }

    /// The resolved date in ISO form at its precision.
    var normalized: String {
        guard let days else { return text }
        let lo = days.lowerBound, hi = days.upperBound
        func iso(_ d: Int, _ parts: Int) -> String {
            let y = d / 10000, m = d / 100 % 100, dd = d % 100
            switch parts {
            case 1: return String(format: "%04d", y)
            case 2: return String(format: "%04d-%02d", y, m)
            default: return String(format: "%04d-%02d-%02d", y, m, dd)
            }
        }
        // Open ends ("before 2012", "since June 2017") print as "…2011-12-31" and "2017-06-01…".
        if lo == 0 { return "…" + iso(hi, hi % 10000 == 1231 ? 1 : 3) }
        if hi == 99_991_231 { return iso(lo, lo % 10000 == 101 ? 1 : 3) + "…" }
        let parts = (lo % 10000 == 101 && hi % 10000 == 1231) ? 1 : (lo % 100 == 1 && hi % 100 == 31 ? 2 : 3)
        let a = iso(lo, parts), b = iso(hi, parts)
        return a == b ? a : "\(a)…\(b)"
    }
}

/// A month and optional day without a year.
struct MonthDay: Sendable, Hashable {
    let month: Int
    let day: Int?
}

/// Finds dates in tokens: `June 22, 2017`, `Thursday, June 17, 2021`, `March and April 2017`,
/// `between 2010 and 2012`, `in 2012`, `last June`, `last year`, `on May 1`.
enum DateParser {
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]
    /// Days of the week, Monday first (0), as `resolveWeekday` counts them.
    static let weekdayIndex: [String: Int] = ["monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6]
    static let weekdays = Set(weekdayIndex.keys)

    /// - Parameter yearBefore: the year the text before this sentence last named, which "in January of that year"
    ///   means; a year named earlier in the sentence itself takes its place.
    static func parse(_ tokens: [Token], reference: CalendarDate?, yearBefore: Int? = nil) -> [DateMention] {
        var found: [DateMention] = []
        var thatYear = yearBefore
        var i = 0
        while i < tokens.count {
            if let (mention, next) = match(tokens, at: i, reference: reference, thatYear: thatYear) {
                found.append(bounded(mention, tokens))
                if let y = mention.singleYear { thatYear = y }
                i = next
            } else {
                i += 1
            }
        }
        return found
    }

    /// "before June 22, 2017" is every day up to June 21; "after", "since" and "by" likewise open one end.
    private static func bounded(_ m: DateMention, _ tokens: [Token]) -> DateMention {
        var start = m.tokenRange.lowerBound
        // "before the 1990s": a decade or century takes its article.
        if start > 1, tokens[start - 1].lower == "the", era(tokens, at: start) != nil { start -= 1 }
        guard start > 0 else { return m }
        let word = tokens[start - 1].lower
        // "before 15 March" with no year to resolve it: an open range of unknown days, never the day itself.
        guard let days = m.days else {
            guard ["before", "after", "since", "by", "until"].contains(word) else { return m }
            var open = DateMention(tokenRange: (start - 1)..<m.tokenRange.upperBound, text: tokens[start - 1].text + " " + m.text, days: nil, resolution: m.resolution)
            // "By 7 April" is a count's deadline: a figure "as of 7 April 2020" is stated for that day, whatever the year.
            // "Before 16 April" keeps its day too: a day of any year's April before the 16th states it.
            if ["by", "before", "after"].contains(word) { open.monthDay = m.monthDay }
            return open
        }
        let open: ClosedRange<Int>
        switch word {
        // ("before the 1st century" has no day before it to end on.)
        case "before": open = 0...max(0, dayBefore(days.lowerBound))
        case "after": open = (days.upperBound + 1)...99_991_231
        case "since": open = days.lowerBound...99_991_231
        case "by", "until": open = 0...days.upperBound
        default: return m
        }
        return mention(tokens, (start - 1)..<m.tokenRange.upperBound, open, m.resolution)
    }

    /// The `yyyymmdd` just before a first day: "before 1990" ends on 1989-12-31, "before March 2017" on the last of
    /// February (written as the 31st: only the order of these numbers matters).
    private static func dayBefore(_ day: Int) -> Int {
        guard day % 100 == 1 else { return day - 1 }
        let month = day / 100 % 100
        return month == 1 ? (day / 10000 - 1) * 10000 + 1231 : day - 100 + 30
    }

    /// Months' short forms, written with a point ("Sept. 9").
    static let monthAbbreviations: Set<String> = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]

    private static func month(_ tokens: [Token], _ i: Int) -> Int? {
        guard i < tokens.count, tokens[i].isWord, tokens[i].isCapitalized, let m = months[tokens[i].lower] else { return nil }
        // "May" and "March" are also verbs: only a month next to a day, a year or a date word. ("Mar." is no verb.)
        if m == 5 || m == 3, tokens[i].lower != "mar" {
            let next = i + 1 < tokens.count ? tokens[i + 1] : nil
            let prev = i > 0 ? tokens[i - 1].lower : ""
            // A day before it counts as well ("As of 15 March").
            let dayBefore = i > 0 && tokens[i - 1].kind == .number && (1...31).contains(tokens[i - 1].number ?? 0)
            let ok = next?.kind == .number || dayBefore || ["in", "of", "since", "last", "this", "next", "early", "late", "until", "by", "and", "between", "from"].contains(prev)
            if !ok { return nil }
        }
        return m
    }

    /// Whether a token is shaped as a year: four digits from 1000 to 2100.
    static func isYearShaped(_ t: Token) -> Bool {
        t.kind == .number && t.text.count == 4 && Int(t.text).map { (1000...2100).contains($0) } == true
    }

    private static func year(_ tokens: [Token], _ i: Int) -> Int? {
        guard i < tokens.count, isYearShaped(tokens[i]), let v = Int(tokens[i].text) else { return nil }
        // An earlier year only where a date is expected ("founded in 1799", "on 4 July 1776"), never before a noun
        // it counts ("in 1500 cases").
        if v < 1800 {
            let prev = i > 0 ? tokens[i - 1] : nil
            let dateSlot = prev.map { ["in", "since", "until", "by", "from", "before", "after", "to", "and", "-", "–", ","].contains($0.lower) || month(tokens, i - 1) != nil } ?? false
                // "(1596 – 1617)", "; 1596 – 1617)": a span in brackets ("the 1200-1500 block of Elm Street" is no year).
                || prev.map { ["(", ";"].contains($0.text) } == true && isRangeDash(tokens, i + 1)
            let countsNoun = i + 1 < tokens.count && tokens[i + 1].isWord && tokens[i + 1].text.first?.isLowercase == true
                && WordNet.shared.isMostlyNoun(tokens[i + 1].lower)
            guard dateSlot, !countsNoun else { return nil }
        }
        // "fewer than 2000 fatalities", "nearly 1898 cases": a bound on a count of a plural noun is a figure.
        // ("lower than 2019 levels", "over 2016 rules": a year before a reference noun stays a year.)
        if i > 0, countBounds.contains(tokens[i - 1].lower), tokens[i - 1].lower != "than" || i > 1 && ["more", "fewer", "less"].contains(tokens[i - 2].lower),
           i + 1 < tokens.count, QuantityParser.isPluralNoun(tokens[i + 1]), !referenceNouns.contains(tokens[i + 1].lower) {
            return nil
        }
        // "2017-year" is not a year; neither is a number glued to a following unit. A dash before another date
        // ("1860 - September 21, 1912", "1596 – 1617", "1941-August") joins two dates.
        if i + 1 < tokens.count, tokens[i + 1].text == "-", !isRangeDash(tokens, i + 1) { return nil }
        // "$2000" and "2000 dollars" are sums (found by the benchmark's generated claims).
        if i > 0, QuantityParser.currencySymbols[tokens[i - 1].text] != nil { return nil }
        if i + 1 < tokens.count, QuantityParser.currencyWords[tokens[i + 1].lower] != nil { return nil }
        return v
    }

    /// Whether the dash at `i` (one or more dash tokens) goes on to a date: a year, a day or a month.
    private static func isRangeDash(_ tokens: [Token], _ i: Int) -> Bool {
        var k = i
        while k < tokens.count, dashes.contains(tokens[k].text) { k += 1 }
        guard k > i, k < tokens.count else { return false }
        let t = tokens[k]
        return t.kind == .number && (t.text.count == 4 || (1...31).contains(Int(t.text) ?? 0) && month(tokens, k + 1) != nil)
            || month(tokens, k) != nil && t.isCapitalized
    }

    static let dashes: Set<String> = ["-", "–", "—", "--"]

    private static func day(_ tokens: [Token], _ i: Int) -> Int? {
        guard i < tokens.count, tokens[i].kind == .number, tokens[i].text.count <= 2, let v = Int(tokens[i].text),
              (1...31).contains(v) else { return nil }
        return v
    }

    /// The index after a day at `i`, past an ordinal suffix written onto it ("2nd", "23rd").
    private static func afterDay(_ tokens: [Token], _ i: Int) -> Int {
        i + 1 < tokens.count && QuantityParser.ordinalSuffixes.contains(tokens[i + 1].lower) && !tokens[i + 1].spaceBefore ? i + 2 : i + 1
    }

    private static func skip(_ tokens: [Token], _ i: Int, _ text: String) -> Int {
        i < tokens.count && tokens[i].text == text ? i + 1 : i
    }

    private static func range(_ a: CalendarDate, _ b: CalendarDate) -> ClosedRange<Int> {
        a.dayRange.lowerBound...max(a.dayRange.lowerBound, b.dayRange.upperBound)
    }

    private static func mention(_ tokens: [Token], _ r: Range<Int>, _ days: ClosedRange<Int>?, _ note: String? = nil) -> DateMention {
        let text = tokens[r].enumerated().map { ($0.offset > 0 && $0.element.spaceBefore ? " " : "") + $0.element.text }.joined()
        return DateMention(tokenRange: r, text: text, days: days, resolution: note)
    }

    private static func match(_ tokens: [Token], at start: Int, reference: CalendarDate?, thatYear: Int? = nil) -> (DateMention, Int)? {
        var i = start
        let lower = tokens[i].lower
        // between 2010 and 2012 / from 2010 to 2012
        if lower == "between" || lower == "from", let y1 = year(tokens, i + 1), i + 2 < tokens.count,
           ["and", "to", "-", "–"].contains(tokens[i + 2].lower), let y2 = year(tokens, i + 3) {
            return (mention(tokens, start..<(i + 4), range(CalendarDate(year: y1), CalendarDate(year: y2))), i + 4)
        }
        // "that year", "that same year", "the same year": the year named before, when one was.
        if let y = thatYear, lower == "that" || lower == "the", let (shift, end) = yearAnaphor(tokens, at: i), shift == 0 {
            return (mention(tokens, start..<end, CalendarDate(year: y).dayRange, "\(y) (the year named before)"), end)
        }
        // last / this / next + June | year | month
        if ["last", "this", "next"].contains(lower), i + 1 < tokens.count {
            let unit = tokens[i + 1].lower
            let shift = lower == "last" ? -1 : (lower == "next" ? 1 : 0)
            if unit == "year" {
                let r = reference.map { CalendarDate(year: $0.year + shift).dayRange }
                return (mention(tokens, start..<(i + 2), r, reference.map { "\(lower) year → \($0.year + shift) (from \($0))" }), i + 2)
            }
            if let m = month(tokens, i + 1) {
                var resolved: ClosedRange<Int>?
                var note: String?
                if let ref = reference, let refMonth = ref.month {
                    var y = ref.year
                    if shift < 0 && m >= refMonth { y -= 1 }
                    if shift > 0 && m <= refMonth { y += 1 }
                    resolved = CalendarDate(year: y, month: m).dayRange
                    note = "\(lower) \(tokens[i + 1].text) → \(CalendarDate(year: y, month: m)) (from \(ref))"
                }
                var relative = mention(tokens, start..<(i + 2), resolved, note)
                if resolved == nil { relative.monthDay = MonthDay(month: m, day: nil) }
                return (relative, i + 2)
            }
        }
        // two months ago / 3 years ago
        // At most a millennium: "38111111111111111111 years ago" (found by fuzzing) overflowed Int.
        if let n = QuantityParser.numberWords[lower] ?? tokens[i].number, n >= 1, n <= 1000, i + 2 < tokens.count, tokens[i + 2].lower == "ago" {
            let unit = tokens[i + 1].lower
            let months: Int? = unit.hasPrefix("year") ? 12 * Int(n) : (unit.hasPrefix("month") ? Int(n) : (unit.hasPrefix("week") || unit.hasPrefix("day") ? 0 : nil))
            if let months {
                guard let ref = reference, let refMonth = ref.month else { return (mention(tokens, start..<(i + 3), nil), i + 3) }
                let total = ref.year * 12 + (refMonth - 1) - months
                let date = unit.hasPrefix("year") ? CalendarDate(year: total / 12) : CalendarDate(year: total / 12, month: total % 12 + 1)
                return (mention(tokens, start..<(i + 3), date.dayRange, "\(tokens[start..<(i + 3)].map(\.text).joined(separator: " ")) → \(date) (from \(ref))"), i + 3)
            }
        }
        // "On Thursday" in a dated article: the Thursday of that week (see `resolveWeekday`). In a claim or an
        // undated article a weekday stays a name, compared as one.
        if let w = weekdayIndex[lower], tokens[i].isCapitalized, month(tokens, skip(tokens, i + 1, ",")) == nil {
            guard let ref = reference, ref.day != nil else { return nil }
            let cue = start > 0 ? tokens[start - 1].lower : ""
            let future = cue == "next" || cue != "last" && tokens.contains { futureCues.contains($0.lower) }
            let r = (cue == "last" || cue == "next") ? (start - 1)..<(i + 1) : start..<(i + 1)
            guard let date = resolveWeekday(w, from: ref, future: future, strictly: cue == "last" || cue == "next") else { return nil }
            return (mention(tokens, r, date.dayRange, "\(tokens[r].map(\.text).joined(separator: " ")) → \(date) (from \(ref))"), i + 1)
        }
        // weekday, Month day, year
        if weekdays.contains(lower), month(tokens, skip(tokens, i + 1, ",")) != nil {
            i = skip(tokens, i + 1, ",")
        }
        if let m = month(tokens, i) {
            var j = i + 1
            // "Mar. 1": an abbreviation's point ("in April." ends the sentence).
            if j < tokens.count, tokens[j].text == ".", !tokens[j].spaceBefore, monthAbbreviations.contains(tokens[i].lower) { j += 1 }
            // Month and Month Year
            if j + 1 < tokens.count, tokens[j].lower == "and", let m2 = month(tokens, j + 1), let y = year(tokens, j + 2) {
                var both = mention(tokens, start..<(j + 3), range(CalendarDate(year: y, month: m), CalendarDate(year: y, month: m2)))
                both.isEnumeration = true
                return (both, j + 3)
            }
            if let d = day(tokens, j) {
                let after = afterDay(tokens, j)
                let k = skip(tokens, after, ",")
                if let y = year(tokens, k) {
                    return (mention(tokens, start..<(k + 1), CalendarDate(year: y, month: m, day: d).dayRange), k + 1)
                }
                return resolveYearless(tokens, start..<after, month: m, day: d, reference: reference, thatYear: thatYear)
            }
            if let y = year(tokens, skip(tokens, j, ",")) {
                let k = skip(tokens, j, ",")
                return (mention(tokens, start..<(k + 1), CalendarDate(year: y, month: m).dayRange), k + 1)
            }
            return resolveYearless(tokens, start..<j, month: m, day: nil, reference: reference, thatYear: thatYear)
        }
        // 22 June 2017, 1st April 2020, 28th of October 2011; 13 April (no year)
        if let d = day(tokens, i) {
            var k = afterDay(tokens, i)
            if k > i + 1, k < tokens.count, tokens[k].lower == "of" { k += 1 }
            if let m = month(tokens, k) {
                if let y = year(tokens, k + 1) {
                    return (mention(tokens, start..<(k + 2), CalendarDate(year: y, month: m, day: d).dayRange), k + 2)
                }
                return resolveYearless(tokens, start..<(k + 1), month: m, day: d, reference: reference, thatYear: thatYear)
            }
        }
        if let (years, next) = era(tokens, at: i) {
            return (mention(tokens, start..<next, CalendarDate(year: years.lowerBound).dayRange.lowerBound...CalendarDate(year: years.upperBound).dayRange.upperBound), next)
        }
        if let y = year(tokens, i) {
            return (mention(tokens, start..<(i + 1), CalendarDate(year: y).dayRange), i + 1)
        }
        return nil
    }

    /// A decade or a century as the years it spans: "the 1990s" (also "1990's"), "the early 2000s", "the 19th
    /// century" (1800–1899, as it is commonly meant). "Early", "mid" and "late" narrow a decade generously
    /// (early 1990s: 1990–1994), so only a year outside that part contradicts it.
    private static func era(_ tokens: [Token], at start: Int) -> (ClosedRange<Int>, Int)? {
        var i = start
        let part = eraParts[tokens[i].lower]
        if part != nil { i = skip(tokens, i + 1, "-") }
        // "the fifteenth century", as "the 15th century" (lower case only, as below).
        if i + 1 < tokens.count, let n = OrdinalComparison.ordinals[tokens[i].text], tokens[i + 1].text == "century" || tokens[i + 1].text == "centuries" {
            let first = (n - 1) * 100
            return (part.map { first + $0.lowerBound * 10...first + $0.upperBound * 10 + 9 } ?? first...(first + 99), i + 2)
        }
        guard i < tokens.count, tokens[i].kind == .number, let n = Int(tokens[i].text) else { return nil }
        var next = i + 1
        // "21st century"
        if next + 1 < tokens.count, QuantityParser.ordinalSuffixes.contains(tokens[next].lower), !tokens[next].spaceBefore,
           // Lower case only: "20th Century Fox" is a studio.
           tokens[next + 1].text == "century" || tokens[next + 1].text == "centuries", (1...21).contains(n) {
            let first = (n - 1) * 100
            let span = part.map { first + $0.lowerBound * 10...first + $0.upperBound * 10 + 9 } ?? first...(first + 99)
            return (span, next + 2)
        }
        // "1990s", "1990's", "1990 's": a year ending in 0 with an "s" written on.
        guard tokens[i].text.count == 4, n % 10 == 0, (1000...2090).contains(n) else { return nil }
        let apostrophe = next < tokens.count && (tokens[next].text == "'" || tokens[next].text == "’")
        if apostrophe { next += 1 }
        guard next < tokens.count, tokens[next].lower == "s", next == i + 1 ? !tokens[next].spaceBefore : true else { return nil }
        // "1990's Unison": before a name, with no article, the year owns the work; "the 1990's" and "in 1990's Britain"
        // are the decade.
        if apostrophe, part == nil, next + 1 < tokens.count, tokens[next + 1].isWord, tokens[next + 1].isCapitalized,
           !(start > 0 && ["the", "in", "of", "during", "throughout", "from", "since", "by"].contains(tokens[start - 1].lower)) { return nil }
        // "The 1900s" may be the decade or the century: read the wider, so only a year outside both contradicts it;
        // "the late 1800s" is then the late century.
        let century = n % 100 == 0
        let span = part.map { century ? (n + $0.lowerBound * 10)...(n + $0.upperBound * 10 + 9) : (n + $0.lowerBound)...(n + $0.upperBound) }
            ?? n...(n + (century ? 99 : 9))
        return (span, next + 1)
    }

    /// Plural nouns a year may describe as a point of reference ("2019 levels").
    static let referenceNouns: Set<String> = ["levels", "figures", "rules", "prices", "standards", "rates", "values", "terms", "dollars"]

    /// Words that bound a count before its number ("more than", "nearly"); a year is never bounded so.
    static let countBounds: Set<String> = ["than", "over", "under", "about", "around", "nearly", "almost", "approximately", "roughly", "some", "least", "most"]

    /// Parts of a decade (in years) or of a century (in decades).
    static let eraParts: [String: ClosedRange<Int>] = ["early": 0...4, "mid": 3...7, "late": 5...9]

    /// Words that put a sentence's weekday ahead of the article's date ("Wednesday is forecast to be colder").
    static let futureCues: Set<String> = ["will", "'ll", "must", "forecast", "forecasts", "expected", "scheduled", "tomorrow", "upcoming", "next"]

    /// News names the days of its own week: "on Thursday" in an article of Friday 2020-08-14 is 2020-08-13, the
    /// latest Thursday on or before it; in a sentence about what is to come, the next one on or after it.
    static func resolveWeekday(_ weekday: Int, from ref: CalendarDate, future: Bool, strictly: Bool) -> CalendarDate? {
        guard let m = ref.month, let d = ref.day else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let base = calendar.date(from: DateComponents(year: ref.year, month: m, day: d)) else { return nil }
        // Foundation counts Sunday as 1; here Monday is 0.
        let refWeekday = (calendar.component(.weekday, from: base) + 5) % 7
        var shift = future ? (weekday - refWeekday + 7) % 7 : -((refWeekday - weekday + 7) % 7)
        if strictly, shift == 0 { shift = future ? 7 : -7 }
        guard let date = calendar.date(byAdding: .day, value: shift, to: base) else { return nil }
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return CalendarDate(year: c.year!, month: c.month!, day: c.day!)
    }

    /// Whether the clause before token `i` says what is to come: "will", "is scheduled to", "is expected to" within
    /// a few words and no comma ("than expected in March" and "closed in May, and will reopen" look back).
    /// A clause of its own between the cue and the month ("will release the figures it collected in March", "will keep
    /// the layoffs that started in January", "will not say why sales fell in March") dates what already happened; so
    /// does a plan in the past ("was expected to deliver in March").
    static func foretold(_ tokens: [Token], before i: Int) -> Bool {
        var k = i - 1
        while k >= 0, i - k <= 8, ![",", ";", ".", ":"].contains(tokens[k].text) {
            let w = tokens[k].lower
            if clauseOpeners.contains(w) { return false }
            if ["will", "'ll", "next", "upcoming"].contains(w) { return true }
            if ["scheduled", "expected", "due", "set", "slated"].contains(w), k + 1 < i, tokens[k + 1].lower == "to" {
                return !(k > 0 && ["was", "were", "had"].contains(tokens[k - 1].lower))
            }
            k -= 1
        }
        return false
    }

    /// Pronouns and relative or question words that open a clause of their own.
    static let clauseOpeners: Set<String> = ["it", "he", "she", "they", "we", "i", "you", "that", "which", "who", "whom", "whose", "why",
                                             "when", "where", "what", "how", "because", "after", "before", "since"]

    /// `on June 22` in an article of 2017-06-23 is 2017-06-22; a month after the reference falls in the year before,
    /// unless the sentence foretells it (`foretold`). "In January of that year" is the year named before it
    /// (`thatYear`), never the article's; with none named, its year stays unknown.
    private static func resolveYearless(_ tokens: [Token], _ r: Range<Int>, month m: Int, day d: Int?, reference: CalendarDate?,
                                        thatYear: Int?) -> (DateMention, Int) {
        if let (shift, end) = yearAnaphor(tokens, at: r.upperBound) {
            let whole = r.lowerBound..<end
            // (No month and day to compare either: "March of that year" is no March of any year the claim names.)
            guard let y = thatYear else { return (mention(tokens, whole, nil), end) }
            let date = CalendarDate(year: y + shift, month: m, day: d)
            return (mention(tokens, whole, date.dayRange, "\(date) (the year named before: \(y))"), end)
        }
        guard let ref = reference, let refMonth = ref.month else {
            var partial = mention(tokens, r, nil)
            partial.monthDay = MonthDay(month: m, day: d)
            return (partial, r.upperBound)
        }
        // What is to come ("will reopen in June" in an article of February) is the next such month, not the last.
        let y = foretold(tokens, before: r.lowerBound) ? (m < refMonth ? ref.year + 1 : ref.year) : (m > refMonth ? ref.year - 1 : ref.year)
        let date = CalendarDate(year: y, month: m, day: d)
        return (mention(tokens, r, date.dayRange, "\(date) (year from \(ref))"), r.upperBound)
    }

    /// "of that year", "that same year", "of the following year", "the year before" after a month: the year
    /// named before, shifted; with where the words end.
    private static func yearAnaphor(_ tokens: [Token], at start: Int) -> (shift: Int, end: Int)? {
        var i = start
        if i < tokens.count, tokens[i].lower == "," { i += 1 }
        if i < tokens.count, tokens[i].lower == "of" { i += 1 }
        let words = tokens[i..<min(tokens.count, i + 3)].map(\.lower)
        for (phrase, shift) in yearAnaphors where words.starts(with: phrase) { return (shift, i + phrase.count) }
        return nil
    }

    private static let yearAnaphors: [([String], Int)] = [
        (["that", "same", "year"], 0), (["that", "year"], 0), (["the", "same", "year"], 0),
        (["the", "following", "year"], 1), (["the", "next", "year"], 1), (["the", "previous", "year"], -1), (["the", "year", "before"], -1),
    ]
}
