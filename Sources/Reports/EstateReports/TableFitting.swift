import EstateModel

/// Names outputs in tables with their labels in the reader's language, whatever the table's width:
/// labels too long for the terminal are shortened (`Satisfaction sur la propr…`), and identifiers are used
/// only when even shortened labels cannot fit, so the vocabulary of a report does not change with the
/// number of plans or the language.
enum TableFitting {
    /// The narrowest a shortened label gets: shorter, labels stop telling outputs apart.
    static let minimumLabelWidth = 14

    /// The table drawn with full labels; with labels shortened when that is too wide for `style.width`;
    /// with identifiers when even labels of ``minimumLabelWidth`` columns do not fit.
    /// - Parameters:
    ///   - outputs: The outputs named in the table's rows.
    ///   - table: Draws the table with a given way of naming an output.
    static func render(
        _ style: ReportStyle, outputs: [OutputVariable], table: (_ name: (OutputVariable) -> String) -> TextTable
    ) -> String {
        let label = { (output: OutputVariable) in output.label.text(in: style.language) }
        let labelled = table(label)
        let excess = labelled.untitledWidth - style.width
        guard excess > 0 else { return labelled.render(styling: style.styling) }
        let longest = outputs.map { label($0).displayWidth }.max() ?? 0
        let room = longest - excess
        guard room >= minimumLabelWidth else { return table(\.id).render(styling: style.styling) }
        return table({ label($0).shortened(toWidth: room) }).render(styling: style.styling)
    }
}

extension PlanRun {
    /// Simulated years, from the first to the last saved month.
    public var years: Double { ((months.last ?? 0) - (months.first ?? 0)) / 12 }
}
