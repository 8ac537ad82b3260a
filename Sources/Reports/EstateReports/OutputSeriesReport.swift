import EstateModel

/// Outputs over time for one or more runs: a year-by-year table, or a chart sized to the terminal.
public enum OutputSeriesReport {
    /// One row per year (0 to the end). A single run gives one table, a column per output headed by its
    /// identifier (short, and what the user types) with the outputs' names in the user's language underneath;
    /// several runs give one table per output, titled by its name, a column per plan.
    public static func table(_ runs: [PlanRun], outputs: [OutputVariable], style: ReportStyle) -> String {
        guard let first = runs.first else { return "" }
        let years = Int(first.years.rounded(.down))
        func column(_ header: String, _ output: OutputVariable, _ run: PlanRun) -> YearColumn {
            YearColumn(
                header: header, unit: UnitNames.display(output.units, in: style.language),
                values: (0...years).map { run.value(output.id, atMonth: Double($0) * 12) ?? .nan })
        }
        if runs.count == 1 {
            let legend = outputs.map { output in
                ReportText.legendEntry(identifier: output.id, label: output.label.text(in: style.language)).text(in: style.language)
            }
            let table = yearTable(title: nil, outputs.map { column($0.id, $0, first) }, years: years, style: style)
            return ([table] + legend).joined(separator: "\n")
        }
        return outputs.map { output in
            let title = ReportText.legendEntry(identifier: output.id, label: output.label.text(in: style.language)).text(in: style.language)
            return yearTable(title: title, runs.map { column($0.plan.name, output, $0) }, years: years, style: style)
        }.joined(separator: "\n\n")
    }

    /// The values of one column of a year-by-year table.
    private struct YearColumn {
        let header: String
        let unit: String
        let values: [Double]
    }

    private static func yearTable(title: String?, _ columns: [YearColumn], years: Int, style: ReportStyle) -> String {
        let cells = columns.map { column in
            let digits = ValueDigits.digits(for: column.values)
            return column.values.map { style.numbers.decimal($0, fractionDigits: digits) }
        }
        let table = TextTable(
            title: title,
            columns: [TableColumn.number(ReportText.year.text(in: style.language))] + columns.map { TableColumn.number($0.header, unit: $0.unit) },
            rows: (0...years).map { year in [TableCell(String(year))] + cells.map { TableCell($0[year]) } })
        return table.render(styling: style.styling, width: style.width)
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
