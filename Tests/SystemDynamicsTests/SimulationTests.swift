import Foundation
import Testing
@testable import SystemDynamics

/// Builds and runs a small model written in the model language.
func simulate(_ source: String, _ options: RunOptions = RunOptions()) throws -> SimulationResults {
    try Model(source: source, fileName: "test.sdm").compile().run(options)
}

func specs(stop: Double, dt: Double, method: String = "euler") -> String {
    "simulation\n    start: 0\n    stop: \(stop)\n    dt: \(dt)\n    method: \(method)\n"
}

@Suite("Integration")
struct IntegrationTests {
    static let decay = """
        stock s = 100
            out: loss
        flow loss = s * k
        parameter k = 0.1
        """

    @Test("Euler reproduces the exact discrete solution of exponential decay")
    func eulerDecay() throws {
        let results = try simulate(specs(stop: 10, dt: 0.5) + Self.decay)
        let s = try #require(results.series("s"))
        #expect(results.times.count == 21)
        for (n, value) in s.enumerated() {
            #expect(abs(value - 100 * pow(1 - 0.1 * 0.5, Double(n))) < 1e-9)
        }
    }

    @Test("Euler and RK4 converge to the analytical solution as dt shrinks, RK4 much faster")
    func convergence() throws {
        let exact = 100 * exp(-1.0)
        var eulerErrors: [Double] = []
        var rk4Errors: [Double] = []
        for dt in [0.5, 0.25, 0.125] {
            let e = try simulate(specs(stop: 10, dt: dt) + Self.decay).finalValue("s")!
            let r = try simulate(specs(stop: 10, dt: dt, method: "rk4") + Self.decay).finalValue("s")!
            eulerErrors.append(abs(e - exact))
            rk4Errors.append(abs(r - exact))
        }
        // First order: halving dt halves the error; fourth order: divides it by 16.
        #expect(abs(eulerErrors[0] / eulerErrors[1] - 2) < 0.15)
        #expect(abs(rk4Errors[0] / rk4Errors[1] - 16) < 1)
        #expect(rk4Errors[2] < 1e-6)
    }

    @Test("logistic growth converges to the analytical curve under RK4")
    func logistic() throws {
        let source = specs(stop: 20, dt: 0.25, method: "rk4") + """
            stock p = 10
                in: growth
            flow growth = r * p * (1 - p / capacity)
            parameter r = 0.5
            parameter capacity = 1000
            """
        let results = try simulate(source)
        for (t, value) in zip(results.times, results.series("p")!) {
            let exact = 1000 / (1 + 99 * exp(-0.5 * t))
            #expect(abs(value - exact) / exact < 1e-5)
        }
    }

    @Test("non-negative stocks never go below zero")
    func nonNegative() throws {
        let source = specs(stop: 10, dt: 1) + "stock s = 5\n    out: drain\n    non_negative\nflow drain = 2\n"
        #expect(try simulate(source).series("s") == [5, 3, 1, 0, 0, 0, 0, 0, 0, 0, 0])
    }

    @Test("save_every keeps one row in N and always the last")
    func saveEvery() throws {
        let results = try simulate(specs(stop: 10, dt: 0.25) + Self.decay, RunOptions(saveEvery: 1))
        #expect(results.times == Array(0...10).map(Double.init))
        let odd = try simulate(specs(stop: 10, dt: 1) + Self.decay, RunOptions(saveEvery: 3))
        #expect(odd.times == [0, 3, 6, 9, 10])
    }
}

@Suite("Runs without recompiling")
struct RerunTests {
    @Test("constant inputs replace a parameter and the parameters computed from it")
    func constantInputs() throws {
        let compiled = try Model(source: specs(stop: 2, dt: 1) + """
            parameter base = 2
            parameter doubled = base * 2
            aux shown = doubled + TIME
            """, fileName: "m.sdm").compile()
        #expect(try compiled.run().series("shown") == [4, 5, 6])
        #expect(try compiled.run(RunOptions(inputs: ["Base": .constant(10)])).series("shown") == [20, 21, 22])
        #expect(try compiled.run(RunOptions(inputs: ["doubled": .constant(1)])).series("shown") == [1, 2, 3])
        #expect(try compiled.run().series("shown") == [4, 5, 6], "an earlier run's inputs must not leak")
    }

    @Test("step series hold each value from its time on")
    func stepInputs() throws {
        let compiled = try Model(source: specs(stop: 5, dt: 1) + "parameter lever = 0\naux effect = lever * 10\n", fileName: "m.sdm").compile()
        let results = try compiled.run(RunOptions(inputs: ["lever": .steps([TimedValue(time: 2, value: 1), TimedValue(time: 4, value: 0.5)])]))
        #expect(results.series("effect") == [0, 0, 10, 10, 5, 5])
    }

    @Test("bad inputs are refused with the closest name")
    func badInputs() throws {
        let compiled = try Model(source: "parameter lever = 0\naux effect = lever\n", fileName: "m.sdm").compile()
        #expect(throws: SimulationError(fr: "Paramètre inconnu « levr ». Vouliez-vous dire « lever » ?", en: "Unknown parameter 'levr'. Did you mean 'lever'?")) {
            try compiled.run(RunOptions(inputs: ["levr": .constant(1)]))
        }
        #expect(throws: SimulationError(
                fr: "« effect » est un aux, pas un paramètre : seuls les paramètres reçoivent des valeurs d'entrée.",
                en: "'effect' is a aux, not a parameter: only parameters take input values.")) {
            try compiled.run(RunOptions(inputs: ["effect": .constant(1)]))
        }
    }

    @Test("runs too large to hold are refused before allocating")
    func tooLarge() throws {
        let compiled = try Model(source: "parameter lever = 0\n", fileName: "m.sdm").compile()
        #expect(throws: SimulationError.self) { try compiled.run(RunOptions(stop: 1e12, dt: 1)) }
        // Beyond any integer: the message formats the count instead of converting it.
        let error = try #require(throws: SimulationError.self) { try compiled.run(RunOptions(stop: 1e300, dt: 1)) }
        #expect(error.description.hasPrefix("This run would take 1e+300 time steps"))
        #expect(throws: SimulationError(fr: "Le pas de temps doit être un nombre positif (il vaut -1).", en: "The time step must be a positive number (it is -1).")) {
            try compiled.run(RunOptions(dt: -1))
        }
    }

    @Test("absurd sizes in equations are bounded, never a crash: a pipeline of 1e300, a save interval of 1e300, an exponent of 1e20")
    func absurdSizes() throws {
        #expect(try series("DELAY(TIME, 1e300, 7)", stop: 3) == [7, 7, 7, 7])
        let results = try simulate(specs(stop: 3, dt: 1) + "aux x = TIME\n", RunOptions(saveEvery: 1e300))
        #expect(results.times == [0, 3])
        let model = try Model(source: "parameter b [m] = 2\naux a [m] = b ^ 1e20\n", fileName: "m.sdm")
        #expect(model.variable(named: "a") != nil)
    }
}
