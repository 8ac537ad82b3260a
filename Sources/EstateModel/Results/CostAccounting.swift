import SystemDynamics

/// The costs of a plan by lever, year and funder.
///
/// Read from the model's per-lever cumulative cost stocks (`cost_<lever>`) at each year's boundary, so that
/// the totals add up to the model's `cost_cumulative` exactly (up to rounding), whatever the time step.
public struct CostAccounting: Sendable, Hashable {
    /// Costs of the levers that spent something, in catalogue order.
    public var levers: [LeverCost]
    /// Number of (possibly partial) years covered.
    public var yearCount: Int

    /// Builds the accounting from a run's results.
    /// - Parameter stateAndCityShares: the scenario's overrides of the catalogue's State/city shares.
    public init(results: SimulationResults, stateAndCityShares: [String: Double] = [:]) {
        let times = results.times
        let lastMonth = times.last ?? 0
        let first = times.first ?? 0
        yearCount = max(0, Int(((lastMonth - first) / 12).rounded(.up)))
        // Row of each year boundary: the first saved time at or after it (the last row for a partial year).
        let boundaries = (0...yearCount).map { year -> Int in
            let month = first + Double(year) * 12
            return times.firstIndex { $0 >= month - 1e-9 } ?? max(0, times.count - 1)
        }
        var levers: [LeverCost] = []
        for lever in LeverCatalogue.all {
            guard let cumulative = results.series(lever.costStock), !cumulative.isEmpty else { continue }
            let byYear = (0..<yearCount).map { cumulative[boundaries[$0 + 1]] - cumulative[boundaries[$0]] }
            guard byYear.contains(where: { $0 != 0 }) else { continue }
            let tenants = lever.tenantShareParameter.flatMap { results.value($0, at: 0) } ?? 0
            let publicShare = min(stateAndCityShares[lever.id] ?? lever.stateAndCityShare, 1 - tenants)
            levers.append(
                LeverCost(
                    lever: lever.id, byYear: byYear,
                    shares: [.tenants: tenants, .stateAndCity: publicShare, .landlord: 1 - tenants - publicShare]))
        }
        self.levers = levers
    }

    /// Total cost of the plan, all funders.
    public var total: Double { levers.reduce(0) { $0 + $1.total } }

    /// Total paid by `funder`, over the run or in one year (1-based).
    public func total(paidBy funder: Funder, year: Int? = nil) -> Double {
        levers.reduce(0) { $0 + $1.cost(paidBy: funder, year: year) }
    }

    /// Total of each year, all funders (year 1 first).
    public var byYear: [Double] {
        (0..<yearCount).map { year in levers.reduce(0) { $0 + ($1.byYear.indices.contains(year) ? $1.byYear[year] : 0) } }
    }
}
