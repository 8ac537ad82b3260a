import Testing
@testable import EstateModel

/// MODEL.md behaviour 4: extreme conditions keep every output in its physical range, never NaN, and move
/// in the direction a practitioner expects.
@Suite("Extreme conditions")
struct ExtremeConditionTests {
    static let percentages = [
        "satisfaction", "satisfaction_cleanliness", "satisfaction_equipment", "satisfaction_requests",
        "satisfaction_reception", "satisfaction_communication", "satisfaction_living_environment", "safety", "trust",
        "cohesion", "building_condition", "cleanliness", "turnover", "vacancy",
    ]

    func checkRanges(_ run: PlanRun, _ label: String) {
        for output in OutputVariable.identifiers {
            let series = run.series(output) ?? []
            #expect(!series.isEmpty, "\(label): no series for \(output)")
            #expect(series.allSatisfy { $0.isFinite }, "\(label): \(output) is not finite")
            #expect(series.allSatisfy { $0 >= 0 }, "\(label): \(output) goes negative")
            if Self.percentages.contains(output) {
                #expect(series.allSatisfy { $0 <= 100 }, "\(label): \(output) exceeds 100")
            }
        }
        #expect((run.series("handling_delay_days") ?? []).allSatisfy { $0 <= 730 })
    }

    func national(_ overrides: [String: Double]) throws -> Scenario {
        var scenario = try TestSupport.scenario("national-2011")
        for (name, value) in overrides { scenario.parameterValues[name] = value }
        return scenario
    }

    @Test("zero staff: outputs stay in range and service collapses")
    func zeroStaff() throws {
        let run = try TestSupport.run(try national(["caretakers": 0, "back_office_staff": 0]), "statu-quo", years: 30)
        checkRanges(run, "zero staff")
        #expect(run.end("satisfaction_requests") < 40)
        #expect(run.end("cleanliness") < 70)
        #expect(run.end("satisfaction") < 83)
        #expect(run.end("handling_delay_days") > 100)
    }

    @Test("zero budget: no maintenance, no contract cleaning, no surveys: the estate degrades")
    func zeroBudget() throws {
        let run = try TestSupport.run(
            try national(["maintenance_budget": 0, "cleaning_contract_level": 0, "survey_programme": 0]), "statu-quo",
            years: 30)
        checkRanges(run, "zero budget")
        #expect(run.end("building_condition") < 60)
        #expect(run.end("cleanliness") < 60)
        #expect(run.end("satisfaction") < 75)
        #expect(run.end("cost_cumulative") == 0)
    }

    @Test("doubled requests: longer delays and lower satisfaction with request handling")
    func doubledRequests() throws {
        let run = try TestSupport.run(try national(["request_volume_multiplier": 2]), "statu-quo", years: 10)
        checkRanges(run, "doubled requests")
        #expect(run.end("satisfaction_requests") < 55)
        #expect(run.end("backlog") > run.at("backlog", year: 0))
    }

    @Test("enormous budgets: every lever at its upper bound for 30 years stays in range and improves the estate")
    func everyLeverAtItsUpperBound() throws {
        let model = try TestSupport.model()
        var scenario = try TestSupport.scenario("kremlin-bicetre")
        let actions = LeverCatalogue.all.map { lever in
            Action(lever: lever.id, startYear: 0, durationYears: 30, level: model.range(of: lever.parameter)?.upperBound ?? 1)
        }
        scenario.setPlan(Plan(name: "tout", actions: actions))
        let run = try model.run(scenario, planNamed: "tout", years: 30)
        let none = try model.run(scenario, planNamed: "statu-quo", years: 30)
        checkRanges(run, "every lever at its maximum")
        #expect(run.end("satisfaction") > none.end("satisfaction"))
        #expect(run.end("safety") > none.end("safety"))
        #expect(run.end("cost_cumulative") > 1_000_000)
    }

    @Test("every lever at its lower bound is the same as no action")
    func everyLeverAtItsLowerBound() throws {
        let model = try TestSupport.model()
        var scenario = try TestSupport.scenario("kremlin-bicetre")
        let actions = LeverCatalogue.all.map { Action(lever: $0.id, startYear: 0, durationYears: 10, level: 0) }
        scenario.setPlan(Plan(name: "zero", actions: actions))
        let run = try model.run(scenario, planNamed: "zero")
        let none = try model.run(scenario, planNamed: "statu-quo")
        checkRanges(run, "every lever at 0")
        for output in OutputVariable.identifiers {
            #expect(abs(run.end(output) - none.end(output)) < 1e-9, "\(output)")
        }
    }

    @Test("every scenario plan stays in range over 30 years")
    func scenarioPlansInRange() throws {
        for name in ["national-2011", "kremlin-bicetre", "grand-ensemble-anru"] {
            let scenario = try TestSupport.scenario(name)
            for plan in scenario.plans {
                checkRanges(try TestSupport.model().run(scenario, plan: plan, years: 30), "\(name)/\(plan.name)")
            }
        }
    }
}
