import EstateModel

/// Chooses between an output's label and its identifier so that a table fits the terminal.
enum TableFitting {
    /// The table drawn with output labels, or with identifiers when the labels make it wider than
    /// `style.width` (identifiers are also what users type, so nothing is lost).
    static func render(_ style: ReportStyle, table: (_ useLabels: Bool) -> TextTable) -> String {
        let labelled = table(true).render(styling: style.styling)
        let widest = labelled.split(separator: "\n").map { String($0).displayWidth }.max() ?? 0
        return widest <= style.width ? labelled : table(false).render(styling: style.styling)
    }

    /// The name of an output in a table row.
    static func name(of output: OutputVariable, useLabels: Bool, style: ReportStyle) -> String {
        useLabels ? output.label.text(in: style.language) : output.id
    }
}

extension PlanRun {
    /// Simulated years, from the first to the last saved month.
    var years: Double { ((months.last ?? 0) - (months.first ?? 0)) / 12 }
}
