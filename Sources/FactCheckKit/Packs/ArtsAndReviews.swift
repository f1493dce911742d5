/// Films, music, games and books: how their reception is counted. A review aggregator's "based on 70 reviews"
/// counts the same thing as "70 critics" or "70 reviewers".
extension DomainPack {
    static let artsAndReviews = DomainPack(
        name: "arts and reviews",
        // Review aggregators are sites, not people: "Rotten Tomatoes assigned the film …" names no rival to the film.
        aliases: [
            ("Rotten Tomatoes", ["rotten tomatoes"]),
            ("Metacritic", ["metacritic"]),
            ("GameRankings", ["gamerankings"]),
            ("Box Office Mojo", ["box office mojo"]),
        ],
        synonymGroups: [
            ["review", "reviews", "critic", "critics", "reviewer", "reviewers"],
            ["film", "films", "movie", "movies"],
        ],
        // "Ghost is a 1994 American romantic fantasy film": the year is its release.
        datedNouns: [
            (["film", "movie", "album", "song", "single", "ep", "game", "documentary", "series", "sitcom", "musical"],
             ["release", "released", "premiere", "premiered", "debut", "debuted"]),
            (["novel", "book", "memoir", "poem", "play"], ["publish", "published", "release", "released"]),
        ],
        figureReporters: ["Rotten Tomatoes", "Metacritic", "GameRankings", "Box Office Mojo"],
        // "Under 78 people reviewed the film" counts what "based on 78 reviews" counts.
        outcomeNouns: [(["reviews"], ["reviewed"])]
    )
}
