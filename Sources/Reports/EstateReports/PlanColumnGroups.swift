/// Splits the plan columns of a side-by-side table into several tables when they do not fit the
/// terminal, each repeating the first plan (the baseline) so that every table reads on its own: a
/// terminal that wraps a table mid-cell makes it unreadable.
enum PlanColumnGroups {
    /// The tables drawn with as many plans side by side as fit `width` (plans kept in order, each table
    /// filled before the next starts), titled once, separated by a blank line; when even one plan beside
    /// the baseline is too wide, all the plans are drawn at once by `fallback`.
    /// - Parameters:
    ///   - count: The number of plans, baseline first.
    ///   - table: Draws the table of the plans at the given indices.
    ///   - fallback: Draws a table that does not fit (e.g. with shortened labels).
    static func render(
        count: Int, width: Int, styling: Styling, table: ([Int]) -> TextTable, fallback: ([Int]) -> String
    ) -> String {
        // Not even one plan beside the baseline: one drawing of all the plans (as records, each row lists
        // them all) rather than a table per plan repeating the baseline.
        if count > 1, table([0, 1]).untitledWidth > width { return fallback(Array(0..<count)) }
        var groups: [[Int]] = []
        var current = [0]
        for plan in 1..<max(count, 1) {
            let candidate = current + [plan]
            if current.count > 1, table(candidate).untitledWidth > width {
                groups.append(current)
                current = [0, plan]
            } else {
                current = candidate
            }
        }
        groups.append(current)
        return groups.enumerated().map { index, plans in
            var drawn = table(plans)
            guard drawn.untitledWidth <= width else { return fallback(plans) }
            if index > 0 { drawn.title = nil }
            return drawn.render(styling: styling)
        }.joined(separator: "\n\n")
    }
}

extension TextTable {
    /// The widest line of the table, its title aside (a long title does not make the columns too wide).
    var untitledWidth: Int {
        var untitled = self
        untitled.title = nil
        return untitled.render().split(separator: "\n").map { String($0).displayWidth }.max() ?? 0
    }
}
