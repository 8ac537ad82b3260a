import Testing
@testable import EstateModel

/// Turnover and vacancy stay plausible with no action: departures saturate and market tightness matters
/// (research/domain.md §2.7: 10%/yr nationally, 6% in tight markets, 13% in the slackest; vacancy 3.3%).
@Suite("Turnover and vacancy: bounded, and tight markets keep households in place")
struct TurnoverAndVacancyTests {
    /// Upper bounds for each shipped scenario over 30 years without action: a tight Val-de-Marne market stays
    /// well under 10%/yr and a few percent vacant; a distressed ANRU estate at most about 15% and 12%.
    static let bounds: [(scenario: String, turnover: Double, vacancy: Double)] = [
        ("national-2011", 10.5, 3.5),
        ("kremlin-bicetre", 9, 4),
        ("grand-ensemble-anru", 15, 12),
    ]

    @Test("over 30 years with no action, turnover and vacancy stay within plausible bounds", arguments: bounds)
    func boundedWithoutAction(bound: (scenario: String, turnover: Double, vacancy: Double)) throws {
        let run = try TestSupport.run(TestSupport.scenario(bound.scenario), "statu-quo", years: 30)
        let turnover = try #require(run.series("turnover"))
        let vacancy = try #require(run.series("vacancy"))
        #expect(turnover.max() ?? .infinity <= bound.turnover, "\(bound.scenario): turnover \(turnover.max() ?? .nan)")
        #expect(vacancy.max() ?? .infinity <= bound.vacancy, "\(bound.scenario): vacancy \(vacancy.max() ?? .nan)")
        #expect(turnover.min() ?? 0 > 0 && vacancy.min() ?? 0 > 0)
    }

    @Test("the same troubled estate loses more households in a slack market than in a tight one")
    func tightnessMatters() throws {
        var slack = try TestSupport.scenario("kremlin-bicetre")
        slack.parameterValues["turnover_normal"] = 13   // zone C (research/domain.md §2.7)
        let tightRun = try TestSupport.run(TestSupport.scenario("kremlin-bicetre"), "statu-quo")
        let slackRun = try TestSupport.run(slack, "statu-quo")
        // Relative to each market's normal, departures rise more where households can leave.
        #expect(slackRun.end("turnover") / 13 > tightRun.end("turnover") / 6 + 0.1)
    }
}
