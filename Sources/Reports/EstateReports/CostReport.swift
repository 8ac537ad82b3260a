import EstateModel

/// The costs of plans by funder, side by side.
public enum CostReport {
    /// One column per run: what each funder pays over the run, the total, the charges tenants pay per
    /// month on average over the run, and satisfaction points gained per million euros.
    /// - Parameter efficiencyBaselines: For each run, the run its points per M€ are measured against; by
    ///   default the first run, whose own column then shows `—`.
    public static func table(_ runs: [PlanRun], style: ReportStyle, efficiencyBaselines: [PlanRun]? = nil) -> TextTable {
        let numbers = style.numbers
        var table = TextTable(
            title: ReportText.costTitle.text(in: style.language),
            columns: [TableColumn(ReportText.funder.text(in: style.language))]
                + runs.map { TableColumn.number($0.plan.name, unit: "€") })
        for funder in Funder.allCases {
            table.append(
                [TableCell(funder.name.text(in: style.language))]
                    + runs.map { TableCell(numbers.decimal($0.costs.total(paidBy: funder), fractionDigits: 0)) })
        }
        table.append(
            [TableCell(ReportText.total.text(in: style.language), style: .bold)]
                + runs.map { TableCell(numbers.decimal($0.costs.total, fractionDigits: 0), style: .bold) })
        // Final charges hide what tenants paid while actions ran (they often end at the horizon): the
        // mean over the period is what a tenant's budget felt.
        table.append(
            [TableCell(ReportText.averageCharges.text(in: style.language))]
                + runs.map { run in
                    TableCell(averageCharges(run).map { numbers.decimal($0, fractionDigits: 1) } ?? "—")
                })
        let baselines = efficiencyBaselines ?? runs.first.map { first in Array(repeating: first, count: runs.count) } ?? []
        if runs.count > 1 || efficiencyBaselines != nil {
            table.append(
                [TableCell(ReportText.pointsPerMillion.text(in: style.language))]
                    + zip(runs.indices, runs).map { index, run in
                        let isOwnBaseline = efficiencyBaselines == nil && index == 0
                        guard !isOwnBaseline, index < baselines.count,
                            let points = run.pointsPerMillion(comparedWith: baselines[index])
                        else { return TableCell("—") }
                        return TableCell(numbers.decimal(points, fractionDigits: 2))
                    })
        }
        return table
    }

    /// The cost table as text, split into several tables (each repeating the first run) when the runs do
    /// not fit `style.width` side by side.
    public static func render(_ runs: [PlanRun], style: ReportStyle, efficiencyBaselines: [PlanRun]? = nil) -> String {
        let draw = { (indices: [Int]) -> TextTable in
            // Each group starts with the first run, so default efficiency baselines stay the same.
            table(indices.map { runs[$0] }, style: style, efficiencyBaselines: efficiencyBaselines.map { baselines in
                indices.compactMap { baselines.indices.contains($0) ? baselines[$0] : nil }
            })
        }
        return PlanColumnGroups.render(
            count: runs.count, width: style.width, styling: style.styling, table: draw,
            fallback: { draw($0).render(styling: style.styling, width: style.width) })
    }

    /// The mean of a run's `charges_per_month` over its months (saved months are evenly spaced), or nil
    /// when the model has no such output.
    public static func averageCharges(_ run: PlanRun) -> Double? {
        guard let series = run.series("charges_per_month"), !series.isEmpty else { return nil }
        return series.reduce(0, +) / Double(series.count)
    }
}
