import EstateModel
import Reports
import SystemDynamics

/// `help`: the commands, one command, or any name of the model and the lever catalogue.
extension Session {
    mutating func help(_ arguments: ArraySlice<String>) throws(CommandError) -> String {
        guard let word = arguments.first else { return commandList() }
        if let command = Command(word: word) {
            return "\(UsagePlaceholders.text(command.usage, in: language))\n  \(command.summary.text(in: language))"
        }
        // A name can be both a parameter and a lever (`caretakers`): show both.
        let found = [
            estateModel.model.variable(named: word).map(describe), LeverCatalogue.lever(canonicalName(word)).map(describe),
        ].compactMap { $0 }
        if !found.isEmpty { return found.joined(separator: "\n\n") }
        let names = Command.allWords + LeverCatalogue.identifiers + estateModel.model.variables.map(\.name)
        let close = NameSuggestion.closest(to: word, in: names)
        // Far from every name: say where the names are listed rather than nothing.
        let partial = close == nil ? names.filter { $0.contains(canonicalName(word)) }.first : nil
        throw CommandError(.unknownName(word, suggestion: close ?? partial))
    }

    private func commandList() -> String {
        var table = TextTable(
            title: text(.commandsTitle), columns: [TableColumn.wrapping(text(.commandHeader)), TableColumn.wrapping(text(.whatHeader))])
        for command in Command.allCases {
            table.append([TableCell(UsagePlaceholders.text(command.firstUsage, in: language)), TableCell(command.summary.text(in: language))])
        }
        return table.render(styling: styling, width: width) + "\n" + text(.helpFooter)
    }

    private func describe(_ variable: Variable) -> String {
        let label = variable.label(language: language.rawValue)
        var lines = [label == variable.name ? variable.name : "\(variable.name) — \(label)"]
        lines.append("  " + labelled(.kindLabel, text(.kind(variable.kind))))
        lines.append("  " + labelled(.unitsLabel, variable.units.map(units) ?? "—"))
        // A stock's equation is its initial value; what moves it is its flows.
        lines.append("  " + labelled(variable.kind == .stock ? .initialValueLabel : .equationLabel, variable.equation))
        if !variable.inflows.isEmpty { lines.append("  " + labelled(.inflowsLabel, variable.inflows.joined(separator: ", "))) }
        if !variable.outflows.isEmpty { lines.append("  " + labelled(.outflowsLabel, variable.outflows.joined(separator: ", "))) }
        if variable.kind == .parameter, let value = ParameterValue.current(variable, in: state.scenario) {
            lines.append("  " + labelled(.valueLabel, plain(value)))
        }
        if let range = variable.range {
            lines.append("  " + labelled(.rangeLabel, "\(plain(range.lowerBound)) .. \(plain(range.upperBound))"))
        }
        if let meaning = variable.meaning(language: language.rawValue) { lines.append("  " + labelled(.meaningLabel, meaning)) }
        if let source = variable.source { lines.append("  " + labelled(.sourceLabel, source)) }
        return lines.joined(separator: "\n")
    }

    private func describe(_ lever: Lever) -> String {
        var lines = ["\(lever.id) — \(lever.name.text(in: language))"]
        lines.append("  " + labelled(.levelLabel, lever.levelUnit.text(in: language)))
        if let range = estateModel.range(of: lever.parameter) {
            lines.append("  " + labelled(.rangeLabel, "\(plain(range.lowerBound)) .. \(plain(range.upperBound))"))
        }
        lines.append("  " + labelled(.effectsLabel, lever.effects.text(in: language)))
        lines.append("  " + labelled(.stateCityShareLabel, NumberFormatting(language: language).percent(lever.stateAndCityShare)))
        lines.append("  " + labelled(.example, "action add \(lever.id) level=… start=0 years=…"))
        return lines.joined(separator: "\n")
    }
}
