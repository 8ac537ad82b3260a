import Testing
@testable import EstateModel

/// Gains outlast the programmes that built them, though they erode: social capital leaves only with the
/// households that hold it, and the audit's quality culture fades over a decade (docs/estate-model.md).
@Suite("Kremlin-Bicêtre at 30 years: lasting gains")
struct LastingGainsTests {
    @Test("twenty years after the programmes, vivre-ensemble and deux-axes still beat no action, deux-axes best")
    func gainsLast() throws {
        let scenario = try TestSupport.scenario("kremlin-bicetre")
        let runs = try ["statu-quo", "patrimoine", "vivre-ensemble", "deux-axes", "participation-seule"]
            .map { try TestSupport.run(scenario, $0, years: 30) }
        let statuQuo = runs[0], vivreEnsemble = runs[2], deuxAxes = runs[3]
        for output in ["cohesion", "satisfaction"] {
            #expect(vivreEnsemble.end(output) >= statuQuo.end(output) + 2, "vivre-ensemble \(output)")
            #expect(deuxAxes.end(output) >= statuQuo.end(output) + 2, "deux-axes \(output)")
            for other in runs where other.plan.name != "deux-axes" {
                #expect(deuxAxes.end(output) > other.end(output), "\(output): deux-axes vs \(other.plan.name)")
            }
        }
    }
}
