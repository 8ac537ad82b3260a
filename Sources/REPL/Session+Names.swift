import EstateModel
import Reports
import SystemDynamics

/// Turning the names users type into model objects, with the closest valid name when one is misspelt.
extension Session {
    /// An output (any model variable; the usual outputs keep their labels).
    func resolveOutput(_ word: String) throws(CommandError) -> OutputVariable {
        guard let variable = estateModel.model.variable(named: word) else {
            let names = OutputVariable.identifiers + estateModel.model.variables.map(\.name)
            throw CommandError(.unknownOutput(word, suggestion: NameSuggestion.closest(to: word, in: names)))
        }
        if let output = estateModel.outputs.first(where: { $0.id == variable.name }) { return output }
        return OutputVariable(
            id: variable.name,
            label: .init(fr: variable.label(language: "fr"), en: variable.label(language: "en")),
            units: variable.units ?? "", meaning: variable.meaning ?? "")
    }

    /// A parameter users may set: not a lever (plans set levers).
    func resolveParameter(_ word: String) throws(CommandError) -> Variable {
        let settable = estateModel.parameterNames.filter { !$0.hasPrefix("lever_") }
        guard let variable = estateModel.model.variable(named: word), variable.kind == .parameter else {
            throw CommandError(.unknownParameter(word, suggestion: NameSuggestion.closest(to: word, in: settable)))
        }
        if variable.name.hasPrefix("lever_") {
            throw CommandError(.leverIsNotParameter(String(variable.name.dropFirst("lever_".count))))
        }
        return variable
    }

    /// A plan of the scenario.
    func resolvePlan(_ word: String) throws(CommandError) -> Plan {
        let names = state.scenario.plans.map(\.name)
        guard let plan = state.scenario.plans.first(where: { $0.name == word }) else {
            throw CommandError(.unknownPlan(word, suggestion: NameSuggestion.closest(to: word, in: names), plans: names))
        }
        return plan
    }

    /// A lever of the catalogue.
    func resolveLever(_ word: String) throws(CommandError) -> Lever {
        let id = word.lowercased().hasPrefix("lever_") ? String(word.dropFirst("lever_".count)) : word
        guard let lever = LeverCatalogue.lever(canonicalName(id)) else {
            throw CommandError(
                .unknownLever(word, suggestion: NameSuggestion.closest(to: id, in: LeverCatalogue.identifiers)))
        }
        return lever
    }

    /// A number argument.
    func number(_ word: String, for what: String) throws(CommandError) -> Double {
        guard let value = CommandWords.number(word) else { throw CommandError(.notANumber(word, what: what)) }
        return value
    }

    /// A number of years for a run: positive and at most 50 (the model's relationships are calibrated on
    /// a decade; docs/estate-model.md).
    func horizon(_ word: String) throws(CommandError) -> Double {
        let value = try number(word, for: "years")
        try require(value > 0 && value <= 50, .yearsOutOfRange(value))
        return value
    }

    /// The plan being edited.
    var currentPlan: Plan {
        state.scenario.plans.first { $0.name == state.currentPlan } ?? state.scenario.plans.first ?? Plan(name: "statu-quo")
    }

    /// The first plan, the baseline every plan is compared with.
    var baselinePlan: Plan { state.scenario.plans.first ?? Plan(name: "statu-quo") }

    /// A number written for users, without needless decimals.
    func plain(_ value: Double) -> String {
        let numbers = NumberFormatting(language: language)
        if value == value.rounded() { return numbers.decimal(value, fractionDigits: 0, grouping: false) }
        for digits in 1...6 where abs(value * pow10(digits) - (value * pow10(digits)).rounded()) < 1e-9 {
            return numbers.decimal(value, fractionDigits: digits, grouping: false)
        }
        return numbers.decimal(value, fractionDigits: 6, grouping: false)
    }

    private func pow10(_ digits: Int) -> Double { (0..<digits).reduce(1) { value, _ in value * 10 } }
}
