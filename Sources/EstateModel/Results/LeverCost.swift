/// What one lever of a plan costs, year by year, and who pays.
public struct LeverCost: Sendable, Hashable {
    /// Lever identifier.
    public var lever: String
    /// Cost of each simulated year (year 1 first), all funders, in euros.
    public var byYear: [Double]
    /// Share paid by each funder (they sum to 1).
    public var shares: [Funder: Double]

    /// Total over the run, all funders.
    public var total: Double { byYear.reduce(0, +) }

    /// Cost paid by `funder` in year `year` (1-based), or over the whole run when `year` is nil.
    public func cost(paidBy funder: Funder, year: Int? = nil) -> Double {
        let share = shares[funder] ?? 0
        guard let year else { return total * share }
        return byYear.indices.contains(year - 1) ? byYear[year - 1] * share : 0
    }
}
