import EstateModel

/// The result of running one plan, with the baseline beside it: the start value (the baseline's month 0), the baseline's and the
/// plan's final values, the difference, and the plan's trend as a sparkline; then the costs by funder.
public enum PlanRunReport {
    /// The report as text (no final newline).
    /// - Parameters:
    ///   - run: The plan's run.
    ///   - baseline: The baseline's run over the same years, or nil when the plan is the baseline.
    ///   - outputs: The outputs to show, in order.
    public static func render(_ run: PlanRun, baseline: PlanRun?, outputs: [OutputVariable], style: ReportStyle) -> String {
        let text = { (entry: ReportText) in entry.text(in: style.language) }
        let numbers = style.numbers
        let title = text(
            .runTitle(scenario: run.scenario, plan: run.plan.name, baseline: baseline?.plan.name, years: run.years))
        // Forms: a trend of 20 columns, of 10, none.
        let outputsTable = TableFitting.render(style, forms: 3) { form in
            var columns = [TableColumn.wrapping(text(.indicator)), TableColumn(text(.unit)), TableColumn.number(text(.start))]
            if let baseline { columns.append(TableColumn.number(baseline.plan.name)) }
            columns.append(TableColumn.number(run.plan.name))
            if baseline != nil { columns.append(TableColumn.number(text(.difference))) }
            if form < 2 { columns.append(TableColumn(text(.trend))) }
            var table = TextTable(title: title, columns: columns)
            for output in outputs {
                guard let series = run.series(output.id), let own = series.first, let last = series.last else { continue }
                // The estate as it is today, shared by every plan: a plan whose actions act at month 0
                // (charges) would otherwise seem to start elsewhere than the baseline.
                let first = baseline?.series(output.id)?.first ?? own
                let base = baseline?.finalValue(output.id)
                let digits = ValueDigits.digits(for: [first, last, base ?? 0])
                var row = [
                    TableCell(output.label.text(in: style.language)), TableCell(UnitNames.display(output.units, in: style.language)),
                    TableCell(numbers.decimal(first, fractionDigits: digits)),
                ]
                if baseline != nil { row.append(TableCell(base.map { numbers.decimal($0, fractionDigits: digits) } ?? "—")) }
                row.append(TableCell(numbers.decimal(last, fractionDigits: digits), style: .bold))
                if baseline != nil {
                    let difference = base.map { last - $0 } ?? .nan
                    row.append(
                        TableCell.difference(
                            difference, text: numbers.signedDifference(difference, fractionDigits: digits),
                            higherIsBetter: OutputPolarity.higherIsBetter(output.id)))
                }
                // Half the last displayed digit: a movement the table cannot show is drawn flat.
                let resolution = (0..<digits).reduce(0.5) { step, _ in step / 10 }
                if form < 2 { row.append(TableCell(Sparkline.render(series, width: form == 0 ? 20 : 10, resolution: resolution))) }
                table.append(row)
            }
            return table
        }
        let runs = [baseline, run].compactMap { $0 }
        return outputsTable + "\n\n" + CostReport.render(runs, style: style)
    }
}
