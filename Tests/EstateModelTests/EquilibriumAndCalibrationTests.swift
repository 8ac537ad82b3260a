import Testing
@testable import EstateModel

@Suite("National baseline: calibration and equilibrium")
struct EquilibriumAndCalibrationTests {
    @Test("the national baseline reproduces the 2011 survey levels within one point")
    func calibration() throws {
        let run = try TestSupport.run(try TestSupport.scenario("national-2011"), "statu-quo", years: 1)
        // Seeds (TNS Sofres May 2011): 83 / 75 / 61; research/domain.md §1: cleanliness 69, feeling safe 80.
        let targets = [
            "satisfaction": 83.0, "satisfaction_reception": 75, "satisfaction_requests": 61,
            "satisfaction_cleanliness": 69, "safety": 80,
        ]
        for (output, target) in targets {
            let value = run.at(output, year: 0)
            #expect(abs(value - target) <= 1, "\(output) = \(value), target \(target)")
        }
    }

    @Test("with no action every stock of the national baseline stays flat over 30 years")
    func equilibrium() throws {
        let model = try TestSupport.model()
        let run = try TestSupport.run(try TestSupport.scenario("national-2011"), "statu-quo", years: 30)
        for variable in model.model.variables where variable.kind == .stock {
            guard let series = run.series(variable.name), let first = series.first else { continue }
            let scale = max(1, abs(first))
            let drift = series.map { abs($0 - first) }.max() ?? 0
            #expect(drift / scale < 0.001, "\(variable.name) drifts by \(drift) from \(first)")
        }
    }
}
