import Foundation

/// Executes compiled programs over one run's buffer of slots. The hot loop of the engine: raw pointers, no
/// bounds checks, no reference counting, no allocation.
struct VirtualMachine {
    /// The run's slots (clock, variables, hidden state, constants, temporaries).
    let slots: UnsafeMutablePointer<Double>
    private let graphPoints: UnsafeMutablePointer<Double>
    private let graphTables: UnsafeMutablePointer<GraphTable>

    /// Where one graphical function's points sit in the flat point array.
    struct GraphTable {
        var offset: Int
        var count: Int
        var interpolation: GraphicalFunction.Interpolation
    }

    init(slotCount: Int, graphs: [GraphicalFunction]) {
        slots = .allocate(capacity: max(1, slotCount))
        slots.initialize(repeating: 0, count: max(1, slotCount))
        let pointCount = graphs.reduce(0) { $0 + 2 * $1.xs.count }
        graphPoints = .allocate(capacity: max(1, pointCount))
        graphTables = .allocate(capacity: max(1, graphs.count))
        var offset = 0
        for (i, g) in graphs.enumerated() {
            (graphPoints + offset).initialize(from: g.xs, count: g.xs.count)
            (graphPoints + offset + g.xs.count).initialize(from: g.ys, count: g.ys.count)
            (graphTables + i).initialize(to: GraphTable(offset: offset, count: g.xs.count, interpolation: g.interpolation))
            offset += 2 * g.xs.count
        }
    }

    /// Frees the buffers; the machine must not be used afterwards.
    func deallocate() {
        slots.deallocate()
        graphPoints.deallocate()
        graphTables.deallocate()
    }

    /// The value of graphical function `graph` at `x`.
    @inline(__always)
    private func lookup(_ graph: Int, at x: Double) -> Double {
        let table = graphTables[graph]
        let xs = UnsafeBufferPointer(start: graphPoints + table.offset, count: table.count)
        let ys = UnsafeBufferPointer(start: graphPoints + table.offset + table.count, count: table.count)
        return GraphicalFunction.interpolate(xs: xs, ys: ys, table.interpolation, at: x)
    }

    /// Runs a program once; it must end with `halt`, as every program ``ProgramBuilder`` finishes does.
    func execute(_ code: UnsafeBufferPointer<Instruction>) {
        let s = slots
        guard let program = code.baseAddress else { return }
        // A pointer to the next instruction and a `halt` at the end of every program: no index to scale and
        // no bound to compare in the dispatch, whose cost is most of an interpreter's time. The operands
        // that few operations use (c, target) are read in those operations only.
        var next = program
        while true {
            let i = next
            next += 1
            let a = i.pointee.a
            let b = i.pointee.b
            let d = i.pointee.destination
            switch i.pointee.op {
            case .noOperation: break
            case .halt: return
            case .jump: next = program + b
            // `_slowPath` makes these branches rather than conditional moves: with a conditional move,
            // fetching the next instruction waits for the comparison (−8% time on quartier-bench).
            case .jumpIfZero: if _slowPath(s[a] == 0) { next = program + b }
            case .jumpUnlessLess: if _slowPath(!(s[a] < s[i.pointee.c])) { next = program + b }
            case .jumpUnlessLessOrEqual: if _slowPath(!(s[a] <= s[i.pointee.c])) { next = program + b }
            case .jumpUnlessGreater: if _slowPath(!(s[a] > s[i.pointee.c])) { next = program + b }
            case .jumpUnlessGreaterOrEqual: if _slowPath(!(s[a] >= s[i.pointee.c])) { next = program + b }
            case .jumpUnlessEqual: if _slowPath(!(s[a] == s[i.pointee.c])) { next = program + b }
            case .jumpUnlessNotEqual: if _slowPath(!(s[a] != s[i.pointee.c])) { next = program + b }
            case .copy: s[d] = s[a]
            case .negate: s[d] = -s[a]
            case .not: s[d] = s[a] == 0 ? 1 : 0
            case .add: s[d] = s[a] + s[b]
            case .subtract: s[d] = s[a] - s[b]
            case .multiply: s[d] = s[a] * s[b]
            case .divide: s[d] = s[a] / s[b]
            case .power: s[d] = pow(s[a], s[b])
            case .modulo:
                // The remainder keeps the sign of the dividend, as in Vensim and PySD:
                // -10 MOD 3 = -1 (SDXorg test-models, tests/rounding).
                s[d] = fmod(s[a], s[b])
            case .equal: s[d] = s[a] == s[b] ? 1 : 0
            case .notEqual: s[d] = s[a] != s[b] ? 1 : 0
            case .less: s[d] = s[a] < s[b] ? 1 : 0
            case .lessOrEqual: s[d] = s[a] <= s[b] ? 1 : 0
            case .greater: s[d] = s[a] > s[b] ? 1 : 0
            case .greaterOrEqual: s[d] = s[a] >= s[b] ? 1 : 0
            case .and: s[d] = s[a] != 0 && s[b] != 0 ? 1 : 0
            case .or: s[d] = s[a] != 0 || s[b] != 0 ? 1 : 0
            case .abs: s[d] = Swift.abs(s[a])
            case .exp: s[d] = Foundation.exp(s[a])
            case .ln: s[d] = Foundation.log(s[a])
            case .log10: s[d] = Foundation.log10(s[a])
            case .sqrt: s[d] = s[a].squareRoot()
            case .int:
                // The integer part, toward zero: INT(-9.9) = -9 (SDXorg test-models, tests/rounding).
                s[d] = s[a].rounded(.towardZero)
            case .sin: s[d] = Foundation.sin(s[a])
            case .cos: s[d] = Foundation.cos(s[a])
            case .tan: s[d] = Foundation.tan(s[a])
            case .arcsin: s[d] = Foundation.asin(s[a])
            case .arccos: s[d] = Foundation.acos(s[a])
            case .arctan: s[d] = Foundation.atan(s[a])
            case .subtractDivide: s[d] = (s[a] - s[b]) / s[i.pointee.c]
            case .subtractMultiply: s[d] = (s[a] - s[b]) * s[i.pointee.c]
            case .multiplyAdd: s[d] = s[a] * s[b] + s[i.pointee.c]
            case .min: s[d] = Swift.min(s[a], s[b])
            case .max: s[d] = Swift.max(s[a], s[b])
            case .safeDivide: s[d] = s[b] != 0 ? s[a] / s[b] : s[i.pointee.c]
            case .step:
                // On from the step whose time is within half a step of the start, so that a start time
                // computed in floating point (1.1 at dt 0.25 …) switches on where PySD does.
                s[d] = s[ReservedSlot.time] + s[ReservedSlot.dt] / 2 > s[b] ? s[a] : 0
            case .ramp:
                let time = s[ReservedSlot.time]
                s[d] = time > s[b] ? s[a] * (Swift.min(time, s[i.pointee.c]) - s[b]) : 0
            case .pulse:
                s[d] = Pulse.value(
                    magnitude: s[a], first: s[b], interval: s[i.pointee.c], time: s[ReservedSlot.time], dt: s[ReservedSlot.dt])
            case .lookup: s[d] = lookup(b, at: s[a])
            // Superinstructions: the operation, then the jump that follows it.
            case .copyThenJump: s[d] = s[a]; next = program + i.pointee.target
            case .addThenJump: s[d] = s[a] + s[b]; next = program + i.pointee.target
            case .subtractThenJump: s[d] = s[a] - s[b]; next = program + i.pointee.target
            case .multiplyThenJump: s[d] = s[a] * s[b]; next = program + i.pointee.target
            case .divideThenJump: s[d] = s[a] / s[b]; next = program + i.pointee.target
            case .subtractDivideThenJump: s[d] = (s[a] - s[b]) / s[i.pointee.c]; next = program + i.pointee.target
            case .subtractMultiplyThenJump: s[d] = (s[a] - s[b]) * s[i.pointee.c]; next = program + i.pointee.target
            case .multiplyAddThenJump: s[d] = s[a] * s[b] + s[i.pointee.c]; next = program + i.pointee.target
            case .divideThenLookup:
                let quotient = s[a] / s[b]
                s[d] = quotient
                let partner = next.pointee
                s[partner.destination] = lookup(partner.b, at: quotient)
                next += 1
            }
        }
    }
}
