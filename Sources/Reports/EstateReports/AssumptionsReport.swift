import EstateModel
import SystemDynamics

/// Every parameter of the model with its value in the scenario, its unit, range and source, and where
/// the value comes from, so that anyone in the room can challenge an assumption (En-ROADS' assumptions
/// view). Levers are left out: plans set them.
public enum AssumptionsReport {
    /// The report as text (no final newline).
    /// - Parameters:
    ///   - scenario: The scenario as it is now.
    ///   - loaded: The scenario as it was loaded, to mark the values changed since (`*`).
    ///   - filter: When set, only parameters whose name contains it (any spelling) are shown.
    public static func render(
        model: EstateModel, scenario: Scenario, loaded: Scenario?, filter: String? = nil, style: ReportStyle
    ) -> String {
        let text = { (entry: ReportText) in entry.text(in: style.language) }
        let numbers = style.numbers
        let wanted = filter.map { canonicalName($0) }
        var table = TextTable(
            title: text(.assumptionsTitle(scenario: scenario.name)),
            columns: [
                TableColumn(""), TableColumn(text(.parameter)), TableColumn.number(text(.value)), TableColumn(text(.unit)),
                TableColumn(text(.range)), TableColumn(text(.origin)), TableColumn.wrapping(text(.source)),
            ])
        for variable in model.model.variables where variable.kind == .parameter && !variable.name.hasPrefix("lever_") {
            if let wanted, !variable.name.contains(wanted) { continue }
            let changed = loaded.map { $0.parameterValues[variable.name] != scenario.parameterValues[variable.name] } ?? false
            let origin: ReportText =
                changed ? .originSession : (scenario.parameterValues[variable.name] != nil ? .originScenario : .originModel)
            let range = variable.range.map {
                "\(ParameterValue.text($0.lowerBound, numbers: numbers)) .. \(ParameterValue.text($0.upperBound, numbers: numbers))"
            }
            table.append([
                TableCell(changed ? "*" : "", style: .yellow), TableCell(variable.name),
                TableCell(ParameterValue.text(variable, in: scenario, numbers: numbers), style: changed ? .yellow : nil),
                TableCell(UnitNames.display(variable.units ?? "", in: style.language)), TableCell(range ?? ""), TableCell(text(origin)),
                TableCell(variable.source ?? ""),
            ])
        }
        return table.render(styling: style.styling, width: style.width) + "\n" + text(.assumptionsLegend)
    }
}
