import Foundation
import Testing
@testable import SystemDynamics

/// The series of `x` for an equation, run from 0 to `stop` with step `dt`.
func series(_ equation: String, stop: Double = 10, dt: Double = 1, method: String = "euler", extra: String = "") throws -> [Double] {
    try simulate(specs(stop: stop, dt: dt, method: method) + "aux x = \(equation)\n" + extra).series("x")!
}

@Suite("Builtins, against hand-computed values")
struct BuiltinTests {
    @Test("arithmetic functions", arguments: [
        ("ABS(-3)", 3.0), ("MIN(2, 5)", 2), ("MAX(2, 5)", 5), ("EXP(1)", M_E), ("LN(EXP(2))", 2), ("LOG10(1000)", 3),
        ("SQRT(16)", 4), ("INT(2.7)", 2), ("INT(-2.5)", -2), ("INT(-9.9)", -9), ("MOD(7, 3)", 1), ("MOD(-7, 3)", -1), ("-10 mod 3", -1),
        ("SIN(PI() / 2)", 1), ("COS(0)", 1), ("TAN(0)", 0), ("ARCTAN(1) * 4", Double.pi), ("ARCSIN(1)", Double.pi / 2),
        ("ARCCOS(1)", 0), ("SAFEDIV(1, 0)", 0), ("SAFEDIV(1, 0, 7)", 7), ("SAFEDIV(6, 3)", 2), ("2 ^ 3 ^ 2", 512),
        ("-2 ^ 2", -4), ("IF 1 > 2 THEN 10 ELSE 20", 20), ("IF 1 < 2 AND NOT 0 THEN 10 ELSE 20", 10),
        ("(1 = 1) + (1 <> 1) + (2 >= 2) + (2 <= 1) + (0 OR 3)", 3),
    ])
    func arithmetic(equation: String, expected: Double) throws {
        let value = try #require(try series(equation, stop: 0).first)
        #expect(abs(value - expected) < 1e-12, "\(equation) = \(value)")
    }

    @Test("TIME, DT, STARTTIME and STOPTIME read the clock")
    func clock() throws {
        #expect(try series("TIME", stop: 1, dt: 0.5) == [0, 0.5, 1])
        #expect(try series("DT + STARTTIME + STOPTIME", stop: 1, dt: 0.5) == [1.5, 1.5, 1.5])
    }

    @Test("STEP and RAMP switch on at their start")
    func stepAndRamp() throws {
        #expect(try series("STEP(5, 3)", stop: 5) == [0, 0, 0, 5, 5, 5])
        #expect(try series("RAMP(2, 2)", stop: 5) == [0, 0, 0, 2, 4, 6])
        #expect(try series("RAMP(2, 2, 4)", stop: 6) == [0, 0, 0, 2, 4, 4, 4])
    }

    @Test("PULSE delivers its magnitude within one step, once or periodically")
    func pulse() throws {
        #expect(try series("PULSE(10, 2)", stop: 5, dt: 0.5) == [0, 0, 0, 0, 20, 0, 0, 0, 0, 0, 0])
        #expect(try series("PULSE(3, 1, 2)", stop: 6) == [0, 3, 0, 3, 0, 3, 0])
        #expect(try series("STEP(5, 1.1)", stop: 2, dt: 0.25) == [0, 0, 0, 0, 5, 5, 5, 5, 5], "on within half a step of its start")
    }

    @Test("graphical functions: continuous, extrapolate and discrete")
    func graphs() throws {
        func graph(_ type: String) throws -> [Double] {
            try simulate(specs(stop: 6, dt: 1) + "aux x = TIME - 1\n    graph: (0, 0) (2, 4) (4, 6)\n    graph_type: \(type)\n").series("x")!
        }
        #expect(try graph("continuous") == [0, 0, 2, 4, 5, 6, 6])
        #expect(try graph("extrapolate") == [-2, 0, 2, 4, 5, 6, 7])
        #expect(try graph("discrete") == [0, 0, 0, 4, 4, 6, 6])
        // An input that is not a number gives no number, whatever the interpolation and the table's length.
        for type in GraphicalFunction.Interpolation.allCases {
            for count in [2, 3, 40] {
                let points = (0..<count).map(Double.init)
                #expect(GraphicalFunction(xs: points, ys: points, interpolation: type)(.nan).isNaN, "\(type), \(count) points")
            }
        }
    }

    @Test("INIT keeps the start value and PREVIOUS the value one step before")
    func initAndPrevious() throws {
        #expect(try series("INIT(TIME + 3)", stop: 3) == [3, 3, 3, 3])
        #expect(try series("PREVIOUS(TIME * 2, -1)", stop: 3) == [-1, 0, 2, 4])
        #expect(try series("PREVIOUS(TIME * 2)", stop: 2) == [0, 0, 2])
    }

    @Test("SMTH1 follows the discrete exponential under Euler and the exact one under RK4")
    func smooth1() throws {
        let euler = try series("SMTH1(STEP(10, 0), 4, 0)", stop: 10, dt: 0.5)
        var expected = 0.0
        for value in euler {
            #expect(abs(value - expected) < 1e-9)
            expected += 0.5 * (10 - expected) / 4
        }
        let rk4 = try series("SMTH1(10, 4, 0)", stop: 10, dt: 0.25, method: "rk4")
        for (i, value) in rk4.enumerated() {
            #expect(abs(value - 10 * (1 - exp(-Double(i) * 0.25 / 4))) < 1e-6)
        }
    }

    @Test("SMTH3 and SMTHN are cascades: order 3 matches the Erlang response under RK4")
    func smooth3() throws {
        let rk4 = try series("SMTH3(10, 6, 0)", stop: 12, dt: 0.125, method: "rk4")
        let same = try series("SMTHN(10, 6, 3, 0)", stop: 12, dt: 0.125, method: "rk4")
        #expect(rk4 == same)
        // Response of three first-order stages of time T/3 = 2 to a unit step: 1 − e^(−t/2)(1 + t/2 + t²/8).
        for (i, value) in rk4.enumerated() {
            let t = Double(i) * 0.125
            #expect(abs(value - 10 * (1 - exp(-t / 2) * (1 + t / 2 + t * t / 8))) < 1e-5)
        }
        #expect(try series("SMTH3(5, 6)", stop: 4) == [5, 5, 5, 5, 5], "starts at its input by default")
    }

    @Test("DELAY1 and DELAY3 conserve material: a pulse comes out whole")
    func materialDelays() throws {
        for function in ["DELAY1", "DELAY3", "DELAYN"] {
            let order = function == "DELAYN" ? ", 5" : ""
            let source = specs(stop: 100, dt: 0.25) + """
                aux input = PULSE(100, 1)
                aux x = \(function)(input, 4\(order), 0)
                stock delivered = 0
                    in: out_flow
                flow out_flow = x
                """
            let delivered = try simulate(source).finalValue("delivered")!
            #expect(abs(delivered - 100) < 1e-3, "\(function) delivered \(delivered)")
        }
        #expect(try series("DELAY3(7, 3)", stop: 3) == [7, 7, 7, 7], "starts in equilibrium with its input")
    }

    @Test("DELAY is a pipeline: the input comes out unchanged after the delay time")
    func pipeline() throws {
        #expect(try series("DELAY(TIME * 10, 3, -1)", stop: 6) == [-1, -1, -1, 0, 10, 20, 30])
        #expect(try series("DELAY(TIME * 10, 1)", stop: 2, dt: 0.5) == [0, 0, 0, 5, 10])
    }

    @Test("TREND measures the fractional growth rate; FORCST extrapolates it")
    func trendAndForecast() throws {
        // For exponential growth at rate g, the trend settles at g (exactly so in continuous time).
        let trend = try series("TREND(EXP(0.05 * TIME), 2, 0.05)", stop: 40, dt: 0.0625, method: "rk4")
        #expect(abs(trend.last! - 0.05) < 1e-3)
        let forecast = try series("FORCST(EXP(0.05 * TIME), 2, 10, 0.05)", stop: 40, dt: 0.0625, method: "rk4")
        #expect(abs(forecast.last! / exp(0.05 * 40) - 1.5) < 0.01)
    }
}
