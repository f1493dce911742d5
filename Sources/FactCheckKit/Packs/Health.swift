/// Public health: a disease's names, and its deaths however they are worded. "COVID-19", "Covid" and "coronavirus"
/// are one illness, and its capitalised name is a term, not someone a sentence must name ("185 confirmed cases" on a
/// page titled "2020 coronavirus pandemic in Bulgaria" counts cases of COVID-19).
extension DomainPack {
    static let health = DomainPack(
        name: "health",
        synonymGroups: [
            ["coronavirus", "covid", "covid-19", "sars-cov-2", "2019-ncov"],
            // A count of deaths, however a report words it: "57 fatalities" counts what "58 recorded deaths" does.
            ["death", "deaths", "fatality", "fatalities"],
        ],
        ordinaryTerms: ["covid", "covid-19", "sars-cov-2", "2019-ncov"]
    )
}
