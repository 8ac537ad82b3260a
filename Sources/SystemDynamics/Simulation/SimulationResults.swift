/// The saved values of a run: one row per saved time, one column per declared variable.
public struct SimulationResults: Sendable {
    /// The saved times.
    public let times: [Double]
    /// Canonical names of the columns, in declaration order.
    public let variableNames: [String]
    private let columnIndex: [String: Int]
    /// Row-major values: `values[row * variableNames.count + column]`.
    private let values: [Double]

    /// - Parameter columns: the names and their index, built once per compiled model rather than per run.
    init(times: [Double], columns: ResultColumns, values: [Double]) {
        self.times = times
        variableNames = columns.names
        columnIndex = columns.index
        self.values = values
    }

    /// Every saved value of the variable called `name` (any spelling), or `nil` if there is no such variable.
    public func series(_ name: String) -> [Double]? {
        guard let column = columnIndex[canonicalName(name)] else { return nil }
        let width = variableNames.count
        return (0..<times.count).map { values[$0 * width + column] }
    }

    /// The value of `name` at saved row `row`, or `nil` when either is out of range.
    public func value(_ name: String, at row: Int) -> Double? {
        guard let column = columnIndex[canonicalName(name)], times.indices.contains(row) else { return nil }
        return values[row * variableNames.count + column]
    }

    /// The value of `name` at the last saved time.
    public func finalValue(_ name: String) -> Double? { value(name, at: times.count - 1) }
}

/// The columns of a model's results: its variables' canonical names, in declaration order, and where each is.
struct ResultColumns: Sendable {
    let names: [String]
    let index: [String: Int]

    init(names: [String]) {
        self.names = names
        index = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
