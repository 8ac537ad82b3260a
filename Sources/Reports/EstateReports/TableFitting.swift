import EstateModel

/// Names outputs in tables with their labels in the reader's language, whatever the table's width. In
/// turn, until the table fits the terminal: the table as it is; its compact form (a narrower trend); labels
/// wrapped over several lines (the name column must be a wrapping one); one record per output when even
/// that does not fit. Labels are never cut: two cut labels can read the same (`Satisfaction : …`).
enum TableFitting {
    /// The table drawn in the first of the forms above that fits `style.width`.
    /// - Parameter table: Draws the table, compact or not (a table with no compact form ignores the flag).
    static func render(_ style: ReportStyle, table: (_ compact: Bool) -> TextTable) -> String {
        let full = table(false)
        if full.untitledWidth <= style.width { return full.render(styling: style.styling) }
        return table(true).render(styling: style.styling, width: style.width)
    }
}

extension PlanRun {
    /// Simulated years, from the first to the last saved month.
    public var years: Double { ((months.last ?? 0) - (months.first ?? 0)) / 12 }
}
