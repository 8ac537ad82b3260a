import Testing
@testable import EstateModel

/// Actions take time: at month 0 every plan starts from the same estate (MODEL.md: perceived quality lags
/// actual quality by 2-6 months). Only what tenants pay (charges) and what is spent may differ at once.
@Suite("Plans do not act at month 0")
struct PlanStartTests {
    static let scenarios = ["national-2011", "kremlin-bicetre", "grand-ensemble-anru"]

    @Test("every output but charges and cost equals the statu-quo value at month 0", arguments: scenarios)
    func sameStartForEveryPlan(name: String) throws {
        let scenario = try TestSupport.scenario(name)
        let baseline = try TestSupport.run(scenario, "statu-quo", years: 1)
        let exempt: Set<String> = ["charges_per_month", "cost_cumulative"]
        for plan in scenario.plans where plan.name != "statu-quo" {
            let run = try TestSupport.model().run(scenario, plan: plan, years: 1)
            for output in OutputVariable.identifiers where !exempt.contains(output) {
                let start = try #require(run.value(output, atMonth: 0))
                let expected = try #require(baseline.value(output, atMonth: 0))
                #expect(abs(start - expected) <= 1e-9 * max(1, abs(expected)),
                        "\(name)/\(plan.name): \(output) starts at \(start), statu-quo at \(expected)")
            }
        }
    }

    @Test("a plan's effects appear within months, not at once")
    func effectsFollowWithinMonths() throws {
        let scenario = try TestSupport.scenario("kremlin-bicetre")
        let baseline = try TestSupport.run(scenario, "statu-quo", years: 1)
        let deuxAxes = try TestSupport.run(scenario, "deux-axes", years: 1)
        let gain = deuxAxes.at("satisfaction_requests", year: 1) - baseline.at("satisfaction_requests", year: 1)
        #expect(gain > 3, "request handling improves within the first year (\(gain))")
    }
}
