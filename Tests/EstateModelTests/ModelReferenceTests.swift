import Foundation
import Testing
@testable import EstateModel

@Suite("Generated model reference")
struct ModelReferenceTests {
    @Test("docs/model-reference.md is up to date with estate.sdm")
    func referenceIsUpToDate() throws {
        let expected = ModelReference.markdown(for: try TestSupport.model().model)
        let path = TestSupport.packageRoot.appendingPathComponent("docs/model-reference.md").path
        if ProcessInfo.processInfo.environment["QUARTIER_WRITE_REFERENCE"] == "1" {
            try expected.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let committed = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        #expect(
            committed == expected,
            "docs/model-reference.md is out of date with Sources/EstateModel/Resources/estate.sdm. Regenerate it with: QUARTIER_WRITE_REFERENCE=1 swift test --filter ModelReferenceTests"
        )
    }

    @Test("every parameter has units, a range, a meaning and a source; every output has French and English labels")
    func everyAssumptionIsVisible() throws {
        let model = try TestSupport.model().model
        for variable in model.variables where variable.kind == .parameter {
            #expect(variable.units != nil, "\(variable.name) has no units")
            #expect(variable.range != nil, "\(variable.name) has no range")
            #expect(variable.meaning != nil, "\(variable.name) has no meaning")
            #expect(variable.source != nil, "\(variable.name) has no source")
        }
        for output in OutputVariable.identifiers {
            let variable = try #require(model.variable(named: output), "missing output \(output)")
            #expect(variable.labels["fr"] != nil && variable.labels["en"] != nil, "\(output) lacks labels")
        }
        #expect(model.warnings.isEmpty, "\(model.warnings)")
        for lever in LeverCatalogue.all {
            #expect(model.variable(named: lever.parameter)?.kind == .parameter, "\(lever.parameter)")
            #expect(model.variable(named: lever.costStock)?.kind == .stock, "\(lever.costStock)")
        }
    }
}
