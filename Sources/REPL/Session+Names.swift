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
        return OutputVariable(variable: variable, id: variable.name)
    }

    /// A parameter users may set: not a lever (plans set levers).
    func resolveParameter(_ word: String) throws(CommandError) -> Variable {
        guard let variable = estateModel.model.variable(named: word) else {
            let settable = estateModel.settableParameters.map(\.name)
            throw CommandError(.unknownParameter(word, suggestion: NameSuggestion.closest(to: word, in: settable)))
        }
        guard variable.kind == .parameter else { throw CommandError(.notAParameter(variable.name, kind: variable.kind)) }
        if variable.name.hasPrefix(Lever.parameterPrefix) {
            throw CommandError(.leverIsNotParameter(String(variable.name.dropFirst(Lever.parameterPrefix.count))))
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
        let prefix = Lever.parameterPrefix
        let id = word.lowercased().hasPrefix(prefix) ? String(word.dropFirst(prefix.count)) : word
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

    /// A number of years for a run: positive and at most ``EstateModel/maximumYears``.
    func horizon(_ word: String) throws(CommandError) -> Double {
        let value = try number(word, for: "years")
        try require(value > 0 && value <= EstateModel.maximumYears, .yearsOutOfRange(value))
        return value
    }

    /// The plan being edited.
    var currentPlan: Plan {
        state.scenario.plans.first { $0.name == state.currentPlan } ?? state.scenario.plans.first ?? Plan(name: "statu-quo")
    }

    /// The first plan, the baseline every plan is compared with.
    var baselinePlan: Plan { state.scenario.plans.first ?? Plan(name: "statu-quo") }

    /// A number written for users, without needless decimals, as `assumptions` writes parameter values.
    func plain(_ value: Double) -> String { ParameterValue.text(value, numbers: NumberFormatting(language: language)) }

    /// `label: value`, with the space French typography puts before the colon.
    func labelled(_ label: SessionMessage, _ value: String) -> String {
        language == .fr ? "\(text(label)) : \(value)" : "\(text(label)): \(value)"
    }

    /// Units as the reader's language writes them (`€/logement/mois`).
    func units(_ units: String?) -> String { UnitNames.display(units ?? "", in: language) }
}
