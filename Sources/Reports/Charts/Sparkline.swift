/// A one-line chart of a series drawn with the eight block heights `▁▂▃▄▅▆▇█`, as in Edward Tufte's
/// sparklines and Vensim's SyntheSim graphs.
public enum Sparkline {
    /// The glyphs from lowest to highest.
    public static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The series as one glyph per value, scaled from its smallest to its largest finite value.
    ///
    /// A constant series is drawn at mid height (`▄`), since it has no range to scale; a NaN or infinite
    /// value is drawn as a space, so a gap in the data shows as a gap in the line.
    /// - Parameters:
    ///   - values: The series, in time order.
    ///   - width: The most glyphs to draw. A longer series is shrunk by averaging the finite values of
    ///     consecutive, nearly equal runs of points; `nil` draws every point.
    public static func render(_ values: [Double], width: Int? = nil) -> String {
        let series = width.map { resampled(values, to: max($0, 0)) } ?? values
        let finite = series.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else {
            return String(repeating: " ", count: series.count)
        }
        let scale = LinearScale(low: low, high: high)
        return String(series.map { $0.isFinite ? levels[scale.slot(of: $0, count: levels.count)] : " " })
    }

    /// The series shrunk to at most `count` points, each the mean of the finite values of its run, or NaN
    /// when its run has none.
    static func resampled(_ values: [Double], to count: Int) -> [Double] {
        guard values.count > count else { return values }
        return (0..<count).map { bucket in
            let start = bucket * values.count / count
            let end = (bucket + 1) * values.count / count
            let finite = values[start..<end].filter(\.isFinite)
            return finite.isEmpty ? .nan : finite.reduce(0, +) / Double(finite.count)
        }
    }
}
