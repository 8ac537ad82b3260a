import Foundation
import Localization
import SystemDynamics

/// An estate, its parameter overrides and its named action plans, as a scenario file describes them
/// (docs/scenario-format.md).
public struct Scenario: Sendable, Equatable {
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
            guard let first = plans.first else { throw ScenarioError(
                    fr: "Le scénario « \(self.name) » n'a aucun plan ; ajoutez-en un sous « plans: ».",
                    en: "Scenario '\(self.name)' has no plan; add one under 'plans:'.") }
            return first
        }
        if let plan = plans.first(where: { $0.name == name }) { return plan }
        let names = plans.map(\.name)
        let hint = NameSuggestion.didYouMean(name, in: names)
        throw ScenarioError(
            fr: "Le scénario « \(self.name) » n'a pas de plan « \(name) ».\(hint.fr) Plans : \(names.joined(separator: ", ")).",
            en: "Scenario '\(self.name)' has no plan '\(name)'.\(hint.en) Plans: \(names.joined(separator: ", ")).")
    }

    /// What is wrong with the scenario for `model`, one sentence per problem in both languages (empty when
    /// it can run): parameters the model lacks or that are levers, values outside a parameter's range, no
    /// plan, two plans with the same name, and every plan's ``Plan/problems(model:)``.
    ///
    /// A scenario read from a file has none (the parser reports them with their line); this checks
    /// scenarios from elsewhere, such as a saved session.
    public func problems(model: EstateModel) -> [LocalizedText] {
        var found: [LocalizedText] = []
        for (name, value) in parameterValues.sorted(by: { $0.key < $1.key }) {
            guard model.hasParameter(name) else {
                found.append(ScenarioParser.unknownParameter(name, model: model))
                continue
            }
            if canonicalName(name).hasPrefix(Lever.parameterPrefix) {
                found.append(ScenarioParser.leverAsParameter(name))
            } else if let range = model.range(of: name), !range.contains(value) {
                found.append(ScenarioParser.outOfRange(name, value: value, range: range, variable: model.model.variable(named: name)))
            }
        }
        let names = plans.map(\.name)
        if names.isEmpty { found.append(ScenarioParser.noPlan) }
        let repeated = Set(names.enumerated().filter { names[..<$0.offset].contains($0.element) }.map(\.element))
        found += repeated.sorted().map(ScenarioParser.duplicatePlan)
        for plan in plans { found += plan.problems(model: model) }
        return found
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
        let start = SourceLocation(file: path, line: 1, column: 1)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ScenarioError(
                fr: "impossible de lire ce fichier de scénario (vérifiez qu'il existe, que c'est un fichier et ses droits d'accès).",
                en: "cannot read this scenario file (check that it exists, that it is a file and its permissions).", at: start)
        }
        // A NUL byte never occurs in YAML text: the file is binary even if it happens to decode as UTF-8.
        guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
            throw ScenarioError(
                fr: "ce n'est pas un fichier texte en UTF-8 (il contient des données binaires). Est-ce le bon fichier ?",
                en: "this is not a text file in UTF-8 (it contains binary data). Is it the right file?", at: start)
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
