import Localization

/// A line chart of one or more series over time, drawn with characters to fit a terminal.
///
/// ```
/// 0,62 ┤            ●●●●●●●●●
///      │      ●●●●●●
///      │ ●●●●●     ◆◆◆◆◆◆◆◆◆
/// 0,40 ┤◆◆◆◆◆◆◆◆◆◆◆
///      └────────────────────
///       2025             2035
/// ● Plan A   ◆ Base
/// ```
///
/// Each series has its own glyph, so the chart reads without colour; with colour each also has its own
/// colour. Every line fits in ``width`` columns, whatever the labels and names. Series may have different
/// lengths and time spans; NaN and infinite values leave gaps, and a chart with no finite point says so.
public struct TimeChart: Sendable, Hashable {
    /// A line above the chart, when set (the variable and its unit, for example).
    public var title: String?
    /// The series, drawn in order, so a later series covers an earlier one where they meet.
    public var series: [ChartSeries]
    /// The most columns any line may take.
    public var width: Int
    /// The rows of the plot area; the axis, time labels, legend and title come on top of these.
    public var height: Int
    /// How axis labels are written.
    public var formatting: NumberFormatting
    /// Decimals of the value labels.
    public var valueDigits: Int
    /// Decimals of the time labels (0 for years).
    public var timeDigits: Int

    /// The glyph of each series, reused in order when there are more series.
    public static let glyphs = ["●", "◆", "▲", "■", "○", "◇", "△", "□"]
    /// The colour of each series when colour is on.
    static let colours: [TextStyle] = [.cyan, .magenta, .yellow, .green, .blue, .red]

    /// Creates a chart.
    /// - Parameters:
    ///   - width: Columns available; by default the width of standard output's terminal
    ///     (``TerminalWidth/forStandardOutput()``).
    ///   - height: Rows of the plot area, at least 1.
    public init(
        title: String? = nil, series: [ChartSeries], width: Int = TerminalWidth.forStandardOutput(),
        height: Int = 12, formatting: NumberFormatting, valueDigits: Int = 2, timeDigits: Int = 0
    ) {
        self.title = title
        self.series = series
        self.width = width
        self.height = height
        self.formatting = formatting
        self.valueDigits = valueDigits
        self.timeDigits = timeDigits
    }

    /// The chart as text, lines separated by `\n`, with no final newline.
    public func render(styling: Styling = .plain) -> String {
        var lines: [String] = []
        if let title { lines.append(styling.apply(.bold, to: title)) }
        let pointsBySeries = series.map(\.points)
        let finitePoints = pointsBySeries.joined().filter(\.value.isFinite)
        if let firstTime = finitePoints.map(\.time).min(), let lastTime = finitePoints.map(\.time).max(),
            let lowest = finitePoints.map(\.value).min(), let highest = finitePoints.map(\.value).max()
        {
            lines += plot(
                pointsBySeries, times: LinearScale(low: firstTime, high: lastTime),
                values: Self.widened(low: lowest, high: highest), styling: styling)
        } else {
            lines.append(LocalizedText(fr: "(aucune donnée)", en: "(no data)").text(in: formatting.language))
        }
        lines += legend(styling: styling)
        return lines.map { $0.clipped(toWidth: max(width, 0)) }.joined(separator: "\n")
    }

    /// The value range, opened around a constant series so it sits mid-height between distinct labels.
    private static func widened(low: Double, high: Double) -> LinearScale {
        guard high == low else { return LinearScale(low: low, high: high) }
        let margin = low == 0 ? 1 : abs(low) / 10
        return LinearScale(low: low - margin, high: high + margin)
    }

    /// The plot rows, the time axis and its labels.
    private func plot(
        _ pointsBySeries: [[(time: Double, value: Double)]], times: LinearScale, values: LinearScale,
        styling: Styling
    ) -> [String] {
        let rows = max(height, 1)
        let topLabel = formatting.decimal(values.high, fractionDigits: valueDigits)
        let bottomLabel = formatting.decimal(values.low, fractionDigits: valueDigits)
        let labelWidth = max(topLabel.displayWidth, bottomLabel.displayWidth)
        let columns = max(width - labelWidth - 2, 1)

        // grid[row][column] is the index of the series drawn there; row 0 is the top.
        var grid = Array(repeating: [Int?](repeating: nil, count: columns), count: rows)
        for (index, points) in pointsBySeries.enumerated() {
            for (time, value) in Self.samples(points, columns: columns, times: times) {
                let column = times.slot(of: time, count: columns)
                grid[rows - 1 - values.slot(of: value, count: rows)][column] = index
            }
        }

        var lines = grid.enumerated().map { row, cells in
            let label = row == 0 ? topLabel : (row == rows - 1 ? bottomLabel : "")
            let tick = label.isEmpty ? " │" : " ┤"
            let drawn = cells.map { cell in cell.map { Self.marker(of: $0, styling: styling) } ?? " " }
            return label.padded(toWidth: labelWidth, alignment: .right) + styling.apply(.dim, to: tick)
                + String(drawn.joined().trimmingTrailingSpaces())
        }
        let margin = String(repeating: " ", count: labelWidth + 1)
        lines.append(margin + styling.apply(.dim, to: "└" + String(repeating: "─", count: columns)))
        let start = formatting.decimal(times.low, fractionDigits: timeDigits, grouping: false)
        let end = formatting.decimal(times.high, fractionDigits: timeDigits, grouping: false)
        let gap = columns - start.displayWidth - end.displayWidth
        let bothEnds = times.high > times.low && gap > 0
        lines.append(margin + " " + (bothEnds ? start + String(repeating: " ", count: gap) + end : start))
        return lines
    }

    /// The points of a series to draw: every finite point, plus one interpolated point per column between
    /// two consecutive finite points, so that a series with fewer points than columns draws a continuous
    /// line and a NaN leaves a gap.
    private static func samples(
        _ points: [(time: Double, value: Double)], columns: Int, times: LinearScale
    ) -> [(time: Double, value: Double)] {
        var result = points.filter(\.value.isFinite)
        guard columns > 1, times.high > times.low else { return result }
        for (left, right) in zip(points, points.dropFirst())
        where left.value.isFinite && right.value.isFinite && right.time > left.time {
            let first = times.slot(of: left.time, count: columns)
            let last = times.slot(of: right.time, count: columns)
            for column in stride(from: first + 1, to: last, by: 1) {
                let time = times.low + (times.high - times.low) * Double(column) / Double(columns - 1)
                let fraction = (time - left.time) / (right.time - left.time)
                result.append((time: time, value: left.value + (right.value - left.value) * fraction))
            }
        }
        return result
    }

    /// The glyph of the series at `index`, in its colour.
    private static func marker(of index: Int, styling: Styling) -> String {
        styling.apply(colours[index % colours.count], to: glyphs[index % glyphs.count])
    }

    /// The legend, items separated by three spaces and wrapped to the width.
    private func legend(styling: Styling) -> [String] {
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for (index, series) in series.enumerated() {
            let itemWidth = Self.marker(of: index, styling: .plain).displayWidth + 1 + series.name.displayWidth
            if currentWidth > 0, currentWidth + 3 + itemWidth > width {
                lines.append(current)
                current = ""
                currentWidth = 0
            }
            if currentWidth > 0 {
                current += "   "
                currentWidth += 3
            }
            current += Self.marker(of: index, styling: styling) + " " + series.name
            currentWidth += itemWidth
        }
        if currentWidth > 0 { lines.append(current) }
        return lines
    }
}
