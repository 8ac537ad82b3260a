import EstateModel

/// Draws a report's table in the first of its forms that suits the terminal, widest first (a run report
/// has three: with a full trend, a short trend, no trend). A form that fits as it is wins over one that
/// must wrap its labels; then a form that fits with labels wrapped over several lines (the name column
/// must be a wrapping one); else the last form as one record per row. Labels are never cut: two cut labels
/// can read the same (`Satisfaction : …`).
enum TableFitting {
    /// The table drawn in the first form that suits `style.width`.
    /// - Parameters:
    ///   - forms: How many forms the table has (at least 1).
    ///   - table: Draws form `0 ..< forms`, the widest first.
    static func render(_ style: ReportStyle, forms: Int = 1, table: (_ form: Int) -> TextTable) -> String {
        let drawn = (0..<max(forms, 1)).map(table)
        if let plain = drawn.first(where: { $0.naturalWidth <= style.width }) { return plain.render(styling: style.styling) }
        let chosen = drawn.first { $0.fitsAsTable(width: style.width) } ?? drawn[drawn.count - 1]
        return chosen.render(styling: style.styling, width: style.width)
    }
}

extension PlanRun {
    /// Simulated years, from the first to the last saved month.
    public var years: Double { ((months.last ?? 0) - (months.first ?? 0)) / 12 }
}
