import EstateModel
import Localization
import Reports
import SystemDynamics

/// Scenarios, the estate, parameters and the language.
extension Session {
    mutating func listScenarios() -> String {
        scenarioNames = ScenarioLocator.availableNames()
        guard !scenarioNames.isEmpty else { return text(.noScenarios) }
        return scenarioNames.map { $0 == state.scenario.name ? "* \($0)" : "  \($0)" }.joined(separator: "\n")
    }

    /// Loads another scenario; the change history starts again, as after a fresh start.
    mutating func load(_ arguments: ArraySlice<String>) throws(CommandError) -> String {
        guard let name = arguments.first else { throw CommandError(.usage(Command.load.usage)) }
        let scenario: Scenario
        do {
            scenario = try Scenario.named(name, model: estateModel)
        } catch {
            throw CommandError(.cannotLoad(userText(error, in: language)))
        }
        if let warning = discardWarning(for: (["load"] + arguments).joined(separator: " ")) { return warning }
        state = EditableState(scenario: scenario, currentPlan: scenario.plans.first?.name ?? "")
        savedState = state
        loadedScenario = scenario
        undoStack.removeAll()
        redoStack.removeAll()
        earlierChanges.removeAll()
        predictions.removeAll()
        lastRuns.removeAll()
        scenarioNames = ScenarioLocator.availableNames()
        return text(.loaded(scenario: scenario.name, plans: scenario.plans.map(\.name)))
    }

    func showEstate() -> String {
        let scenario = state.scenario
        var lines = [scenario.name]
        let description = scenario.description.text(in: language)
        if !description.isEmpty { lines += description.wrapped(toWidth: width) }
        if let path = scenario.path { lines.append(labelled(.fileLabel, path)) }
        var table = TextTable(
            columns: [TableColumn(text(.parameterHeader)), TableColumn.number(text(.valueHeader)), TableColumn(text(.unitsLabel)),
                      TableColumn.wrapping(text(.meaningLabel))])
        for name in scenario.parameterValues.keys.sorted() {
            guard let variable = estateModel.model.variable(named: name), let value = scenario.parameterValues[name] else { continue }
            table.append([TableCell(name), TableCell(plain(value)), TableCell(units(variable.units)),
                          TableCell(self.description(of: variable))])
        }
        lines.append(table.render(styling: styling, width: width))
        lines.append(text(.plansSummary(scenario.plans.map(\.name), current: state.currentPlan)))
        return lines.joined(separator: "\n")
    }

    /// The label of a variable when the model gives one, else its meaning.
    private func description(of variable: Variable) -> String {
        let label = variable.label(language: language.rawValue)
        return label == variable.name || label == variable.displayName ? variable.meaning(language: language.rawValue) ?? "" : label
    }

    /// The settable parameters with their values, units and ranges: the assumptions without their origins.
    /// `params` (values, units, ranges) or `assumptions` (with origins and sources), filtered by name.
    func parameters(filter: String?, showsOrigin: Bool) -> String {
        let wanted = filter.map { canonicalName($0) }
        guard estateModel.settableParameters.contains(where: { variable in wanted.map { variable.name.contains($0) } ?? true }) else {
            let hint = NameSuggestion.closest(to: filter ?? "", in: estateModel.settableParameters.map(\.name))
            return text(.noParameterMatches(filter ?? "", suggestion: hint))
        }
        return AssumptionsReport.render(
            model: estateModel, scenario: state.scenario, loaded: loadedScenario, filter: filter, showsOrigin: showsOrigin,
            style: reportStyle)
    }

    mutating func setParameter(_ arguments: ArraySlice<String>) throws(CommandError) -> String {
        let words = Array(arguments)
        guard words.count == 2 else { throw CommandError(.usage(Command.set.usage)) }
        let variable = try resolveParameter(words[0])
        let value = try number(words[1], for: variable.name)
        if let range = variable.range, !range.contains(value) {
            throw CommandError(.outOfRange(name: variable.name, value: value, low: range.lowerBound, high: range.upperBound))
        }
        let old = ParameterValue.current(variable, in: state.scenario)
        let oldText = old.map(plain) ?? variable.equation
        try change(.setParameter(variable.name, from: oldText, to: plain(value))) { state throws(CommandError) in
            state.scenario.parameterValues[variable.name] = value
        }
        return text(.setParameter(variable.name, from: oldText, to: plain(value))) + (variable.units.map { " " + units($0) } ?? "")
    }

    mutating func switchLanguage(_ arguments: ArraySlice<String>) throws(CommandError) -> String {
        guard let word = arguments.first else { return text(.languageSet) + " " + text(.usage(Command.lang.usage)) }
        guard let chosen = Language(rawValue: word.lowercased()) else { throw CommandError(.usage(Command.lang.usage)) }
        language = chosen
        return text(.languageSet)
    }
}
