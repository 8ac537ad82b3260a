import EstateModel

/// The costs of plans by funder, side by side.
public enum CostReport {
    /// One column per run: what each funder pays over the run, the total, and satisfaction points gained
    /// per million euros against the first run.
    public static func table(_ runs: [PlanRun], style: ReportStyle) -> TextTable {
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
        if let baseline = runs.first, runs.count > 1 {
            table.append(
                [TableCell(ReportText.pointsPerMillion.text(in: style.language))]
                    + runs.map { run in
                        TableCell(run.pointsPerMillion(comparedWith: baseline).map { numbers.decimal($0, fractionDigits: 2) } ?? "—")
                    })
        }
        return table
    }
}
