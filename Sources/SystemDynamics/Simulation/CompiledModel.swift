import Foundation

extension Model {
    /// Compiles the model into flat programs. Do it once; every run after that only changes inputs.
    /// - Throws: ``ModelError`` when a structural argument (such as the order of SMTHN) is invalid.
    public func compile() throws(ModelError) -> CompiledModel {
        var compiler = Compiler(model: self)
        return try compiler.compile()
    }
}

/// A model compiled to flat programs over one buffer of doubles. Immutable and safe to share between
/// threads; each ``run(_:)`` works on its own buffers.
public final class CompiledModel: Sendable {
    /// The model this was compiled from.
    public let model: Model
    let slotCount: Int
    let variableSlots: [Int]
    let constantBase: Int
    let constants: [Double]
    let literalParameters: [(slot: Int, value: Double)]
    let initialProgram: [Instruction]
    let stepProgram: [Instruction]
    let initialParameterRanges: [Int: Range<Int>]
    let stepParameterRanges: [Int: Range<Int>]
    let stocks: [StockSlot]
    let graphs: [GraphicalFunction]
    let afterFirstStage: [(from: Int, to: Int)]
    let previous: [(pending: Int, output: Int)]
    let pipelines: [PipelineSlots]
    private let parameterSlots: [String: Int]

    /// Runs that would hold more saved values than this are refused before anything is allocated
    /// (8 bytes each: 2 GiB of results).
    public static let maximumSavedValues = 256 * 1024 * 1024
    /// Runs with more time steps than this are refused: at the engine's speed they would take minutes.
    public static let maximumSteps = 100_000_000

    init(
        model: Model, slotCount: Int, variableSlots: [Int], constantBase: Int, constants: [Double],
        literalParameters: [(Int, Double)], initialProgram: [Instruction], stepProgram: [Instruction],
        initialParameterRanges: [Int: Range<Int>], stepParameterRanges: [Int: Range<Int>], stocks: [StockSlot],
        graphs: [GraphicalFunction], afterFirstStage: [(from: Int, to: Int)], previous: [(pending: Int, output: Int)],
        pipelines: [PipelineSlots]
    ) {
        self.model = model
        self.slotCount = slotCount
        self.variableSlots = variableSlots
        self.constantBase = constantBase
        self.constants = constants
        self.literalParameters = literalParameters.map { (slot: $0.0, value: $0.1) }
        self.initialProgram = initialProgram
        self.stepProgram = stepProgram
        self.initialParameterRanges = initialParameterRanges
        self.stepParameterRanges = stepParameterRanges
        self.stocks = stocks
        self.graphs = graphs
        self.afterFirstStage = afterFirstStage
        self.previous = previous
        self.pipelines = pipelines
        var parameterSlots: [String: Int] = [:]
        for (v, slot) in zip(model.variables, variableSlots) where v.kind == .parameter { parameterSlots[v.name] = slot }
        self.parameterSlots = parameterSlots
    }

    /// Runs the model.
    /// - Parameter options: time settings and inputs; anything not given comes from the model's specs.
    /// - Returns: the saved values of every declared variable.
    /// - Throws: ``SimulationError`` for unknown inputs, impossible time settings or runs too large to hold.
    public func run(_ options: RunOptions = RunOptions()) throws(SimulationError) -> SimulationResults {
        let plan = try RunPlan(model: model, options: options)
        var constantInputs: [Int: Double] = [:]
        var seriesInputs: [(slot: Int, steps: [TimedValue], base: Double)] = []
        for (name, input) in options.inputs.sorted(by: { $0.key < $1.key }) {
            let canonical = canonicalName(name)
            guard let slot = parameterSlots[canonical] else {
                if let v = model.variable(named: canonical) {
                    throw SimulationError("'\(v.displayName)' is a \(v.kind.rawValue), not a parameter: only parameters take input values.")
                }
                throw SimulationError("Unknown parameter '\(name)'." + NameSuggestion.didYouMean(name, in: parameterSlots.keys))
            }
            switch input {
            case .constant(let value):
                guard value.isFinite else { throw SimulationError("The value given for '\(name)' is not a finite number.") }
                constantInputs[slot] = value
            case .steps(let steps):
                guard steps.allSatisfy({ $0.time.isFinite && $0.value.isFinite }) else {
                    throw SimulationError("The series given for '\(name)' holds a value that is not a finite number.")
                }
                guard zip(steps, steps.dropFirst()).allSatisfy({ $0.time < $1.time }) else {
                    throw SimulationError("The times of the series given for '\(name)' must increase.")
                }
                seriesInputs.append((slot, steps, .nan))
            }
        }
        // A computed parameter given a value no longer computes it: drop its instructions for this run.
        let overridden = Set(constantInputs.keys).union(seriesInputs.map(\.slot))
        let initial = Self.removing(initialParameterRanges, of: overridden, from: initialProgram)
        let step = Self.removing(stepParameterRanges, of: overridden, from: stepProgram)

        var buffer = [Double](repeating: 0, count: slotCount)
        buffer[ReservedSlot.time] = plan.start
        buffer[ReservedSlot.dt] = plan.dt
        buffer[ReservedSlot.start] = plan.start
        buffer[ReservedSlot.stop] = plan.stop
        let temporaryBase = constantBase + constants.count
        for (i, c) in constants.enumerated() { buffer[temporaryBase - 1 - i] = c }
        for p in literalParameters { buffer[p.slot] = p.value }
        for (slot, value) in constantInputs { buffer[slot] = value }
        for i in seriesInputs.indices {
            let slot = seriesInputs[i].slot
            seriesInputs[i].base = buffer[slot]
        }

        let columns = variableSlots.count
        var times = [Double]()
        times.reserveCapacity(plan.saveCount)
        var saved = [Double]()
        saved.reserveCapacity(plan.saveCount * columns)

        func applySeries(_ buffer: inout [Double], at time: Double) {
            for input in seriesInputs {
                var value = input.base
                for s in input.steps where s.time <= time + plan.dt * 1e-9 { value = s.value }
                buffer[input.slot] = value
            }
        }

        applySeries(&buffer, at: plan.start)
        Self.execute(initial, on: &buffer, graphs: graphs)
        var rings = pipelines.map { p in
            // DELAY is a pipeline of round(delay_time / dt) steps, at least one (XMILE 1.0 §3.5.3).
            let order = max(1, Int((buffer[p.delayTime] / plan.dt).rounded()))
            return PipelineRing(values: [Double](repeating: buffer[p.output], count: order))
        }

        let stockCount = stocks.count
        var state0 = [Double](repeating: 0, count: stockCount)
        var k1 = state0, k2 = state0, k3 = state0
        let dt = plan.dt
        for k in 0...plan.steps {
            let time = plan.start + Double(k) * dt
            buffer[ReservedSlot.time] = time
            if !seriesInputs.isEmpty { applySeries(&buffer, at: time) }
            Self.execute(step, on: &buffer, graphs: graphs)
            for copy in afterFirstStage { buffer[copy.to] = buffer[copy.from] }
            if k % plan.saveStride == 0 || k == plan.steps {
                times.append(time)
                for slot in variableSlots { saved.append(buffer[slot]) }
            }
            if k == plan.steps { break }
            switch plan.method {
            case .euler:
                for s in stocks {
                    let next = buffer[s.value] + dt * buffer[s.derivative]
                    buffer[s.value] = s.nonNegative ? max(0, next) : next
                }
            case .rk4:
                for (i, s) in stocks.enumerated() {
                    state0[i] = buffer[s.value]
                    k1[i] = buffer[s.derivative]
                    buffer[s.value] = state0[i] + dt / 2 * k1[i]
                }
                buffer[ReservedSlot.time] = time + dt / 2
                if !seriesInputs.isEmpty { applySeries(&buffer, at: time + dt / 2) }
                Self.execute(step, on: &buffer, graphs: graphs)
                for (i, s) in stocks.enumerated() {
                    k2[i] = buffer[s.derivative]
                    buffer[s.value] = state0[i] + dt / 2 * k2[i]
                }
                Self.execute(step, on: &buffer, graphs: graphs)
                for (i, s) in stocks.enumerated() {
                    k3[i] = buffer[s.derivative]
                    buffer[s.value] = state0[i] + dt * k3[i]
                }
                buffer[ReservedSlot.time] = time + dt
                if !seriesInputs.isEmpty { applySeries(&buffer, at: time + dt) }
                Self.execute(step, on: &buffer, graphs: graphs)
                for (i, s) in stocks.enumerated() {
                    let next = state0[i] + dt / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + buffer[s.derivative])
                    buffer[s.value] = s.nonNegative ? max(0, next) : next
                }
            }
            for p in previous { buffer[p.output] = buffer[p.pending] }
            for (i, p) in pipelines.enumerated() { buffer[p.output] = rings[i].push(buffer[p.pending]) }
        }
        return SimulationResults(times: times, variableNames: model.variables.map(\.name), values: saved)
    }

    private static func removing(_ ranges: [Int: Range<Int>], of slots: Set<Int>, from program: [Instruction]) -> [Instruction] {
        let dropped = slots.compactMap { ranges[$0] }
        if dropped.isEmpty { return program }
        return program.enumerated().filter { i, _ in !dropped.contains { $0.contains(i) } }.map(\.element)
    }

    /// Runs a program over the buffer. The hot loop of the engine: no bounds checks, no allocation.
    static func execute(_ program: [Instruction], on buffer: inout [Double], graphs: [GraphicalFunction]) {
        program.withUnsafeBufferPointer { code in
            buffer.withUnsafeMutableBufferPointer { slots in
                let s = slots.baseAddress!
                for i in code {
                    let a = Int(i.a)
                    let b = Int(i.b)
                    let d = Int(i.destination)
                    switch i.op {
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
                    case .select: s[d] = s[a] != 0 ? s[b] : s[Int(i.c)]
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
                    case .min: s[d] = Swift.min(s[a], s[b])
                    case .max: s[d] = Swift.max(s[a], s[b])
                    case .safeDivide: s[d] = s[b] != 0 ? s[a] / s[b] : s[Int(i.c)]
                    case .step:
                        // On from the step whose time is within half a step of the start, so that a start
                        // time computed in floating point (1.1 at dt 0.25 …) switches on where PySD does.
                        s[d] = s[ReservedSlot.time] + s[ReservedSlot.dt] / 2 > s[b] ? s[a] : 0
                    case .ramp:
                        let time = s[ReservedSlot.time]
                        s[d] = time > s[b] ? s[a] * (Swift.min(time, s[Int(i.c)]) - s[b]) : 0
                    case .pulse:
                        s[d] = Pulse.value(magnitude: s[a], first: s[b], interval: s[Int(i.c)], time: s[ReservedSlot.time], dt: s[ReservedSlot.dt])
                    case .lookup: s[d] = graphs[b](s[a])
                    }
                }
            }
        }
    }
}

/// PULSE(magnitude, first, interval): a quantity `magnitude` delivered within one time step, so the rate is
/// magnitude / DT during the step at `first` and every `interval` after it (XMILE 1.0 §3.5.4); an interval
/// of 0 (or none) means once. The tolerances are PySD's (pysd 3.14 `functions.pulse`), so that start times
/// on the step grid fire identically in both engines.
enum Pulse {
    static func value(magnitude: Double, first: Double, interval: Double, time: Double, dt: Double) -> Double {
        if interval <= 0 {
            return time >= first - 1e-6 && time < first + dt / 2 ? magnitude / dt : 0
        }
        return time >= first && fmod(time - first + 1e-6, interval) < dt / 2 ? magnitude / dt : 0
    }
}

/// The pipeline behind one DELAY: a ring of the last `order` inputs.
struct PipelineRing {
    var values: [Double]
    var head = 0

    /// Stores this step's input and returns the value that leaves the pipeline for the next step.
    mutating func push(_ value: Double) -> Double {
        values[head] = value
        head = (head + 1) % values.count
        return values[head]
    }
}

/// Time settings of one run, validated.
struct RunPlan {
    var start: Double
    var stop: Double
    var dt: Double
    var method: IntegrationMethod
    var steps: Int
    var saveStride: Int
    var saveCount: Int

    init(model: Model, options: RunOptions) throws(SimulationError) {
        start = options.start ?? model.specs.start
        stop = options.stop ?? model.specs.stop
        dt = options.dt ?? model.specs.dt
        method = options.method ?? model.specs.method
        guard start.isFinite, stop.isFinite else { throw SimulationError("Start and stop times must be finite numbers.") }
        guard dt > 0, dt.isFinite else { throw SimulationError("The time step must be a positive number (it is \(dt)).") }
        guard stop >= start else { throw SimulationError("The stop time (\(stop)) comes before the start time (\(start)).") }
        let exactSteps = (stop - start) / dt
        guard exactSteps <= Double(CompiledModel.maximumSteps) else {
            throw SimulationError(
                "This run would take \(Int(exactSteps)) time steps, more than the \(CompiledModel.maximumSteps) allowed. Use a larger dt or a shorter horizon.")
        }
        // A horizon that is not a whole number of steps stops at the last whole step.
        steps = Int((exactSteps + 1e-9).rounded(.down))
        let save = options.saveEvery ?? model.specs.saveEvery ?? dt
        let ratio = save / dt
        guard save > 0, Swift.abs(ratio - ratio.rounded()) <= 1e-9 * Swift.max(1, ratio) else {
            throw SimulationError("The save interval (\(save)) must be a positive multiple of the time step (\(dt)).")
        }
        saveStride = Swift.max(1, Int(ratio.rounded()))
        saveCount = steps / saveStride + 1 + (steps % saveStride == 0 ? 0 : 1)
        let values = Double(saveCount) * Double(model.variables.count)
        guard values <= Double(CompiledModel.maximumSavedValues) else {
            throw SimulationError(
                "This run would save \(Int(values)) values (\(saveCount) times × \(model.variables.count) variables), more than the \(CompiledModel.maximumSavedValues) that fit in memory. Save less often (save_every) or shorten the horizon.")
        }
    }
}
