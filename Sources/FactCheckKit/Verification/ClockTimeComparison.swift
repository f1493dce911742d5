/// A time of day read against the evidence's: "reached the top at around 3:00 pm" against "made it to the top at
/// around 5:00 pm". The claim's times all given (a bound such as "just after 10 p.m." by the same bound) is a figure
/// stated; another time is a conflict only when the evidence gives one time (bounds aside), in the claim's zone or
/// none, and the rest of the claim is there; "around" allows a quarter of an hour either way. A claim's time the
/// evidence does not give is not stated, however much else is shared.
struct ClockTimeComparison: SlotComparer {
    /// Share of the claim's other words the evidence must carry for a conflict.
    static let coverage = 0.7
    static let approximateMinutes = 15

    func compare(_ input: ComparisonInput) -> Finding? {
        let claimed = ClockTime.all(in: input.claim)
        guard !claimed.isEmpty else { return nil }
        let given = input.evidence.flatMap { ClockTime.all(in: $0) }
        let unmatched = claimed.filter { want in !given.contains { Self.same(want, $0) } }
        let settled = input.missing.isEmpty && !input.claim.saysNot
        let exact = given.filter { !$0.isBound && !$0.aside }
        guard let want = unmatched.first else {
            guard settled, input.coverageWithTitle >= FigureComparison.agreementCoverage, let first = claimed.first,
                  let match = given.first(where: { Self.same(first, $0) }) else { return nil }
            // Of several times ("Polls closed at 8 p.m., and the first results came in at 11 p.m."), which is the claim's
            // the rules do not read.
            if Set(exact.map(\.minutes)).count > 1 { return .unread(slot: .time, claim: first.text, why: "the sentence gives several times") }
            return .agreement(slot: .time, claim: first.text, evidence: match.text)
        }
        if !want.isBound, claimed.filter({ !$0.isBound }).count == 1, settled, input.coverage >= Self.coverage,
           Set(exact.map(\.minutes)).count == 1, let got = exact.first, Self.comparable(want, got) {
            return .conflict(slot: .time, claim: want.text, evidence: got.text)
        }
        // (Only where the claim's names are all there: a sentence about something else is no sentence that withholds it.)
        // (Unread rather than unstated: "noon" or "midday" may say it in words the model reads.)
        return input.missing.isEmpty ? .unread(slot: .time, claim: want.text, why: "no sentence here gives that time") : nil
    }

    /// The same time by the same bound, give or take what "around" allows: "12:05 p.m. ET" is "9:05 a.m. PT".
    static func same(_ a: ClockTime, _ b: ClockTime) -> Bool {
        guard a.bound == b.bound, comparable(a, b) else { return false }
        let (x, y) = a.zone != nil && b.zone != nil && a.zone != b.zone ? (a.utcMinutes ?? 0, b.utcMinutes ?? 0) : (a.minutes, b.minutes)
        let apart = min(abs(x - y), 24 * 60 - abs(x - y))
        return apart <= (a.approximate || b.approximate ? approximateMinutes : 0)
    }

    /// Two times in one zone, one with none written, or both in US zones.
    static func comparable(_ a: ClockTime, _ b: ClockTime) -> Bool {
        a.zone == nil || b.zone == nil || a.zone == b.zone || a.inUSZone && b.inUSZone
    }
}
