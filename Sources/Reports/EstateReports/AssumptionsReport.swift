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
    ///   - showsOrigin: False leaves out the origin and source columns and their legend (a shorter list).
    public static func render(
        model: EstateModel, scenario: Scenario, loaded: Scenario?, filter: String? = nil, showsOrigin: Bool = true,
        style: ReportStyle
    ) -> String {
        let text = { (entry: ReportText) in entry.text(in: style.language) }
        let numbers = style.numbers
        let wanted = filter.map { canonicalName($0) }
        var table = TextTable(
            title: text(showsOrigin ? .assumptionsTitle(scenario: scenario.name) : .parametersTitle(scenario: scenario.name)),
            columns: [
                // A derived parameter shows its expression, which can be long: it wraps.
                TableColumn(""), TableColumn(text(.parameter)), TableColumn(text(.value), alignment: .right, wraps: true),
                TableColumn(text(.unit)), TableColumn(text(.range)),
            ] + (showsOrigin ? [TableColumn(text(.origin)), TableColumn.wrapping(text(.source))] : []))
        for variable in model.settableParameters {
            if let wanted, !variable.name.contains(wanted) { continue }
            let changed = loaded.map { $0.parameterValues[variable.name] != scenario.parameterValues[variable.name] } ?? false
            let origin: ReportText =
                changed ? .originSession : (scenario.parameterValues[variable.name] != nil ? .originScenario : .originModel)
            let range = variable.range.map { ParameterValue.text($0, numbers: numbers) }
            table.append([
                TableCell(changed ? "*" : "", style: .yellow), TableCell(variable.name),
                TableCell(ParameterValue.text(variable, in: scenario, numbers: numbers), style: changed ? .yellow : nil),
                TableCell(UnitNames.display(variable.units ?? "", in: style.language)), TableCell(range ?? ""),
            ] + (showsOrigin ? [TableCell(text(origin)), TableCell(variable.source ?? "")] : []))
        }
        let rendered = table.render(styling: style.styling, width: style.width)
        return showsOrigin ? rendered + "\n" + text(.assumptionsLegend) : rendered
    }
}
