import Foundation
import Localization
import SystemDynamics

/// The estate model shipped with the package (`Resources/estate.sdm`), parsed and compiled once.
///
/// Every run goes through `run(_:plan:years:)`: the scenario's estate description, initial state and
/// parameter overrides become constant inputs, the plan's actions become step inputs on the lever
/// parameters, and the model is never recompiled.
public struct EstateModel: Sendable {
    /// The parsed model (variables, equations, units, meanings, sources).
    public let model: Model
    /// The compiled model.
    public let compiled: CompiledModel

    /// The bundled model, loaded and compiled on first use.
    public static func bundled() throws -> EstateModel { try shared.get() }

    private static let shared: Result<EstateModel, EstateModelError> = {
        guard let url = Bundle.module.url(forResource: "estate", withExtension: "sdm") else {
            return .failure(EstateModelError(
                    fr: "Le fichier de modèle estate.sdm manque dans le paquet EstateModel ; réinstallez Quartier.",
                    en: "The model file estate.sdm is missing from the EstateModel bundle; reinstall Quartier."))
        }
        do {
            let text = try String(contentsOf: url, encoding: .utf8)
            return .success(try EstateModel(source: text, fileName: "estate.sdm"))
        } catch let error as ModelError {
            return .failure(EstateModelError(
                    fr: "Le modèle fourni estate.sdm contient des erreurs :\n\(error.text(in: .fr))",
                    en: "The bundled model estate.sdm has errors:\n\(error.text(in: .en))"))
        } catch {
            return .failure(EstateModelError(
                    fr: "Impossible de lire le modèle fourni estate.sdm : \(error.localizedDescription)",
                    en: "Cannot read the bundled model estate.sdm: \(error.localizedDescription)"))
        }
    }()

    /// The longest run, in years: the limit of every horizon (`--years`, `run 20`, a survey's or a
    /// prediction's year, a session file's years), so that a session and a script accept the same horizons.
    /// The model's relationships are calibrated on a decade (docs/estate-model.md); three decades is already
    /// far beyond what it can claim.
    public static let maximumYears: Double = 30

    /// Parses and compiles a model text (for tests and for users who bring a modified copy of estate.sdm).
    public init(source: String, fileName: String) throws {
        model = try Model(source: source, fileName: fileName)
        compiled = try model.compile()
    }

    /// The declared range of a parameter, if any.
    public func range(of parameter: String) -> ClosedRange<Double>? { model.variable(named: parameter)?.range }

    /// True if the model has a parameter with this name (any spelling).
    public func hasParameter(_ name: String) -> Bool { model.variable(named: name)?.kind == .parameter }

    /// Every parameter's canonical name.
    public var parameterNames: [String] { model.variables.filter { $0.kind == .parameter }.map(\.name) }

    /// The parameters users may set, in model order: every parameter but the levers, which plans set.
    public var settableParameters: [Variable] {
        model.variables.filter { $0.kind == .parameter && !$0.name.hasPrefix(Lever.parameterPrefix) }
    }

    /// The output variables users look at, with their labels and units, in a stable order.
    public var outputs: [OutputVariable] {
        OutputVariable.identifiers.map { OutputVariable(variable: model.variable(named: $0), id: $0) }
    }

    /// Runs one plan of a scenario for `years` years (default: the model's 10-year horizon).
    ///
    /// - Throws: `ScenarioError` if the plan has problems, `SimulationError` if the run cannot be made.
    public func run(_ scenario: Scenario, plan: Plan, years: Double? = nil) throws -> PlanRun {
        let problems = plan.problems(model: self)
        guard problems.isEmpty else {
            throw ScenarioError(problems.map { ScenarioIssue(location: nil, message: $0) })
        }
        var inputs = scenario.parameterValues.mapValues { InputSeries.constant($0) }
        for (name, series) in plan.inputs() { inputs[name] = series }
        let months = (years ?? model.specs.stop / 12) * 12
        let results = try compiled.run(RunOptions(stop: model.specs.start + months, inputs: inputs))
        return PlanRun(
            scenario: scenario.name, plan: plan, results: results,
            costs: CostAccounting(results: results, stateAndCityShares: scenario.stateAndCityShares))
    }

    /// Runs one plan of a scenario by name (the first plan when `planName` is nil).
    public func run(_ scenario: Scenario, planNamed planName: String? = nil, years: Double? = nil) throws -> PlanRun {
        try run(scenario, plan: scenario.plan(named: planName), years: years)
    }

    /// Runs several plans of a scenario at once, one per processor core (runs share only the immutable
    /// compiled model): a comparison of five plans takes about the time of three runs on two cores.
    /// - Returns: the runs, in the order of `plans`.
    /// - Throws: the first plan's error, in the order of `plans`.
    public func run(_ scenario: Scenario, plans: [Plan], years: Double? = nil) throws -> [PlanRun] {
        let results = ConcurrentResults<PlanRun>(count: plans.count)
        DispatchQueue.concurrentPerform(iterations: plans.count) { index in
            results.set(index, Result { try run(scenario, plan: plans[index], years: years) })
        }
        return try results.values()
    }

    /// Runs several plans of a scenario (all of them when `planNames` is nil) and compares them with the first.
    public func compare(_ scenario: Scenario, planNames: [String]? = nil, years: Double? = nil) throws -> PlanComparison {
        let plans = try (planNames ?? scenario.plans.map(\.name)).map { try scenario.plan(named: $0) }
        return PlanComparison(runs: try run(scenario, plans: plans, years: years))
    }
}

/// Results filled in by concurrent work, each slot written once.
private final class ConcurrentResults<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<Value, any Error>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<Value, any Error>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    /// Every value in order, or the first error.
    func values() throws -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return try slots.map { try $0!.get() }
    }
}
