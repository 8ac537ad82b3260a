import Foundation
import Localization

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
    /// The programs as compiled, one instruction per operation: what parameters' ranges index.
    let initialProgram: [Instruction]
    let stepProgram: [Instruction]
    /// The same with superinstructions merged: what runs when no computed parameter is overridden.
    private let fusedInitialProgram: [Instruction]
    private let fusedStepProgram: [Instruction]
    let initialParameterRanges: [Int: Range<Int>]
    let stepParameterRanges: [Int: Range<Int>]
    let stocks: [StockSlot]
    let graphs: [GraphicalFunction]
    let afterFirstStage: [(from: Int, to: Int)]
    let previous: [(pending: Int, output: Int)]
    let pipelines: [PipelineSlots]
    private let parameterSlots: [String: Int]
    private let resultColumns: ResultColumns

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
        fusedInitialProgram = Superinstructions.fuse(initialProgram)
        fusedStepProgram = Superinstructions.fuse(stepProgram)
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
        resultColumns = ResultColumns(names: model.variables.map(\.name))
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
                    throw SimulationError(
                        fr: "« \(v.displayName) » est un \(v.kind.rawValue), pas un paramètre : seuls les paramètres reçoivent des valeurs d'entrée.",
                        en: "'\(v.displayName)' is a \(v.kind.rawValue), not a parameter: only parameters take input values.")
                }
                let hint = NameSuggestion.didYouMean(name, in: parameterSlots.keys)
                throw SimulationError(fr: "Paramètre inconnu « \(name) »." + hint.fr, en: "Unknown parameter '\(name)'." + hint.en)
            }
            switch input {
            case .constant(let value):
                guard value.isFinite else { throw SimulationError(fr: "La valeur donnée pour « \(name) » n'est pas un nombre fini.", en: "The value given for '\(name)' is not a finite number.") }
                constantInputs[slot] = value
            case .steps(let steps):
                guard steps.allSatisfy({ $0.time.isFinite && $0.value.isFinite }) else {
                    throw SimulationError(
                        fr: "La série donnée pour « \(name) » contient une valeur qui n'est pas un nombre fini.",
                        en: "The series given for '\(name)' holds a value that is not a finite number.")
                }
                guard zip(steps, steps.dropFirst()).allSatisfy({ $0.time < $1.time }) else {
                    throw SimulationError(
                        fr: "Les instants de la série donnée pour « \(name) » doivent être croissants.", en: "The times of the series given for '\(name)' must increase.")
                }
                seriesInputs.append((slot, steps, .nan))
            }
        }
        // A computed parameter given a value no longer computes it: its instructions become no-ops.
        let overridden = Set(constantInputs.keys).union(seriesInputs.map(\.slot))
        let initial = Self.runnable(initialProgram, fused: fusedInitialProgram, disabling: initialParameterRanges, of: overridden)
        let step = Self.runnable(stepProgram, fused: fusedStepProgram, disabling: stepParameterRanges, of: overridden)

        let machine = VirtualMachine(slotCount: slotCount, graphs: graphs)
        defer { machine.deallocate() }
        let s = machine.slots
        s[ReservedSlot.time] = plan.start
        s[ReservedSlot.dt] = plan.dt
        s[ReservedSlot.start] = plan.start
        s[ReservedSlot.stop] = plan.stop
        let temporaryBase = constantBase + constants.count
        for (i, c) in constants.enumerated() { s[temporaryBase - 1 - i] = c }
        for p in literalParameters { s[p.slot] = p.value }
        for (slot, value) in constantInputs { s[slot] = value }
        for i in seriesInputs.indices { seriesInputs[i].base = s[seriesInputs[i].slot] }
        func applySeries(at time: Double) {
            for input in seriesInputs {
                var value = input.base
                for change in input.steps where change.time <= time + plan.dt * 1e-9 { value = change.value }
                s[input.slot] = value
            }
        }

        let columns = variableSlots.count
        var times = [Double](repeating: 0, count: plan.saveCount)
        // Every value is written below, row by row: no need to zero a buffer that can reach megabytes.
        var saved = [Double](unsafeUninitializedCapacity: plan.saveCount * columns) { _, count in count = plan.saveCount * columns }
        let dt = plan.dt
        let stockCount = stocks.count
        let nonNegativeStocks = stocks.filter(\.nonNegative).map(\.value)
        var state = [Double](repeating: 0, count: 4 * stockCount)  // y0, k1, k2, k3 per stock
        initial.withUnsafeBufferPointer { initialCode in
            step.withUnsafeBufferPointer { stepCode in
                    stocks.withUnsafeBufferPointer { stocks in
                        saved.withUnsafeMutableBufferPointer { saved in
                            state.withUnsafeMutableBufferPointer { state in
                                let y0 = state.baseAddress!
                                let k1 = y0 + stockCount, k2 = k1 + stockCount, k3 = k2 + stockCount
                                applySeries(at: plan.start)
                                machine.execute(initialCode)
                                var rings = pipelines.map { p in
                                    // DELAY is a pipeline of round(delay_time / dt) steps, at least one (XMILE 1.0 §3.5.3).
                                    // Clamped to the run: a longer pipeline only ever gives its initial value,
                                    // and a delay time of 1e300 (or NaN) must not allocate or crash.
                                    let steps = (s[p.delayTime] / dt).rounded()
                                    let order = steps.isNaN ? 1 : Int(min(max(steps, 1), Double(plan.steps + 1)))
                                    return PipelineRing(values: [Double](repeating: s[p.output], count: order))
                                }
                                var row = 0
                                var untilSave = 1
                                for k in 0...plan.steps {
                                    let time = plan.start + Double(k) * dt
                                    s[ReservedSlot.time] = time
                                    if !seriesInputs.isEmpty { applySeries(at: time) }
                                    machine.execute(stepCode)
                                    for copy in afterFirstStage { s[copy.to] = s[copy.from] }
                                    // A countdown rather than k % stride: no division in the step loop.
                                    untilSave -= 1
                                    if untilSave == 0 || k == plan.steps {
                                        untilSave = plan.saveStride
                                        times[row] = time
                                        // Declared variables occupy consecutive slots: one block copy per saved row.
                                        (saved.baseAddress! + row * columns).update(from: s + ReservedSlot.count, count: columns)
                                        row += 1
                                    }
                                    if k == plan.steps { break }
                                    switch plan.method {
                                    case .euler:
                                        for stock in stocks {
                                            s[stock.value] += dt * s[stock.derivative]
                                        }
                                        for stock in nonNegativeStocks { s[stock] = max(0, s[stock]) }
                                    case .rk4:
                                        for (i, stock) in stocks.enumerated() {
                                            y0[i] = s[stock.value]
                                            k1[i] = s[stock.derivative]
                                            s[stock.value] = y0[i] + dt / 2 * k1[i]
                                        }
                                        s[ReservedSlot.time] = time + dt / 2
                                        if !seriesInputs.isEmpty { applySeries(at: time + dt / 2) }
                                        machine.execute(stepCode)
                                        for (i, stock) in stocks.enumerated() {
                                            k2[i] = s[stock.derivative]
                                            s[stock.value] = y0[i] + dt / 2 * k2[i]
                                        }
                                        machine.execute(stepCode)
                                        for (i, stock) in stocks.enumerated() {
                                            k3[i] = s[stock.derivative]
                                            s[stock.value] = y0[i] + dt * k3[i]
                                        }
                                        s[ReservedSlot.time] = time + dt
                                        if !seriesInputs.isEmpty { applySeries(at: time + dt) }
                                        machine.execute(stepCode)
                                        for (i, stock) in stocks.enumerated() {
                                            let next = y0[i] + dt / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + s[stock.derivative])
                                            s[stock.value] = stock.nonNegative ? max(0, next) : next
                                        }
                                    }
                                    for p in previous { s[p.output] = s[p.pending] }
                                    for (i, p) in pipelines.enumerated() { s[p.output] = rings[i].push(s[p.pending]) }
                                }
                            }
                        }
                    }
                }
            }
        return SimulationResults(times: times, columns: resultColumns, values: saved)
    }

    /// The program to run: the instructions of the given parameters turned into no-ops (jump targets stay
    /// valid), then superinstructions merged, which must come after so that no merged instruction does the
    /// work of a disabled one.
    private static func runnable(
        _ program: [Instruction], fused: [Instruction], disabling ranges: [Int: Range<Int>], of slots: Set<Int>
    ) -> [Instruction] {
        let disabled = slots.compactMap { ranges[$0] }.filter { !$0.isEmpty }
        if disabled.isEmpty { return fused }
        var result = program
        for range in disabled {
            for i in range { result[i] = Instruction(.noOperation, 0, 0) }
        }
        return Superinstructions.fuse(result)
    }
}
