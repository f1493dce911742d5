/// Films, music, games and books: how their reception is counted and told. A review aggregator's "based on 70
/// reviews" counts the same thing as "70 critics" or "70 reviewers"; "generally unfavorable reviews" are
/// "negative reviews", and the opposite of "positive" ones.
extension DomainPack {
    static let artsAndReviews = DomainPack(
        name: "arts and reviews",
        synonymGroups: [
            ["review", "reviews", "critic", "critics", "reviewer", "reviewers"],
            ["positive", "favorable", "favourable", "flattering"],
            ["negative", "unfavorable", "unfavourable", "bleak"],
            ["mixed", "ambivalent", "blended", "varied"],
        ],
        antonymPairs: [
            ("positive", "negative"), ("favorable", "unfavorable"), ("favourable", "unfavourable"),
        ]
    )
}
