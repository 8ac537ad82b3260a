/// One named line of a ``TimeChart``: values at given times.
public struct ChartSeries: Sendable, Hashable {
    /// The name shown in the legend.
    public var name: String
    /// The time of each value, usually years.
    public var times: [Double]
    /// The values; NaN or infinite values leave a gap in the line.
    public var values: [Double]

    /// Creates a series from paired times and values; unpaired trailing entries of the longer array are
    /// ignored.
    public init(name: String, times: [Double], values: [Double]) {
        self.name = name
        self.times = times
        self.values = values
    }

    /// Creates a series sampled every `step` from `start`, as a simulation's saved steps are.
    public init(name: String, start: Double, step: Double, values: [Double]) {
        self.init(name: name, times: values.indices.map { start + Double($0) * step }, values: values)
    }

    /// The points with a finite time, sorted by time; values may still be non-finite.
    var points: [(time: Double, value: Double)] {
        zip(times, values).filter { $0.0.isFinite }.map { (time: $0.0, value: $0.1) }
            .sorted { $0.time < $1.time }
    }
}
