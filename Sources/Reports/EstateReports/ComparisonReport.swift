import EstateModel

/// Several plans side by side: each output's final value under each plan, with the difference to the
/// first plan (the baseline) in brackets, then the costs by funder.
public enum ComparisonReport {
    /// The report as text (no final newline).
    public static func render(_ comparison: PlanComparison, outputs: [OutputVariable], style: ReportStyle) -> String {
        guard let reference = comparison.reference else { return "" }
        let numbers = style.numbers
        let title = ReportText.compareTitle(
            scenario: reference.scenario, baseline: reference.plan.name, years: reference.years
        ).text(in: style.language)
        let outputsTable = TableFitting.render(style) { useLabels in
            var table = TextTable(
                title: title,
                columns: [
                    TableColumn(ReportText.indicator.text(in: style.language)),
                    TableColumn(ReportText.unit.text(in: style.language)),
                ] + comparison.runs.map { TableColumn.number($0.plan.name) })
            for output in outputs {
                let finals = comparison.finalValues(output.id)
                let differences = comparison.differences(output.id)
                let digits = ValueDigits.digits(for: finals.compactMap { $0 })
                var row = [
                    TableCell(TableFitting.name(of: output, useLabels: useLabels, style: style)), TableCell(output.units),
                ]
                for (index, final) in finals.enumerated() {
                    guard let final else {
                        row.append("—")
                        continue
                    }
                    let value = numbers.decimal(final, fractionDigits: digits)
                    guard index > 0, let difference = differences[index] else {
                        row.append(TableCell(value, style: .bold))
                        continue
                    }
                    row.append(
                        TableCell.difference(
                            difference,
                            text: "\(value) (\(numbers.signedDifference(difference, fractionDigits: digits)))",
                            higherIsBetter: OutputPolarity.higherIsBetter(output.id)))
                }
                table.append(row)
            }
            return table
        }
        return outputsTable + "\n\n" + CostReport.table(comparison.runs, style: style).render(styling: style.styling)
    }
}
