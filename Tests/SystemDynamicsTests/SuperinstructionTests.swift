import Foundation
import Testing
@testable import SystemDynamics

/// The engine merges common pairs of instructions (an operation and the jump after it, a ratio and the
/// effect read from it). These tests check that every merged form gives the values of the equations, on both
/// branches, when a jump lands between the two merged instructions, and when an input replaces one of them.
@Suite("Merged instructions give the values of the equations")
struct SuperinstructionTests {
    /// One IF per operation that can end a branch; TIME < 2 takes the THEN branch, TIME ≥ 2 the ELSE one.
    static let branches = """
        simulation
            start: 0
            stop: 4
            dt: 1
            method: euler
        parameter p = 7
        parameter q = 2
        parameter r = 4
        aux viaCopy = IF TIME < 2 THEN p ELSE q
        aux viaAdd = IF TIME < 2 THEN p + q ELSE r
        aux viaSubtract = IF TIME < 2 THEN p - q ELSE r
        aux viaMultiply = IF TIME < 2 THEN p * q ELSE r
        aux viaDivide = IF TIME < 2 THEN p / q ELSE r
        aux viaSubtractDivide = IF TIME < 2 THEN (p - q) / r ELSE r
        aux viaSubtractMultiply = IF TIME < 2 THEN (p - q) * r ELSE r
        aux viaMultiplyAdd = IF TIME < 2 THEN p * q + r ELSE r + TIME
        """

    @Test("each operation that ends the THEN branch gives its value before TIME 2 and the ELSE value after")
    func branchEnds() throws {
        let compiled = try Model(source: Self.branches, fileName: "branches.sdm").compile()
        // The model must exercise every merged form, or this test would prove nothing about them.
        let merged = Set(Superinstructions.fuse(compiled.stepProgram).map(\.op))
        for op: Opcode in [
            .copyThenJump, .addThenJump, .subtractThenJump, .multiplyThenJump, .divideThenJump, .subtractDivideThenJump,
            .subtractMultiplyThenJump, .multiplyAddThenJump,
        ] {
            #expect(merged.contains(op), "\(op) is not exercised")
        }
        let results = try compiled.run()
        let expected: [String: (Double) -> Double] = [
            "viaCopy": { $0 < 2 ? 7 : 2 },
            "viaAdd": { $0 < 2 ? 9 : 4 },
            "viaSubtract": { $0 < 2 ? 5 : 4 },
            "viaMultiply": { $0 < 2 ? 14 : 4 },
            "viaDivide": { $0 < 2 ? 3.5 : 4 },
            "viaSubtractDivide": { $0 < 2 ? 1.25 : 4 },
            "viaSubtractMultiply": { $0 < 2 ? 20 : 4 },
            "viaMultiplyAdd": { $0 < 2 ? 18 : 4 + $0 },
        ]
        for (name, value) in expected {
            let series = try #require(results.series(name))
            #expect(series == results.times.map(value), "\(name)")
        }
    }

    static let curve = "    graph: (0, 0) (1, 10) (2, 30)\n"

    @Test("an effect read from a ratio, and from a ratio computed in one branch of an IF")
    func ratioThenLookup() throws {
        let source = """
            simulation
                start: 0
                stop: 4
                dt: 0.5
                method: euler
            parameter b = 2
            aux ratio = TIME / b
            aux effect = ratio
            \(Self.curve)aux inline = TIME / b
            \(Self.curve)aux branch = IF TIME < 2 THEN b ELSE TIME / b
            \(Self.curve)
            """
        let compiled = try Model(source: source, fileName: "ratio.sdm").compile()
        #expect(Superinstructions.fuse(compiled.stepProgram).contains { $0.op == .divideThenLookup })
        let results = try compiled.run()
        let curve = GraphicalFunction(xs: [0, 1, 2], ys: [0, 10, 30])
        #expect(try #require(results.series("effect")) == results.times.map { curve($0 / 2) })
        #expect(try #require(results.series("inline")) == results.times.map { curve($0 / 2) })
        // The THEN branch jumps straight to the lookup, past the division of the ELSE branch.
        #expect(try #require(results.series("branch")) == results.times.map { curve($0 < 2 ? 2 : $0 / 2) })
    }

    @Test("an input that replaces either half of a merged pair is respected")
    func inputsReplaceHalfAPair() throws {
        let source = """
            simulation
                start: 0
                stop: 2
                dt: 1
                method: euler
            parameter a = 3
            parameter b = 2
            parameter q = a / b
            parameter e = q
            \(Self.curve)aux clock = TIME + b
            """
        let compiled = try Model(source: source, fileName: "pair.sdm").compile()
        #expect(Superinstructions.fuse(compiled.stepProgram).contains { $0.op == .divideThenLookup })
        let asWritten = try compiled.run()
        #expect(asWritten.finalValue("e") == 20)
        // Replacing the effect: the division still runs, the lookup must not overwrite the input.
        let effectGiven = try compiled.run(RunOptions(inputs: ["e": .constant(0.7)]))
        #expect(effectGiven.series("e") == [0.7, 0.7, 0.7])
        #expect(effectGiven.series("q") == [1.5, 1.5, 1.5])
        #expect(effectGiven.series("clock") == [2, 3, 4], "the rest of the model is untouched")
        // Replacing the ratio: the lookup reads the input.
        let ratioGiven = try compiled.run(RunOptions(inputs: ["q": .constant(0.5)]))
        #expect(ratioGiven.series("e") == [5, 5, 5])
    }
}
