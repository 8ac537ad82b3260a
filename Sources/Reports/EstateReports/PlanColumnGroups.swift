/// Splits the plan columns of a side-by-side table into several tables when they do not fit the
/// terminal, each repeating the first plan (the baseline) so that every table reads on its own: a
/// terminal that wraps a table mid-cell makes it unreadable.
enum PlanColumnGroups {
    /// The tables drawn with as many plans side by side as fit `width`, text columns wrapped if need be
    /// (plans kept in order, each table filled before the next starts), titled once, separated by a blank
    /// line; when one plan cannot stand beside the baseline, all the plans are drawn at once by `fallback`.
    /// - Parameters:
    ///   - count: The number of plans, baseline first.
    ///   - table: Draws the table of the plans at the given indices.
    ///   - fallback: Draws all the plans when tables cannot (e.g. one block per row).
    static func render(
        count: Int, width: Int, styling: Styling, table: ([Int]) -> TextTable, fallback: ([Int]) -> String
    ) -> String {
        var groups: [[Int]] = []
        var current = [0]
        for plan in 1..<max(count, 1) {
            let candidate = current + [plan]
            if current.count > 1, !table(candidate).fitsAsTable(width: width) {
                groups.append(current)
                current = [0, plan]
            } else {
                current = candidate
            }
        }
        groups.append(current)
        // A plan too wide to stand beside the baseline (a long name): one drawing of all the plans (as
        // records, each row lists them all) rather than tables and records mixed, repeating the baseline.
        let drawn = groups.map(table)
        guard drawn.allSatisfy({ $0.fitsAsTable(width: width) }) else { return fallback(Array(0..<count)) }
        return drawn.enumerated().map { index, table in
            var table = table
            if index > 0 { table.title = nil }
            return table.render(styling: styling, width: width)
        }.joined(separator: "\n\n")
    }
}
