import Foundation
import SystemDynamics
import Testing

/// Every saved value of every variable, row by row, for exact comparisons.
private func allValues(_ results: SimulationResults) -> [[Double]] {
    results.variableNames.map { results.series($0) ?? [] }
}

/// The model exported to XMILE and read back.
private func roundTrip(_ model: Model) throws -> Model {
    try Model(xmile: model.xmile(), fileName: model.name + ".xmile")
}

@Suite("XMILE export")
struct XMILEExportTests {
    /// The cross-check fixtures (smooths, delays, trends, the three graph types, IF THEN ELSE, STEP, RAMP,
    /// PULSE, a non-negative stock under RK4) and the conformance models, read and exported again.
    static let models: [String] =
        PySDCrossCheckTests.models.map { "fixture:" + $0 } + ConformanceCase.all.map { "conformance:" + $0.name }

    private static func load(_ key: String) throws -> Model {
        if key.hasPrefix("fixture:") { return try TestPaths.fixture(String(key.dropFirst("fixture:".count))) }
        return try Model.load(contentsOf: TestPaths.conformance.appendingPathComponent(String(key.dropFirst("conformance:".count))).path)
    }

    @Test("export → import → run gives the identical series, under Euler and RK4", arguments: models)
    func identicalSeries(_ key: String) throws {
        let model = try Self.load(key)
        let copy = try roundTrip(model)
        #expect(copy.variableNames == model.variableNames)
        #expect(copy.specs == model.specs)
        for method in IntegrationMethod.allCases {
            let original = try model.compile().run(RunOptions(method: method))
            let reread = try copy.compile().run(RunOptions(method: method))
            #expect(reread.times == original.times)
            #expect(allValues(reread) == allValues(original), "\(key) under \(method)")
        }
    }

    @Test("exporting the re-imported model gives the same document", arguments: models)
    func stableText(_ key: String) throws {
        let model = try Self.load(key)
        let first = model.xmile()
        #expect(try roundTrip(model).xmile() == first)
    }

    @Test("the document uses the portable subset: default namespace, header name, specs, inline gf, non_negative")
    func portableSubset() throws {
        let text = try TestPaths.fixture("population").xmile()
        #expect(text.contains("<xmile version=\"1.0\" xmlns=\"http://docs.oasis-open.org/xmile/ns/XMILE/v1.0\""))
        #expect(text.contains("<header>") && text.contains("<name>Population</name>"))
        #expect(text.contains("<sim_specs method=\"RK4\" time_units=\"year\""))
        #expect(text.contains("<start>0</start>") && text.contains("<stop>50</stop>") && text.contains("<dt>0.5</dt>"))
        #expect(text.contains("<non_negative/>"))
        #expect(text.contains("<outflow>deaths</outflow>") && text.contains("<outflow>harvest</outflow>"))
        #expect(text.contains("<units>animal/year</units>") && text.contains("<doc>Animals alive.</doc>"))
        // Parameters are auxiliaries with constant equations.
        #expect(text.contains("<aux name=\"birth_rate\">\n                <eqn>0.4</eqn>"))
        #expect(!text.contains("parameter"))

        let graphs = try TestPaths.fixture("graphs").xmile()
        #expect(graphs.contains("<gf type=\"extrapolate\">"))
        #expect(graphs.contains("<xpts>0,2,5,8</xpts>") && graphs.contains("<ypts>1,3,4,0.5</ypts>"))
        #expect(!graphs.contains("<gf name="))
        #expect(!graphs.contains("<xscale"))
    }

    @Test("equations are re-printed in canonical XMILE syntax")
    func canonicalEquations() throws {
        let model = try Model(
            source: """
                simulation
                    start: 0
                    stop: 2
                    dt: 1
                parameter "Base Rate" = 3
                aux smoothed = SMTH1(base_rate, 2)   # initial value left out
                aux choice = IF TIME > 1 THEN (IF base_rate > 2 THEN 1 ELSE 2) ELSE MAX(base_rate, 1)
                aux remainder = base_rate MOD 2 + MOD(TIME, 2)
                aux shape = -(base_rate ^ 2) + 2 ^ -1 - (1 - (TIME - 1)) + NOT (TIME = 1)
                aux circle = PI()
                """, fileName: "canonical.sdm")
        let text = model.xmile()
        #expect(text.contains("<aux name=\"Base Rate\">"))
        #expect(text.contains("<eqn>SMTH1(Base_Rate, 2, Base_Rate)</eqn>"))
        #expect(text.contains("<eqn>IF TIME &gt; 1 THEN (IF Base_Rate &gt; 2 THEN 1 ELSE 2) ELSE MAX(Base_Rate, 1)</eqn>"))
        #expect(text.contains("<eqn>Base_Rate mod 2 + TIME mod 2</eqn>"))
        #expect(text.contains("<eqn>-(Base_Rate^2) + 2^(-1) - (1 - (TIME - 1)) + (NOT (TIME = 1))</eqn>"))
        #expect(text.contains("<eqn>PI()</eqn>"))
        #expect(!text.contains("#") && !text.contains("{"))
        let original = try model.compile().run()
        #expect(allValues(try roundTrip(model).compile().run()) == allValues(original))
    }

    @Test("text that XML reserves is escaped and comes back unchanged")
    func escaping() throws {
        let model = try Model(
            source: """
                model "Tom & Jerry's <model>"
                parameter a = 1
                    meaning: Ratio "a" < b & c > d, 'quoted'.
                aux b [m/s] = IF a < 2 AND a >= 0 THEN a ELSE 0
                """, fileName: "escape.sdm")
        let text = model.xmile()
        #expect(text.contains("<name>Tom &amp; Jerry&apos;s &lt;model&gt;</name>"))
        let copy = try roundTrip(model)
        #expect(copy.name == "Tom & Jerry's <model>")
        #expect(copy.variable(named: "a")?.meaning == "Ratio \"a\" < b & c > d, 'quoted'.")
        #expect(copy.variable(named: "b")?.units == "m/s")
        #expect(copy.variable(named: "a")?.kind == .parameter)
    }

    @Test("names that are not plain identifiers are quoted in equations")
    func quotedNames() throws {
        let model = try Model(
            xmile: """
                <xmile xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0"><sim_specs><start>0</start><stop>1</stop></sim_specs>
                <model><variables>
                <aux name="Rate-2 (%)"><eqn>5</eqn></aux>
                <aux name="if"><eqn>1</eqn></aux>
                <aux name="b"><eqn>"Rate-2 (%)" * "if"</eqn></aux>
                </variables></model></xmile>
                """, fileName: "quoted.xmile")
        let text = model.xmile()
        #expect(text.contains("<eqn>&quot;Rate-2 (%)&quot; * &quot;if&quot;</eqn>"))
        #expect(try roundTrip(model).compile().run().finalValue("b") == 5)
    }

    @Test("a save interval is kept through the isee vendor attribute")
    func saveInterval() throws {
        let model = try TestPaths.fixture("population")
        #expect(model.xmile().contains("isee:save_interval=\"1\""))
        #expect(try roundTrip(model).specs.saveEvery == 1)
    }
}
