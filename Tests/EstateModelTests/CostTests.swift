import Testing
@testable import EstateModel

@Suite("Costs by year and funder")
struct CostTests {
    @Test("a small plan costs what hand arithmetic says, split by year and funder")
    func handArithmetic() throws {
        let model = try TestSupport.model()
        var scenario = try TestSupport.scenario("national-2011")  // 400 dwellings
        scenario.setPlan(
            Plan(
                name: "petit",
                actions: [
                    // 0.5 × 400 dwellings × 30 €/month × 12 months = 72 000 € in year 1, all recovered from tenants.
                    Action(lever: "cleaning_reinforcement", startYear: 0, durationYears: 1, level: 0.5),
                    // 0.25 FTE/100 dw × 4 × 40 000 €/yr over years 2-3 = 40 000 €/yr; tenants 40%, landlord 60%.
                    Action(lever: "caretakers", startYear: 1, durationYears: 2, level: 0.25),
                    // 1 × 400 × 80 €/yr for 1 year = 32 000 €; State/city 80%, landlord 20%.
                    Action(lever: "social_cohesion", startYear: 2, durationYears: 1, level: 1),
                ]))
        let run = try model.run(scenario, planNamed: "petit", years: 4)
        let costs = run.costs
        #expect(abs(costs.total - 184_000) < 1)
        #expect(abs((run.finalValue("cost_cumulative") ?? 0) - costs.total) < 1e-3)
        let byYear = costs.byYear
        #expect(byYear.count == 4)
        for (year, expected) in [72_000.0, 40_000, 72_000, 0].enumerated() {
            #expect(abs(byYear[year] - expected) < 1, "year \(year + 1)")
        }
        #expect(abs(costs.total(paidBy: .tenants) - (72_000 + 0.4 * 80_000)) < 1)
        #expect(abs(costs.total(paidBy: .landlord) - (0.6 * 80_000 + 0.2 * 32_000)) < 1)
        #expect(abs(costs.total(paidBy: .stateAndCity) - 0.8 * 32_000) < 1)
        #expect(abs(costs.total(paidBy: .tenants, year: 1) - 72_000) < 1)
        // Recoverable cleaning shows in the charges: +0.5 × 30 €/month per dwelling during year 1.
        #expect(abs(run.at("charges_per_month", year: 0.5) - 165) < 1e-6)
    }

    @Test("a scenario's State/city share overrides the catalogue's")
    func fundingOverride() throws {
        let scenario = try TestSupport.scenario("grand-ensemble-anru")
        let run = try TestSupport.run(scenario, "anru-bati")
        let residentialisation = try #require(run.costs.levers.first { $0.lever == "residentialisation" })
        #expect(residentialisation.shares[.stateAndCity] == 0.5)
        #expect(abs(run.costs.total - (run.finalValue("cost_cumulative") ?? 0)) < 1e-3)
    }
}
