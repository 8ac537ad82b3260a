import EstateModel

/// Several plans side by side: each output's final value under each plan, with the difference to the
/// first plan (the baseline) in brackets, then the costs by funder.
public enum ComparisonReport {
    /// The report as text (no final newline).
    /// - Parameters:
    ///   - outputs: The rows, usually ``HeadlineOutputs/outputs(of:)`` (the REPL and the batch show the same).
    ///   - efficiencyBaselines: For each run, the run its satisfaction points per M€ are measured against
    ///     (`replay` compares a plan before and after a change, each against the baseline plan of its own
    ///     assumptions); by default every run is measured against the first.
    public static func render(
        _ comparison: PlanComparison, outputs: [OutputVariable], style: ReportStyle, efficiencyBaselines: [PlanRun]? = nil
    ) -> String {
        guard let reference = comparison.reference else { return "" }
        let numbers = style.numbers
        let title = ReportText.compareTitle(
            scenario: reference.scenario, baseline: reference.plan.name, years: reference.years
        ).text(in: style.language)
        let draw = { (plans: [Int]) -> TextTable in
            var table = TextTable(
                title: title,
                columns: [
                    TableColumn.wrapping(ReportText.indicator.text(in: style.language)),
                    TableColumn(ReportText.unit.text(in: style.language)),
                ] + plans.map { TableColumn.number(comparison.runs[$0].plan.name) })
            for output in outputs {
                let finals = comparison.finalValues(output.id)
                let differences = comparison.differences(output.id)
                let digits = ValueDigits.digits(for: finals.compactMap { $0 })
                var row = [
                    TableCell(output.label.text(in: style.language)), TableCell(UnitNames.display(output.units, in: style.language)),
                ]
                for index in plans {
                    guard let final = finals[index] else {
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
        // The plans split over several tables, each with the baseline. When a plan does not fit beside the
        // baseline, the report turns: one block per output, one line per plan.
        let outputsTable = PlanColumnGroups.render(
            count: comparison.runs.count, width: style.width, styling: style.styling, table: draw,
            fallback: { _ in byOutput(comparison, outputs: outputs, title: title, style: style) })
        return outputsTable + "\n\n"
            + CostReport.render(comparison.runs, style: style, efficiencyBaselines: efficiencyBaselines)
    }

    /// The comparison for a narrow terminal: each output's name and unit, then one line per plan with its
    /// value and, after the first, the difference to the first.
    private static func byOutput(_ comparison: PlanComparison, outputs: [OutputVariable], title: String, style: ReportStyle) -> String {
        let numbers = style.numbers
        let names = comparison.runs.map(\.plan.name)
        let nameWidth = names.map(\.displayWidth).max() ?? 0
        var lines = [style.styling.apply(.bold, to: title)]
        for output in outputs {
            let unit = UnitNames.display(output.units, in: style.language)
            lines += "\(output.label.text(in: style.language)) (\(unit))".wrapped(toWidth: style.width).map { style.styling.apply(.bold, to: $0) }
            let finals = comparison.finalValues(output.id)
            let differences = comparison.differences(output.id)
            let digits = ValueDigits.digits(for: finals.compactMap { $0 })
            let values = finals.map { $0.map { numbers.decimal($0, fractionDigits: digits) } ?? "—" }
            let valueWidth = values.map(\.displayWidth).max() ?? 0
            for (index, name) in names.enumerated() {
                let padding = String(repeating: " ", count: nameWidth - name.displayWidth + valueWidth - values[index].displayWidth)
                var line = "  " + name + "  " + padding + values[index]
                if index > 0, let difference = differences[index] {
                    let cell = TableCell.difference(
                        difference, text: "(\(numbers.signedDifference(difference, fractionDigits: digits)))",
                        higherIsBetter: OutputPolarity.higherIsBetter(output.id))
                    line += " " + style.styling.apply(cell.style, to: cell.text)
                }
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }
}
