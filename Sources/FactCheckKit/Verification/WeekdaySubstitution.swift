/// Another day of the week for the same statement: "peaks on Thursday" against "should peak Wednesday".
/// Only when the evidence names exactly one other day and the rest of the claim is there.
struct WeekdaySubstitution: SlotComparer {
    static let days: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    func compare(_ input: ComparisonInput) -> Finding? {
        guard input.missing.isEmpty, input.coverage >= 0.7 else { return nil }
        let claimed = Set(input.claim.tokens.filter { Self.days.contains($0.lower) }.map(\.text))
        guard claimed.count == 1, let day = claimed.first else { return nil }
        let stated = Set(input.evidence.flatMap { $0.tokens.filter { Self.days.contains($0.lower) }.map(\.text) })
        guard !stated.contains(day), stated.count == 1, let other = stated.first else { return nil }
        return .conflict(slot: .weekday, claim: day, evidence: other)
    }
}
