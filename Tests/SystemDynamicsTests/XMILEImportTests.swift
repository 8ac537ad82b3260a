import Foundation
import SystemDynamics
import Testing

/// An XMILE document around `variables`, with Euler specs from 0 to 4 by 1 unless `specs` is given.
private func document(
    _ variables: String, specs: String = "<sim_specs method=\"Euler\" time_units=\"month\"><start>0</start><stop>4</stop><dt>1</dt></sim_specs>",
    extra: String = ""
) -> String {
    """
    <?xml version="1.0" encoding="utf-8"?>
    <xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0" xmlns:isee="http://iseesystems.com/XMILE">
    <header><name>Test model</name></header>
    \(specs)
    \(extra)
    <model>
    <variables>
    \(variables)
    </variables>
    </model>
    </xmile>
    """
}

/// The diagnostics of a document that must not import.
private func importErrors(_ text: String) -> [Diagnostic] {
    do {
        _ = try Model(xmile: text, fileName: "bad.xmile")
        return []
    } catch {
        return error.diagnostics.filter { $0.severity == .error }
    }
}

@Suite("XMILE import")
struct XMILEImportTests {
    @Test("names with spaces, escaped line breaks and quotes resolve to the same variables")
    func names() throws {
        let model = try Model(
            xmile: document(
                """
                <stock name="Teacup\\nTemperature"><eqn>180</eqn><outflow>"Heat Loss"</outflow></stock>
                <flow name="Heat Loss"><eqn>("Teacup\\nTemperature" - Room_Temperature) / 10</eqn></flow>
                <aux name="Room Temperature"><eqn>70</eqn></aux>
                """), fileName: "names.xmile")
        #expect(model.name == "Test model")
        #expect(model.variableNames == ["teacup_temperature", "heat_loss", "room_temperature"])
        #expect(model.variable(named: "teacup temperature")?.outflows == ["heat_loss"])
        #expect(model.variable(named: "Teacup Temperature")?.displayName == "Teacup Temperature")
        let results = try model.compile().run()
        // Euler with dt = 1: T(1) = 180 − (180 − 70) / 10.
        #expect(results.value("teacup_temperature", at: 1) == 169)
    }

    @Test("sim_specs: reciprocal dt, method, time units and the isee save interval")
    func specs() throws {
        let model = try Model(
            xmile: document(
                "<aux name=\"a\"><eqn>TIME</eqn></aux>",
                specs: """
                    <sim_specs method="RK4" time_units="Years" isee:save_interval="0.5">
                    <start>1</start><stop>3</stop><dt reciprocal="true">4</dt></sim_specs>
                    """), fileName: "specs.xmile")
        #expect(model.specs == SimulationSpecs(start: 1, stop: 3, dt: 0.25, method: .rk4, timeUnits: "Years", saveEvery: 0.5))
        #expect(try model.compile().run().times == [1, 1.5, 2, 2.5, 3])
        let text = try Model(xmile: document("<aux name=\"a\"><eqn>1</eqn></aux>", specs: "<sim_specs><start>0</start><stop>1</stop><dt>1/8</dt></sim_specs>"), fileName: "t.xmile")
        #expect(text.specs.dt == 0.125)
        #expect(text.specs.method == .euler)
    }

    @Test("an aux whose equation is a number becomes a parameter; other auxes stay auxes")
    func parameters() throws {
        let model = try Model(
            xmile: document(
                """
                <aux name="rate"><eqn>0.5</eqn><units>1/month</units><doc>Growth
                   rate.</doc><range min="0" max="1"/></aux>
                <aux name="quarter"><eqn>1/4</eqn></aux>
                <aux name="negative"><eqn>-3</eqn></aux>
                <aux name="clock"><eqn>TIME * rate</eqn></aux>
                <aux name="curve"><eqn>2</eqn><gf><xscale min="0" max="4"/><ypts>0,1,4,9,16</ypts></gf></aux>
                """), fileName: "kinds.xmile")
        let rate = try #require(model.variable(named: "rate"))
        #expect(rate.kind == .parameter)
        #expect(rate.units == "1/month")
        #expect(rate.meaning == "Growth rate.")
        #expect(rate.range == 0...1)
        #expect(model.variable(named: "quarter")?.kind == .parameter)
        #expect(model.variable(named: "negative")?.kind == .parameter)
        #expect(model.variable(named: "clock")?.kind == .aux)
        #expect(model.variable(named: "curve")?.kind == .aux)
        // A parameter can be replaced for one run without recompiling.
        let results = try model.compile().run(RunOptions(inputs: ["rate": .constant(2)]))
        #expect(results.series("clock") == [0, 2, 4, 6, 8])
    }

    @Test("inline graphical functions: x points, an evenly spaced x scale, separators and the three types")
    func graphs() throws {
        let model = try Model(
            xmile: document(
                """
                <aux name="x"><eqn>TIME - 1</eqn></aux>
                <aux name="scaled"><eqn>x</eqn><gf><xscale min="0" max="2"/><ypts>0,10,40</ypts></gf></aux>
                <aux name="listed"><eqn>x</eqn><gf type="extrapolate"><xpts sep=";">0;1;2</xpts><ypts sep=";">0;10;40</ypts></gf></aux>
                <aux name="held"><eqn>x</eqn><gf type="discrete"><xpts>0,1,2</xpts><ypts>0,10,40</ypts></gf></aux>
                """), fileName: "graphs.xmile")
        #expect(model.variable(named: "scaled")?.graph == GraphicalFunction(xs: [0, 1, 2], ys: [0, 10, 40]))
        #expect(model.variable(named: "listed")?.graph?.interpolation == .extrapolate)
        let results = try model.compile().run()
        // x runs −1 … 3.
        #expect(results.series("scaled") == [0, 0, 10, 40, 40])
        #expect(results.series("listed") == [-10, 0, 10, 40, 70])
        #expect(results.series("held") == [0, 0, 10, 40, 40])
    }

    @Test("comments in braces are ignored and bare PI is π")
    func commentsAndPi() throws {
        let model = try Model(
            xmile: document("<aux name=\"a\"><eqn>2 {two} * PI {the constant,\nover two lines}</eqn></aux>"), fileName: "c.xmile")
        #expect(try model.compile().run().finalValue("a") == 2 * Double.pi)
        #expect(model.variable(named: "a")?.equation == "2 * PI")
    }

    @Test("non-negative stocks, the behavior default and its override, non-negative flows")
    func nonNegative() throws {
        let model = try Model(
            xmile: document(
                """
                <stock name="default"><eqn>2</eqn><outflow>drain</outflow></stock>
                <stock name="allowed"><eqn>2</eqn><outflow>drain</outflow><non_negative>false</non_negative></stock>
                <stock name="filled"><eqn>0</eqn><inflow>uniflow</inflow></stock>
                <flow name="drain"><eqn>1</eqn></flow>
                <flow name="uniflow"><eqn>2 - TIME</eqn><non_negative/></flow>
                """, extra: "<behavior><stock><non_negative/></stock></behavior>"), fileName: "nn.xmile")
        #expect(model.variable(named: "default")?.nonNegative == true)
        #expect(model.variable(named: "allowed")?.nonNegative == false)
        let results = try model.compile().run()
        #expect(results.series("default") == [2, 1, 0, 0, 0])
        #expect(results.series("allowed") == [2, 1, 0, -1, -2])
        // The uniflow never runs backwards: 2, 1, 0, then 0 instead of −1 and −2.
        #expect(results.series("uniflow") == [2, 1, 0, 0, 0])
        #expect(results.series("filled") == [0, 2, 3, 3, 3])
    }

    @Test(
        "constructs outside the scalar subset are errors naming the element and its line",
        arguments: [
            ("<aux name=\"a\"><dimensions><dim name=\"d\"/></dimensions><eqn>1</eqn></aux>", "dimensions", 8),
            ("<module name=\"m\"/>", "module", 8),
            ("<stock name=\"s\"><eqn>1</eqn><conveyor><len>2</len></conveyor></stock>", "conveyor", 8),
            ("<stock name=\"s\"><eqn>1</eqn><queue/></stock>", "queue", 8),
            ("<gf name=\"table\"><xpts>0,1</xpts><ypts>0,1</ypts></gf>", "gf", 8),
            ("<aux name=\"a\"><eqn>b[1]</eqn></aux>", "'['", 8),
            ("<aux name=\"a\">\n<eqn>unknown_name</eqn></aux>", "unknown_name", 9),
        ])
    func unsupported(_ variables: String, _ named: String, _ line: Int) {
        let errors = importErrors(document(variables))
        #expect(!errors.isEmpty)
        #expect(errors.contains { $0.message.en.contains(named) && $0.location?.line == line }, "\(errors)")
    }

    @Test("a macro beside the model is refused")
    func macro() {
        let errors = importErrors(document("<aux name=\"a\"><eqn>1</eqn></aux>", extra: "<macro name=\"twice\"><eqn>2 * x</eqn></macro>"))
        #expect(errors.contains { $0.message.en.contains("macro") && $0.location?.line == 5 })
    }

    @Test(
        "malformed or foreign files give an error with a line and a column",
        arguments: [
            ("<xmile><model><variables></model></xmile>", 1),
            ("<?xml version=\"1.0\"?>\n<xmile>\n<header>\n", 3),
            ("<xmile a=1></xmile>", 1),
            ("", 1),
            ("\u{1}\u{2}binary", 1),
            ("<html><body/></html>", 1),
        ])
    func malformed(_ text: String, _ line: Int) {
        let errors = importErrors(text)
        #expect(errors.count >= 1)
        #expect(errors.first?.location?.line == line, "\(errors)")
        #expect((errors.first?.location?.column ?? 0) >= 1)
    }

    @Test("an equation's syntax error points at its line and column in the file")
    func equationPosition() {
        let errors = importErrors(document("<aux name=\"a\">\n  <eqn>1 +\n  * 2</eqn></aux>"))
        let error = errors.first
        #expect(error?.location?.line == 10)
        #expect(error?.location?.column == 3)
        #expect(error?.variable == "a")
    }
}
