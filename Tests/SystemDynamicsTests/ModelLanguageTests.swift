import Testing
@testable import SystemDynamics

/// A model written for these tests: Newton's law of cooling, whose analytical solution is known.
let teacupSource = """
    model "Teacup"
    # Newton's law of cooling
    simulation
        start: 0
        stop: 30
        dt: 0.125
        method: euler
        time_units: minute

    stock Teacup Temperature [degree] = 180
        out: heat_loss
        meaning: Temperature of the tea.
        label_fr: Température du thé

    flow heat_loss [degree/minute] = (teacup_temperature - room_temperature)
            / characteristic_time
        meaning: Newton's law of cooling.

    parameter room_temperature [degree] = 70
        range: 0 .. 120
        meaning: Temperature of the room.
        source: estimate

    parameter characteristic_time [minute] = 10
        range: 1 .. 60
        source: textbook
    """

@Suite("The model language")
struct ModelLanguageTests {
    @Test("declarations keep their kind, units, meaning, range, source and labels")
    func declarations() throws {
        let model = try Model(source: teacupSource, fileName: "teacup.sdm")
        #expect(model.name == "Teacup")
        #expect(model.specs == SimulationSpecs(start: 0, stop: 30, dt: 0.125, method: .euler, timeUnits: "minute"))
        let stock = try #require(model.variable(named: "TEACUP temperature"))
        #expect(stock.kind == .stock)
        #expect(stock.displayName == "Teacup Temperature")
        #expect(stock.outflows == ["heat_loss"])
        #expect(stock.label(language: "fr") == "Température du thé")
        #expect(stock.label(language: "de") == "Teacup Temperature")
        let room = try #require(model.variable(named: "room temperature"))
        #expect(room.range == 0...120)
        #expect(room.source == "estimate")
        #expect(room.units == "degree")
        let flow = try #require(model.variable(named: "heat_loss"))
        #expect(flow.equation == "(teacup_temperature - room_temperature) / characteristic_time")
        #expect(model.warnings.isEmpty)
    }

    @Test("every error is reported with its line and column, not only the first")
    func collectsErrors() {
        let source = """
            stock s = 1
                in: fill
            flow fill = rate * 2
            aux a = s + undefined_thing
            parameter p = 1
                colour: red
            """
        #expect {
            try Model(source: source, fileName: "bad.sdm")
        } throws: { error in
            let text = (error as? ModelError)?.description ?? ""
            return text.contains("bad.sdm:3:13: error: Unknown name 'rate' in the equation of 'fill'.")
                && text.contains("bad.sdm:4:13: error: Unknown name 'undefined_thing'")
                && text.contains("bad.sdm:6:5: error: Unknown attribute 'colour' for 'p'.")
        }
    }

    @Test("a misspelt name gets the closest valid name")
    func suggestions() throws {
        let source = "parameter room_temperature = 70\naux x = room_temprature * 2\n"
        let error = try #require(throws: ModelError.self) { try Model(source: source, fileName: "m.sdm") }
        #expect(error.description == "m.sdm:2:9: error: Unknown name 'room_temprature' in the equation of 'x'. Did you mean 'room_temperature'?")
    }

    @Test("syntax errors point at the offending token")
    func syntaxErrors() throws {
        let cases: [(String, String)] = [
            ("aux x = (1 + 2", "m.sdm:1:15: error: Expected ')' to close the parenthesis, found the end of the equation."),
            ("aux x = 1 + * 2", "m.sdm:1:13: error: Expected a number, a name or '(', found '*'."),
            ("aux x = IF 1 THEN 2", "m.sdm:1:20: error: Expected ELSE after IF … THEN …, found the end of the equation. Every IF needs an ELSE."),
            ("aux x 3", "m.sdm:1:8: error: Expected '=' and an equation after the name of 'x 3'. For example: aux x 3 = 0"),
            ("stok x = 1", "m.sdm:1:1: error: 'stok' does not start a declaration. A declaration starts with one of: model, simulation, stock, flow, aux, parameter. Did you mean 'stock'?"),
            ("aux x = 2 ; 3", "m.sdm:1:11: error: Unexpected character ';' in an equation. Equations use numbers, names, + - * / ^, comparisons, AND, OR, NOT, IF THEN ELSE and function calls."),
            ("aux x = SMTH1(1)", "m.sdm:1:9: error: SMTH1 takes 2 or 3 arguments, not 1: SMTH1(input, averaging_time[, initial])."),
            ("aux x = SMOTH1(1, 2)", "m.sdm:1:9: error: Unknown function 'SMOTH1'. Did you mean 'SMTH1'?"),
        ]
        for (source, expected) in cases {
            let error = try #require(throws: ModelError.self) { try Model(source: source, fileName: "m.sdm") }
            #expect(error.description == expected, "for \(source)")
        }
    }

    @Test("a cycle of auxiliaries is reported as the whole chain")
    func cycles() throws {
        let source = "aux a = b + 1\naux b = c * 2\naux c = a\naux d = 1\n"
        let error = try #require(throws: ModelError.self) { try Model(source: source, fileName: "m.sdm") }
        #expect(error.description == "m.sdm:1:1: error: Circular definition during each time step: a → b → c → a. Break the loop with a stock (or a SMTH1 or DELAY) somewhere along it.")
    }

    @Test("loops through stocks and smooths are not cycles")
    func loopsThroughState() throws {
        let source = """
            stock s = 1
                in: f
            flow f = a
            aux a = s * 0.1 + SMTH1(a, 3, 0)
            """
        _ = try Model(source: source, fileName: "m.sdm").compile()
    }

    @Test("unit mismatches are warnings naming the variable and both units")
    func units() throws {
        let source = """
            simulation
                time_units: month
            stock people [person] = 100
                in: arrivals
            flow arrivals [person/year] = people * rate
            parameter rate [1/month] = 0.01
            aux mixed [person] = people + rate
            """
        let model = try Model(source: source, fileName: "u.sdm")
        let messages = model.warnings.map(\.description)
        #expect(messages.contains("u.sdm:5:1: warning: Flow 'arrivals' is in person/year, but stock 'people' needs person/month (its units per month)."))
        #expect(messages.contains("u.sdm:5:1: warning: The equation of 'arrivals' gives units person/month, but 'arrivals' is declared in person/year."))
        #expect(messages.contains { $0.contains("In 'mixed', '+' mixes person and 1/month.") })
    }

    @Test("a parameter that reads a stock must be declared as an aux")
    func parameterRules() throws {
        let error = try #require(throws: ModelError.self) {
            try Model(source: "stock s = 1\nparameter p = s * 2\n", fileName: "m.sdm")
        }
        #expect(error.description.contains("Parameter 'p' reads 's', which is a stock. A parameter may only read other parameters: declare 'p' as 'aux'."))
    }

    @Test("impossible simulation specs are errors")
    func impossibleSpecs() throws {
        let source = "simulation\n    start: 10\n    stop: 0\n    dt: 0\naux x = 1\n"
        let error = try #require(throws: ModelError.self) { try Model(source: source, fileName: "m.sdm") }
        #expect(error.description.contains("m.sdm:1:1: error: The time step dt must be a positive number (it is 0)."))
        #expect(error.description.contains("m.sdm:1:1: error: stop (0) comes before start (10); swap them."))
    }

    @Test("pathological nesting is refused with a message, not a crash")
    func deepNesting() throws {
        let source = "aux x = " + String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000)
        let error = try #require(throws: ModelError.self) { try Model(source: source, fileName: "m.sdm") }
        #expect(error.description.contains("nests more than 200 levels deep"))
    }

    @Test("garbage input gives a bounded list of errors")
    func garbage() throws {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<20_000).map { _ in Character(UnicodeScalar(UInt8.random(in: 32...126, using: &generator))) }
        var text = ""
        for (i, c) in bytes.enumerated() { text.append(i % 60 == 0 ? "\n" : c) }
        let error = try #require(throws: ModelError.self) { try Model(source: text, fileName: "g.sdm") }
        #expect(error.diagnostics.count <= Model.maximumDiagnostics + 1)
    }

    @Test("names are case-insensitive with spaces and underscores equivalent")
    func canonicalNames() {
        #expect(canonicalName("Room  Temperature") == "room_temperature")
        #expect(canonicalName("room__temperature ") == "room_temperature")
        #expect(canonicalName("Sécurité Ressentie") == "sécurité_ressentie")
    }
}
