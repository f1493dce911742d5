/// Whose figure a figure is: in "Seoul, Daejeon and Cheongju reaching ten degrees, … and Daegu, 15 degrees",
/// 15 degrees is Daegu's. A figure right after another name (a few words, same clause) is not the claim's.
enum QuantityOwner {
    static let reach = 4

    static func belongsToAnother(_ q: Quantity, in unit: TextAnalysis, claimEntities: [EntityMention]) -> Bool {
        guard !claimEntities.isEmpty,
              let owner = unit.entities.last(where: { $0.tokenRange.upperBound <= q.tokenRange.lowerBound && q.tokenRange.lowerBound - $0.tokenRange.upperBound <= reach }),
              !(owner.tokenRange.upperBound..<q.tokenRange.lowerBound).contains(where: { [";", "—", "("].contains(unit.tokens[$0].text) })
        else { return false }
        return !claimEntities.contains { $0.refers(to: owner) || owner.refers(to: $0) }
    }
}
