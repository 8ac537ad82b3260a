import SystemDynamics

/// The result of running one plan of a scenario: every variable over time, and the plan's costs.
public struct PlanRun: Sendable {
    /// Name of the scenario.
    public var scenario: String
    /// The plan that was run.
    public var plan: Plan
    /// Every saved value (time in months, one row per month).
    public var results: SimulationResults
    /// Costs by lever, year and funder.
    public var costs: CostAccounting

    /// Creates a run result.
    public init(scenario: String, plan: Plan, results: SimulationResults, costs: CostAccounting) {
        self.scenario = scenario
        self.plan = plan
        self.results = results
        self.costs = costs
    }

    /// Saved times in months.
    public var months: [Double] { results.times }

    /// The series of an output (any model variable), or nil if there is no such variable.
    public func series(_ id: String) -> [Double]? { results.series(id) }

    /// The value of a variable at the saved time closest to `month`.
    public func value(_ id: String, atMonth month: Double) -> Double? {
        guard let row = row(atMonth: month) else { return nil }
        return results.value(id, at: row)
    }

    /// The value of a variable at the end of the run.
    public func finalValue(_ id: String) -> Double? { results.finalValue(id) }

    /// Satisfaction points gained over the first plan compared with, per million euros spent (nil when the
    /// plan costs nothing).
    public func pointsPerMillion(comparedWith baseline: PlanRun) -> Double? {
        guard costs.total > 0, let mine = finalValue("satisfaction"), let theirs = baseline.finalValue("satisfaction")
        else { return nil }
        return (mine - theirs) / (costs.total / 1_000_000)
    }

    func row(atMonth month: Double) -> Int? {
        guard !results.times.isEmpty else { return nil }
        var best = 0
        for (index, time) in results.times.enumerated() where abs(time - month) < abs(results.times[best] - month) {
            best = index
        }
        return best
    }
}
