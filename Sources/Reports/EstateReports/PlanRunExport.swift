import EstateModel
import Foundation

/// Plan runs as files for spreadsheets and scripts: CSV (one row per plan and month) or JSON.
public enum PlanRunExport {
    /// CSV with columns `scenario, plan, month, year`, then one per output; full precision, `.` decimals.
    public static func csv(_ runs: [PlanRun], outputs: [String] = OutputVariable.identifiers) -> String {
        var rows: [[CSVValue]] = []
        for run in runs {
            let series = outputs.map { run.series($0) ?? [] }
            for (row, month) in run.months.enumerated() {
                rows.append(
                    [.text(run.scenario), .text(run.plan.name), .number(month), .number(month / 12)]
                        + series.map { row < $0.count ? .number($0[row]) : .text("") })
            }
        }
        return CSVWriter(lineEnding: .lf).render(header: ["scenario", "plan", "month", "year"] + outputs, rows: rows)
    }

    /// One run's time series as CSV: a `time` column (months), then one per output, one row per saved month;
    /// full precision, `.` decimals, LF line endings. An output the run lacks, or whose series is shorter than
    /// the run, gets empty cells, as in ``csv(_:outputs:)``.
    public static func timeSeriesCSV(_ run: PlanRun, outputs: [String] = OutputVariable.identifiers) -> String {
        let series = outputs.map { run.series($0) ?? [] }
        let rows = run.months.enumerated().map { row, month in
            [CSVValue.number(month)] + series.map { row < $0.count ? .number($0[row]) : .text("") }
        }
        return CSVWriter(lineEnding: .lf).render(header: ["time"] + outputs, rows: rows)
    }

    /// JSON: for each plan its months, each output's series, and its costs by funder and by year.
    public static func json(_ runs: [PlanRun], outputs: [String] = OutputVariable.identifiers) throws(JSONOutputError) -> Data {
        try JSONOutput.encode(
            runs.map { run in
                ExportedRun(
                    scenario: run.scenario, plan: run.plan.name, months: run.months,
                    outputs: Dictionary(uniqueKeysWithValues: outputs.compactMap { id in run.series(id).map { (id, $0) } }),
                    costs: ExportedCosts(
                        total: run.costs.total, byYear: run.costs.byYear,
                        byFunder: Dictionary(uniqueKeysWithValues: Funder.allCases.map { ($0.rawValue, run.costs.total(paidBy: $0)) })))
            })
    }
}

/// The JSON shape of one run.
private struct ExportedRun: Encodable {
    var scenario: String
    var plan: String
    var months: [Double]
    var outputs: [String: [Double]]
    var costs: ExportedCosts
}

/// The JSON shape of a run's costs.
private struct ExportedCosts: Encodable {
    var total: Double
    var byYear: [Double]
    var byFunder: [String: Double]
}
