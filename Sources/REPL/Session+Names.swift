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
            units: variable.units ?? "",
            meaning: .init(fr: variable.meaning(language: "fr") ?? "", en: variable.meaning ?? ""))
    }

    /// A parameter users may set: not a lever (plans set levers).
    func resolveParameter(_ word: String) throws(CommandError) -> Variable {
        let settable = estateModel.parameterNames.filter { !$0.hasPrefix("lever_") }
        guard let variable = estateModel.model.variable(named: word) else {
            throw CommandError(.unknownParameter(word, suggestion: NameSuggestion.closest(to: word, in: settable)))
        }
        guard variable.kind == .parameter else { throw CommandError(.notAParameter(variable.name, kind: variable.kind)) }
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

    /// The longest run, in years: the batch commands' `--years` limit (1 to 30), so that a session and a
    /// script accept the same horizons. The model's relationships are calibrated on a decade
    /// (docs/estate-model.md); three decades is already far beyond what it can claim.
    public static let maximumYears: Double = 30

    /// A number of years for a run: positive and at most ``maximumYears``.
    func horizon(_ word: String) throws(CommandError) -> Double {
        let value = try number(word, for: "years")
        try require(value > 0 && value <= Self.maximumYears, .yearsOutOfRange(value))
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
