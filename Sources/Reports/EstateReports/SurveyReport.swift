import EstateModel

/// Simulated survey waves: for each domain, the share satisfied measured in the sample with its 95%
/// interval, and (for a single wave) the model's true share, so a group sees how much sampling blurs.
public enum SurveyReport {
    /// The report as text (no final newline).
    /// - Parameters:
    ///   - waves: The waves, in time order (one wave shows the model's value too).
    ///   - plan: The plan surveyed.
    public static func render(_ waves: [SurveyWave], plan: String, model: EstateModel, style: ReportStyle) -> String {
        guard let first = waves.first else { return "" }
        let numbers = style.numbers
        let text = { (entry: ReportText) in entry.text(in: style.language) }
        let outputs = Dictionary(uniqueKeysWithValues: model.outputs.map { ($0.id, $0) })
        let year = waves.count == 1 ? first.month / 12 : nil
        let title = text(.surveyTitle(plan: plan, year: year, sampleSize: first.sampleSize, seed: first.seed))
        return TableFitting.render(style) { _ in
            var columns = [TableColumn.wrapping(text(.domain))]
            if waves.count == 1 {
                columns += [
                    TableColumn.number(text(.measured), unit: "%"), TableColumn.number(text(.interval), unit: "%"),
                    TableColumn.number(text(.model), unit: "%"),
                ]
            } else {
                columns += waves.map { TableColumn.number(text(.wave($0.month / 12)), unit: "%") }
            }
            var table = TextTable(title: title, columns: columns)
            for (index, result) in first.results.enumerated() {
                let name = outputs[result.domain].map { $0.label.text(in: style.language) }
                var row = [TableCell(name ?? result.domain)]
                if waves.count == 1 {
                    row += [
                        TableCell(numbers.decimal(result.measuredShare, fractionDigits: 1), style: .bold),
                        TableCell(interval(result, numbers)),
                        TableCell(numbers.decimal(result.trueShare, fractionDigits: 1)),
                    ]
                } else {
                    row += waves.map { wave in
                        guard wave.results.indices.contains(index) else { return TableCell("—") }
                        let result = wave.results[index]
                        return TableCell("\(numbers.decimal(result.measuredShare, fractionDigits: 0)) \(interval(result, numbers))")
                    }
                }
                table.append(row)
            }
            return table
        }
    }

    private static func interval(_ result: SurveyResult, _ numbers: NumberFormatting) -> String {
        "[\(numbers.decimal(result.lower, fractionDigits: 0))–\(numbers.decimal(result.upper, fractionDigits: 0))]"
    }
}
