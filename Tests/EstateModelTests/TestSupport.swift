import Foundation
@testable import EstateModel

/// Shared helpers: the bundled model and the package's scenario files.
enum TestSupport {
    /// The package root (three levels above this file: Tests/EstateModelTests/TestSupport.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func model() throws -> EstateModel { try EstateModel.bundled() }

    static func scenario(_ name: String) throws -> Scenario {
        try Scenario.load(path: packageRoot.appendingPathComponent("Scenarios/\(name).yaml").path, model: model())
    }

    static func run(_ scenario: Scenario, _ plan: String, years: Double = 10) throws -> PlanRun {
        try model().run(scenario, planNamed: plan, years: years)
    }
}

extension PlanRun {
    /// The value of an output at a year (0 = the start).
    func at(_ id: String, year: Double) -> Double { value(id, atMonth: year * 12) ?? .nan }
    /// The value at the end of the run.
    func end(_ id: String) -> Double { finalValue(id) ?? .nan }
}
