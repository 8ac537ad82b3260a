import EstateModel

/// What `save` writes and `open` reads: the scenario with the session's changes, the plan being
/// edited, the log of changes and the pending predictions, as readable JSON.
struct SessionFile: Codable, Sendable {
    /// The format's name, so that another JSON file is refused with a clear message.
    static let formatName = "quartier-session"
    /// The version written; a file of a later version is refused.
    static let currentVersion = 1

    var format: String
    var version: Int
    var scenario: ScenarioRecord
    /// Parameter values as the scenario was loaded, so `assumptions` still marks what the session changed.
    var loadedParameters: [String: Double]
    var currentPlan: String
    var years: Double
    var changes: [TextRecord]
    var predictions: [Prediction]
}

/// A text in both languages.
struct TextRecord: Codable, Sendable, Hashable {
    var fr: String
    var en: String
}

/// A scenario in a session file.
struct ScenarioRecord: Codable, Sendable {
    var name: String
    var description: TextRecord
    var path: String?
    var parameters: [String: Double]
    var stateCityShares: [String: Double]
    var plans: [PlanRecord]

    init(_ scenario: Scenario) {
        name = scenario.name
        description = TextRecord(fr: scenario.description.fr, en: scenario.description.en)
        path = scenario.path
        parameters = scenario.parameterValues
        stateCityShares = scenario.stateAndCityShares
        plans = scenario.plans.map(PlanRecord.init)
    }

    var scenario: Scenario {
        Scenario(
            name: name, description: .init(fr: description.fr, en: description.en), parameterValues: parameters,
            stateAndCityShares: stateCityShares, plans: plans.map(\.plan), path: path)
    }
}

/// A plan in a session file.
struct PlanRecord: Codable, Sendable {
    var name: String
    var description: TextRecord
    var actions: [ActionRecord]

    init(_ plan: Plan) {
        name = plan.name
        description = TextRecord(fr: plan.description.fr, en: plan.description.en)
        actions = plan.actions.map(ActionRecord.init)
    }

    var plan: Plan {
        Plan(name: name, description: .init(fr: description.fr, en: description.en), actions: actions.map(\.action))
    }
}

/// An action in a session file, in months as the model counts them.
struct ActionRecord: Codable, Sendable {
    var lever: String
    var startMonth: Double
    var endMonth: Double
    var level: Double

    init(_ action: Action) {
        lever = action.lever
        startMonth = action.startMonth
        endMonth = action.endMonth
        level = action.level
    }

    var action: Action { Action(lever: lever, startMonth: startMonth, endMonth: endMonth, level: level) }
}
