/// A one-line chart of a series drawn with the eight block heights `▁▂▃▄▅▆▇█`, as in Edward Tufte's
/// sparklines and Vensim's SyntheSim graphs.
public enum Sparkline {
    /// The glyphs from lowest to highest.
    public static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The series as one glyph per value, scaled from its smallest to its largest finite value.
    ///
    /// A series at rest is drawn flat at mid height (`▄`): one whose range is negligible against its
    /// values (below ``negligibleRange`` of their magnitude) or below `resolution`, so that numerical noise
    /// (83.0002 to 83.0006) does not look like a movement. A NaN or infinite value is drawn as a space, so a
    /// gap in the data shows as a gap in the line.
    /// - Parameters:
    ///   - values: The series, in time order.
    ///   - width: The most glyphs to draw. A longer series is shrunk by averaging the finite values of
    ///     consecutive, nearly equal runs of points; `nil` draws every point.
    ///   - resolution: The smallest change the table beside the sparkline can show (half its last
    ///     displayed digit); a smaller range is drawn flat.
    public static func render(_ values: [Double], width: Int? = nil, resolution: Double = 0) -> String {
        let series = width.map { resampled(values, to: max($0, 0)) } ?? values
        let finite = series.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else {
            return String(repeating: " ", count: series.count)
        }
        let range = high - low
        if range <= max(abs(low), abs(high)) * negligibleRange || range < resolution {
            return String(series.map { $0.isFinite ? levels[levels.count / 2 - 1] : " " })
        }
        let scale = LinearScale(low: low, high: high)
        return String(series.map { $0.isFinite ? levels[scale.slot(of: $0, count: levels.count)] : " " })
    }

    /// The share of a series' magnitude below which its range is noise (0.1 %: no output of the estate
    /// model is read to four significant digits).
    public static let negligibleRange = 0.001

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
