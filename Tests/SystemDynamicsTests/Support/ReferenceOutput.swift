import Foundation
import SystemDynamics

/// A table of expected values read from another tool's output: Stella's `output.csv`, Vensim's `output.tab`
/// (tab-separated, sometimes with carriage-return line endings, constants left blank after the first row)
/// or the CSV that `Tests/Tools/pysd_run.py` writes. Rows are times; the first column is time.
struct ReferenceOutput {
    /// Columns that only echo the simulation settings in Vensim output (INITIAL TIME, SAVEPER…).
    static let controlColumns: Set<String> = ["initial_time", "final_time", "time_step", "saveper"]

    /// The times, one per row.
    var times: [Double] = []
    /// Values by canonical column name, one per row.
    var columns: [String: [Double]] = [:]
    /// Canonical column names in file order, control columns left out.
    var names: [String] = []

    /// Parses `text`; a blank cell repeats the value above it.
    /// - Throws: ``ReferenceOutputError`` when a cell is not a number or a row has too many cells.
    init(text: String) throws {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let lines = normalised.split(separator: "\n").map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        guard let header = lines.first else { throw ReferenceOutputError("the output file is empty") }
        let separator: Character = header.contains("\t") ? "\t" : ","
        func cells(_ line: String) -> [String] {
            line.split(separator: separator, omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        let headings = cells(header).map(canonicalName)
        var values = [[Double]](repeating: [], count: headings.count)
        for (number, line) in lines.dropFirst().enumerated() {
            let row = cells(line)
            guard row.count <= headings.count else { throw ReferenceOutputError("row \(number + 2) has more cells than the header") }
            for index in headings.indices {
                let cell = index < row.count ? row[index] : ""
                if cell.isEmpty {
                    guard let above = values[index].last else {
                        throw ReferenceOutputError("column '\(headings[index])' is blank in its first row")
                    }
                    values[index].append(above)
                } else if let value = Double(cell) ?? Self.special(cell) {
                    values[index].append(value)
                } else {
                    throw ReferenceOutputError("'\(cell)' in row \(number + 2), column '\(headings[index])', is not a number")
                }
            }
        }
        times = values.first ?? []
        for (index, name) in headings.enumerated().dropFirst() where !Self.controlColumns.contains(name) {
            columns[name] = values[index]
            names.append(name)
        }
    }

    /// Reads the file at `path`.
    init(contentsOf path: String) throws {
        try self.init(text: String(contentsOfFile: path, encoding: .utf8))
    }

    /// The same table limited to the columns `keep` accepts.
    func filtered(_ keep: (String) -> Bool) -> ReferenceOutput {
        var copy = self
        copy.names = names.filter(keep)
        return copy
    }

    private static func special(_ cell: String) -> Double? {
        switch cell.lowercased() {
        case "nan": return .nan
        case "inf", "+inf", "infinity": return .infinity
        case "-inf", "-infinity": return -.infinity
        default: return nil
        }
    }

    /// Compares a run with this table at every time the table holds, for every column both have.
    ///
    /// Reference files print times and values with few digits (Stella: 6 significant, so 10.03125 reads
    /// 10.0312), so each reference time is matched with the nearest saved time, within `relative`. A value
    /// is near zero when it is small next to the largest value of its column: the tools' own rounding of
    /// a stock that crosses zero leaves residues of that column's scale (Stella prints -2.52e-06 where
    /// -5 + 50 × 0.1 is exactly 0), so `absolute` is scaled by the column's largest magnitude (at least 1).
    /// - Parameters:
    ///   - results: the engine's run.
    ///   - relative: the relative tolerance.
    ///   - absolute: the tolerance for values near zero, per unit of the column's largest magnitude.
    /// - Returns: the first difference found (earliest time, then column order), or `nil` when all agree.
    func firstMismatch(with results: SimulationResults, relative: Double, absolute: Double) -> String? {
        let shared = names.filter { results.series($0) != nil }
        if shared.isEmpty { return "no column in common with the engine's variables \(results.variableNames)" }
        let series = Dictionary(uniqueKeysWithValues: shared.map { ($0, results.series($0) ?? []) })
        let scales = Dictionary(
            uniqueKeysWithValues: shared.map { name in
                (name, max(1, columns[name]!.filter(\.isFinite).map(abs).max() ?? 1))
            })
        var row = 0
        for (index, time) in times.enumerated() {
            while row + 1 < results.times.count, abs(results.times[row + 1] - time) < abs(results.times[row] - time) { row += 1 }
            guard !results.times.isEmpty, abs(results.times[row] - time) <= relative * max(1, abs(time)) else {
                return "the engine saved no value at time \(time) (its times run \(results.times.first ?? .nan) … \(results.times.last ?? .nan))"
            }
            for name in shared {
                let expected = columns[name]![index]
                let got = series[name]![row]
                if !Self.agree(expected, got, relative: relative, absolute: absolute * scales[name]!) {
                    return "at time \(time), '\(name)' is \(got), expected \(expected)"
                }
            }
        }
        return nil
    }

    /// Equal within `relative`, or within `absolute` near zero; NaN matches NaN and infinities match themselves.
    static func agree(_ expected: Double, _ got: Double, relative: Double, absolute: Double) -> Bool {
        if expected.isNaN || got.isNaN { return expected.isNaN && got.isNaN }
        if expected.isInfinite || got.isInfinite { return expected == got }
        return abs(got - expected) <= max(relative * abs(expected), absolute)
    }
}

/// A reference output file that cannot be read, with the reason.
struct ReferenceOutputError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Where the test inputs live: paths computed from this file's place in the repository.
enum TestPaths {
    /// The repository root (`Tests/SystemDynamicsTests/Support/` is three levels below it).
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// The community conformance models, kept in the repository (SDXorg/test-models, MIT licence) so that
    /// any clone runs them.
    static let conformance = repository.appendingPathComponent("Tests/Fixtures/conformance/xmile")
    /// The models written for the XMILE tests.
    static let fixtures = repository.appendingPathComponent("Tests/Fixtures/xmile")

    /// The model-language fixture `name` (without `.sdm`), parsed and checked.
    static func fixture(_ name: String) throws -> Model {
        try Model.load(contentsOf: fixtures.appendingPathComponent(name + ".sdm").path)
    }
}
