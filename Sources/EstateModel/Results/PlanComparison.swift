/// Several plans of one scenario run over the same horizon, compared with the first (by convention no action).
public struct PlanComparison: Sendable {
    /// The runs, the reference first.
    public var runs: [PlanRun]

    /// Creates a comparison; the first run is the reference.
    public init(runs: [PlanRun]) { self.runs = runs }

    /// The reference run (the first plan), if any.
    public var reference: PlanRun? { runs.first }

    /// Final value of `output` for each plan, in run order.
    public func finalValues(_ output: String) -> [Double?] { runs.map { $0.finalValue(output) } }

    /// Difference of each plan's final value of `output` with the reference's (0 for the reference).
    public func differences(_ output: String) -> [Double?] {
        guard let base = reference?.finalValue(output) else { return runs.map { _ in nil } }
        return runs.map { run in run.finalValue(output).map { $0 - base } }
    }
}
