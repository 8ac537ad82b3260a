import EstateModel

/// Outputs over time for one or more runs: a year-by-year table, or a chart sized to the terminal.
public enum OutputSeriesReport {
    /// One row per year (0 to the end), one column per output and run (`output · plan`), headed by the
    /// outputs' identifiers (short, and what the user types), then a legend of their names in the user's language.
    public static func table(_ runs: [PlanRun], outputs: [OutputVariable], style: ReportStyle) -> String {
        guard let first = runs.first else { return "" }
        let numbers = style.numbers
        let years = Int(first.years.rounded(.down))
        var columns = [TableColumn.number(ReportText.year.text(in: style.language))]
        var cells: [[String]] = Array(repeating: [], count: years + 1)
        for output in outputs {
            for run in runs {
                let header = runs.count == 1 ? output.id : "\(output.id) · \(run.plan.name)"
                columns.append(TableColumn.number(header, unit: UnitNames.display(output.units, in: style.language)))
                let values = (0...years).map { run.value(output.id, atMonth: Double($0) * 12) ?? .nan }
                let digits = ValueDigits.digits(for: values)
                for year in 0...years { cells[year].append(numbers.decimal(values[year], fractionDigits: digits)) }
            }
        }
        let table = TextTable(
            columns: columns,
            rows: cells.enumerated().map { year, row in [TableCell(String(year))] + row.map { TableCell($0) } })
        let legend = outputs.map { output in
            ReportText.legendEntry(identifier: output.id, label: output.label.text(in: style.language)).text(in: style.language)
        }
        return ([table.render(styling: style.styling)] + legend).joined(separator: "\n")
    }

    /// One chart per output, one line per run, time in years, as wide as the terminal.
    public static func chart(_ runs: [PlanRun], outputs: [OutputVariable], style: ReportStyle) -> String {
        outputs.map { output in
            let series = runs.map { run in
                ChartSeries(name: run.plan.name, times: run.months.map { $0 / 12 }, values: run.series(output.id) ?? [])
            }
            let values = series.flatMap(\.values)
            let title = ReportText.seriesTitle(output: output.label.text(in: style.language), unit: UnitNames.display(output.units, in: style.language))
            return TimeChart(
                title: title.text(in: style.language), series: series, width: style.width, height: 12,
                formatting: style.numbers, valueDigits: ValueDigits.digits(for: values)
            ).render(styling: style.styling)
        }.joined(separator: "\n\n")
    }
}
