import Foundation
import Localization
import SystemDynamics

/// An estate, its parameter overrides and its named action plans, as a scenario file describes them
/// (docs/scenario-format.md).
public struct Scenario: Sendable {
    /// Name of the scenario (by default the file name without extension).
    public var name: String
    /// What the scenario is about.
    public var description: LocalizedText
    /// Values for model parameters: the estate description, the initial state and the overrides, by
    /// canonical model name.
    public var parameterValues: [String: Double]
    /// Overrides of the lever catalogue's State/city funding shares, by lever identifier.
    public var stateAndCityShares: [String: Double]
    /// The plans; the first is by convention `statu-quo` (no action).
    public var plans: [Plan]
    /// The file the scenario was read from, if any.
    public var path: String?

    /// Creates a scenario.
    public init(
        name: String, description: LocalizedText = LocalizedText(fr: "", en: ""),
        parameterValues: [String: Double] = [:], stateAndCityShares: [String: Double] = [:],
        plans: [Plan] = [Plan(name: "statu-quo")], path: String? = nil
    ) {
        self.name = name
        self.description = description
        self.parameterValues = parameterValues
        self.stateAndCityShares = stateAndCityShares
        self.plans = plans
        self.path = path
    }

    /// The plan called `name` (the first plan when nil).
    /// - Throws: `ScenarioError` naming the plans available and the closest one.
    public func plan(named name: String?) throws -> Plan {
        guard let name else {
            guard let first = plans.first else { throw ScenarioError("Scenario '\(self.name)' has no plan; add one under 'plans:'.") }
            return first
        }
        if let plan = plans.first(where: { $0.name == name }) { return plan }
        let names = plans.map(\.name)
        throw ScenarioError(
            "Scenario '\(self.name)' has no plan '\(name)'.\(NameSuggestion.didYouMean(name, in: names)) "
                + "Plans: \(names.joined(separator: ", ")).")
    }

    /// Replaces the plan with the same name, or appends it.
    public mutating func setPlan(_ plan: Plan) {
        if let index = plans.firstIndex(where: { $0.name == plan.name }) {
            plans[index] = plan
        } else {
            plans.append(plan)
        }
    }

    /// Removes the plan called `name`; returns false if there is none.
    @discardableResult
    public mutating func removePlan(named name: String) -> Bool {
        guard let index = plans.firstIndex(where: { $0.name == name }) else { return false }
        plans.remove(at: index)
        return true
    }

    /// Reads and checks a scenario file.
    /// - Throws: `ScenarioError` with file, line and column for every problem.
    public static func load(path: String, model: EstateModel) throws -> Scenario {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ScenarioError("Cannot read scenario file '\(path)': \(error.localizedDescription)")
        }
        let defaultName = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        var scenario = try parse(yaml: text, fileName: path, defaultName: defaultName, model: model)
        scenario.path = path
        return scenario
    }

    /// Parses and checks a scenario from YAML text.
    /// - Throws: `ScenarioError` with file, line and column for every problem.
    public static func parse(yaml: String, fileName: String, defaultName: String? = nil, model: EstateModel) throws -> Scenario {
        var parser = ScenarioParser(file: fileName, model: model)
        let scenario = parser.parse(yaml, defaultName: defaultName ?? fileName)
        guard parser.issues.isEmpty, let scenario else { throw ScenarioError(parser.issues) }
        return scenario
    }

    /// Loads a scenario given as a file path or as a name to find in a scenarios folder
    /// (`ScenarioLocator.searchDirectories()`).
    public static func named(_ nameOrPath: String, model: EstateModel) throws -> Scenario {
        try load(path: ScenarioLocator.resolve(nameOrPath), model: model)
    }
}
