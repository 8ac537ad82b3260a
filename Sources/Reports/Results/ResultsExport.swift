import SystemDynamics

/// Renders a run's results as CSV or as an aligned table: a `time` column, then one column per variable.
public enum ResultsExport {
    /// The variables shown, in model order: those named in `only` (any spelling), or all.
    static func columns(of results: SimulationResults, model: Model, only: [String]?) -> [Variable] {
        let wanted = only.map { Set($0.map(canonicalName)) }
        return model.variables.filter { wanted?.contains($0.name) ?? true }
    }

    /// CSV with a `time` header, then the variables named as written in the model; full precision.
    public static func csv(_ results: SimulationResults, model: Model, only: [String]? = nil) -> String {
        let variables = columns(of: results, model: model, only: only)
        let series = variables.map { results.series($0.name) ?? [] }
        let rows: [[CSVValue]] = results.times.indices.map { row in
            [CSVValue.number(results.times[row])] + series.map { CSVValue.number($0[row]) }
        }
        return CSVWriter(lineEnding: .lf).render(header: ["time"] + variables.map(\.displayName), rows: rows)
    }

    /// An aligned table with units in the header, values to `fractionDigits` decimals.
    public static func table(
        _ results: SimulationResults, model: Model, only: [String]? = nil, formatting: NumberFormatting,
        fractionDigits: Int = 3
    ) -> TextTable {
        let variables = columns(of: results, model: model, only: only)
        let series = variables.map { results.series($0.name) ?? [] }
        var table = TextTable(
            title: model.name,
            columns: [TableColumn.number("time", unit: model.specs.timeUnits)]
                + variables.map { TableColumn.number($0.displayName, unit: $0.units) })
        for row in results.times.indices {
            table.append(
                [TableCell(formatting.decimal(results.times[row], fractionDigits: 2, grouping: false))]
                    + series.map { TableCell(formatting.decimal($0[row], fractionDigits: fractionDigits)) })
        }
        return table
    }
}
