import Localization

/// Turns a checked ``Model`` into flat programs over one buffer of doubles (``CompiledModel``).
///
/// Layout of the buffer: reserved clock slots, then one slot per declared variable (declaration order),
/// then hidden slots (stock derivatives, state of smooths and delays), then the constant pool, then
/// temporaries. Three programs run over it: `initial` (in initialisation order), `step` (auxiliaries and
/// flows in step order, then every derivative) and the integrator's own loop over stock slots.
struct Compiler {
    let model: Model
    private var nextHiddenSlot: Int
    private var constants: [Double] = []
    private var constantIndex: [Double: Int] = [:]
    private var graphs: [GraphicalFunction] = []
    private var statefuls: [StatefulElement] = []
    private var owned: [String: [Int]] = [:]  // variable → indices of the statefuls inside its equation
    private let slots: [String: Int]

    init(model: Model) {
        self.model = model
        var slots: [String: Int] = [:]
        for (i, v) in model.variables.enumerated() { slots[v.name] = ReservedSlot.count + i }
        self.slots = slots
        nextHiddenSlot = ReservedSlot.count + model.variables.count
    }

    mutating func compile() throws(ModelError) -> CompiledModel {
        let variables = model.variables
        let graph = DependencyGraph(variables: variables)
        let initialOrder = DependencyGraph.order(graph.names, graph.initialDependencies).order
        let stepOrder = DependencyGraph.order(graph.names, graph.stepDependencies).order
        let byName = Dictionary(variables.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })

        // Lower every equation once; statefuls are created here, in declaration order.
        var lowered: [String: LoweredNode] = [:]
        for v in variables {
            var node = try lower(v.expression, owner: v.name)
            if let g = v.graph {
                graphs.append(g)
                node = .lookup(graph: graphs.count - 1, node)
            }
            lowered[v.name] = node
        }

        // Stock derivatives: inflows minus outflows.
        var stocks: [StockSlot] = []
        var derivativeCode: [(slot: Int, node: LoweredNode)] = []
        for v in variables where v.kind == .stock {
            if v.inflows.count == 1 && v.outflows.isEmpty, let flow = slots[v.inflows[0]] {
                // A single inflow is the derivative itself: no instruction needed.
                stocks.append(StockSlot(value: slots[v.name]!, derivative: flow, nonNegative: v.nonNegative))
                continue
            }
            let derivativeSlot = newHiddenSlot()
            var sum: LoweredNode? = nil
            for f in v.inflows { sum = sum.map { .operation(.add, [$0, .slot(slots[f]!)]) } ?? .slot(slots[f]!) }
            for f in v.outflows {
                sum = .operation(.subtract, [sum ?? .slot(constantSlot(0)), .slot(slots[f]!)])
            }
            derivativeCode.append((derivativeSlot, sum ?? .slot(constantSlot(0))))
            stocks.append(StockSlot(value: slots[v.name]!, derivative: derivativeSlot, nonNegative: v.nonNegative))
        }

        // Slots are numbered on 32 bits, and temporaries are told apart from them by numbers from 2^30 until
        // the programs are finished: a model needing more (millions of high-order smooths) is refused.
        guard nextHiddenSlot + constants.count < ProgramBuilder.temporaryMarker else {
            let count = LocalizedText.number(Double(nextHiddenSlot + constants.count))
            throw ModelError([
                Diagnostic(
                    .error,
                    LocalizedText(
                        fr: "Ce modèle demanderait \(count.fr) cases de calcul, plus que le moteur n'en adresse : réduisez le nombre de variables ou l'ordre des lissages et des retards.",
                        en: "This model would need \(count.en) value slots, more than the engine can address: use fewer variables or lower orders of smooths and delays."),
                    at: nil)
            ])
        }

        // Initial program: variables in initialisation order, each preceded by the initialisation of its statefuls.
        var initial = ProgramBuilder()
        var initialRanges: [Int: Range<Int>] = [:]
        for name in initialOrder {
            let v = byName[name]!
            let begin = initial.instructions.count
            for s in owned[name] ?? [] { emitInitialisation(of: statefuls[s], into: &initial) }
            if !(v.kind == .parameter && v.isLiteralConstant) {
                initial.emit(lowered[name]!, into: slots[name]!)
            }
            if v.kind == .parameter { initialRanges[slots[name]!] = begin..<initial.instructions.count }
        }

        // Step program: computed parameters, auxiliaries and flows in step order, then derivatives.
        var step = ProgramBuilder()
        var stepRanges: [Int: Range<Int>] = [:]
        for name in stepOrder {
            let v = byName[name]!
            if v.kind == .stock || (v.kind == .parameter && v.isLiteralConstant) { continue }
            let begin = step.instructions.count
            step.emit(lowered[name]!, into: slots[name]!)
            if v.kind == .parameter { stepRanges[slots[name]!] = begin..<step.instructions.count }
        }
        for (slot, node) in derivativeCode { step.emit(node, into: slot) }
        var afterFirstStage: [(from: Int, to: Int)] = []
        var pipelines: [PipelineSlots] = []
        var previousSlots: [(pending: Int, output: Int)] = []
        for element in statefuls {
            switch element {
            case .hiddenStocks(let hidden):
                for h in hidden {
                    step.emit(h.derivative, into: h.derivativeSlot)
                    stocks.append(StockSlot(value: h.slot, derivative: h.derivativeSlot, nonNegative: false))
                }
            case .initialValue: break
            case .previous(let output, let argument, let pending, let value, _):
                step.emit(value, into: argument)
                afterFirstStage.append((argument, pending))
                previousSlots.append((pending, output))
            case .pipeline(let output, let input, let pending, let delayTime, let value, _, _):
                step.emit(value, into: input)
                afterFirstStage.append((input, pending))
                pipelines.append(PipelineSlots(output: output, pending: pending, delayTime: delayTime))
            }
        }

        let temporaryBase = nextHiddenSlot + constants.count
        return CompiledModel(
            model: model,
            slotCount: temporaryBase + max(initial.temporaryCount, step.temporaryCount),
            variableSlots: variables.map { slots[$0.name]! },
            constantBase: nextHiddenSlot,
            constants: constants,
            literalParameters: variables.filter { $0.kind == .parameter }.compactMap { v in
                v.literalValue.map { (slots[v.name]!, $0) }
            },
            initialProgram: initial.finish(temporaryBase: temporaryBase),
            stepProgram: step.finish(temporaryBase: temporaryBase),
            initialParameterRanges: initialRanges,
            stepParameterRanges: stepRanges,
            stocks: stocks,
            graphs: graphs,
            afterFirstStage: afterFirstStage,
            previous: previousSlots,
            pipelines: pipelines)
    }

    private mutating func newHiddenSlot() -> Int {
        defer { nextHiddenSlot += 1 }
        return nextHiddenSlot
    }

    /// Constants live in a pool after the hidden slots; their final index is fixed by ``ProgramBuilder``.
    private mutating func constantSlot(_ value: Double) -> Int {
        if let i = constantIndex[value] { return -1 - i }
        constants.append(value)
        constantIndex[value] = constants.count - 1
        return -constants.count
    }

    private mutating func lower(_ e: Expression, owner: String) throws(ModelError) -> LoweredNode {
        switch e {
        case .number(let v, _): return .slot(constantSlot(v))
        case .name(let n, _):
            switch n {
            case "time": return .slot(ReservedSlot.time)
            case "dt": return .slot(ReservedSlot.dt)
            case "starttime": return .slot(ReservedSlot.start)
            case "stoptime": return .slot(ReservedSlot.stop)
            default: return .slot(slots[n]!)
            }
        case .unary(let op, let x, _):
            let operand = try lower(x, owner: owner)
            switch op {
            case .plus: return operand
            case .negate: return .operation(.negate, [operand])
            case .not: return .operation(.not, [operand])
            }
        case .binary(let op, let a, let b, _):
            return .operation(Self.opcode(op), [try lower(a, owner: owner), try lower(b, owner: owner)])
        case .conditional(let c, let a, let b, _):
            return .conditional(try lower(c, owner: owner), try lower(a, owner: owner), try lower(b, owner: owner))
        case .call(let f, let args, let location):
            guard let builtin = Builtin.named(f) else {
                throw ModelError([Diagnostic(
                        .error, LocalizedText(fr: "Fonction inconnue « \(f.uppercased()) ».", en: "Unknown function '\(f.uppercased())'."),
                        at: location, variable: owner)])
            }
            var lowered: [LoweredNode] = []
            for a in args { lowered.append(try lower(a, owner: owner)) }
            return try lowerCall(builtin, lowered, args, owner: owner, location: location)
        }
    }

    /// The instruction of each binary operator (exhaustive: a new operator must be given one).
    private static func opcode(_ op: BinaryOperator) -> Opcode {
        switch op {
        case .or: .or
        case .and: .and
        case .equal: .equal
        case .notEqual: .notEqual
        case .less: .less
        case .lessOrEqual: .lessOrEqual
        case .greater: .greater
        case .greaterOrEqual: .greaterOrEqual
        case .add: .add
        case .subtract: .subtract
        case .multiply: .multiply
        case .divide: .divide
        case .modulo: .modulo
        case .power: .power
        }
    }

    /// What smooths and material delays of order n share: the order (1, 3, or the literal argument of the
    /// N forms), the initial value (the input when not given) and each stage's time, delay_time / n.
    private mutating func stages(
        _ builtin: Builtin, _ args: [LoweredNode], _ raw: [Expression], owner: String, location: SourceLocation
    ) throws(ModelError) -> (n: Int, initial: LoweredNode, stageTime: LoweredNode) {
        let isOrderN = builtin == .smthn || builtin == .delayn
        let n = isOrderN ? try order(raw[2], builtin, location, owner) : (builtin == .smth1 || builtin == .delay1 ? 1 : 3)
        let initialArgument = isOrderN ? 3 : 2
        let initial = args.count > initialArgument ? args[initialArgument] : args[0]
        let stageTime: LoweredNode = n == 1 ? args[1] : .operation(.divide, [args[1], .slot(constantSlot(Double(n)))])
        return (n, initial, stageTime)
    }

    private mutating func lowerCall(
        _ builtin: Builtin, _ args: [LoweredNode], _ raw: [Expression], owner: String, location: SourceLocation
    ) throws(ModelError) -> LoweredNode {
        func op(_ code: Opcode) -> LoweredNode { .operation(code, args) }
        func register(_ element: StatefulElement) {
            statefuls.append(element)
            owned[owner, default: []].append(statefuls.count - 1)
        }
        switch builtin {
        case .abs: return op(.abs)
        case .exp: return op(.exp)
        case .ln: return op(.ln)
        case .log10: return op(.log10)
        case .sqrt: return op(.sqrt)
        case .int: return op(.int)
        case .sin: return op(.sin)
        case .cos: return op(.cos)
        case .tan: return op(.tan)
        case .arcsin: return op(.arcsin)
        case .arccos: return op(.arccos)
        case .arctan: return op(.arctan)
        case .min: return op(.min)
        case .max: return op(.max)
        case .mod: return op(.modulo)
        case .pi: return .slot(constantSlot(Double.pi))
        case .safediv: return .operation(.safeDivide, [args[0], args[1], args.count > 2 ? args[2] : .slot(constantSlot(0))])
        case .step: return op(.step)
        case .ramp:
            // A missing end is an end that never comes.
            return .operation(.ramp, [args[0], args[1], args.count > 2 ? args[2] : .slot(constantSlot(.infinity))])
        case .pulse: return .operation(.pulse, [args[0], args[1], args.count > 2 ? args[2] : .slot(constantSlot(0))])
        case .`init`:
            let slot = newHiddenSlot()
            register(.initialValue(slot: slot, value: args[0]))
            return .slot(slot)
        case .previous:
            let output = newHiddenSlot()
            register(
                .previous(
                    output: output, argument: newHiddenSlot(), pending: newHiddenSlot(), value: args[0],
                    initial: args.count > 1 ? args[1] : args[0]))
            return .slot(output)
        case .delay:
            let output = newHiddenSlot()
            register(
                .pipeline(
                    output: output, input: newHiddenSlot(), pending: newHiddenSlot(), delayTime: newHiddenSlot(),
                    value: args[0], time: args[1], initial: args.count > 2 ? args[2] : args[0]))
            return .slot(output)
        case .smth1, .smth3, .smthn:
            // Each stage adjusts toward the one before it over averaging_time / n (an order-n exponential smooth).
            let (n, initial, stageTime) = try stages(builtin, args, raw, owner: owner, location: location)
            var hidden: [HiddenStock] = []
            var upstream = args[0]
            for _ in 0..<n {
                let slot = newHiddenSlot()
                hidden.append(
                    HiddenStock(
                        slot: slot, derivativeSlot: newHiddenSlot(), initial: initial,
                        derivative: .operation(.divide, [.operation(.subtract, [upstream, .slot(slot)]), stageTime])))
                upstream = .slot(slot)
            }
            register(.hiddenStocks(hidden))
            return upstream
        case .delay1, .delay3, .delayn:
            // A material delay: n stages in series, each holding its outflow rate times delay_time / n.
            let (n, initial, stageTime) = try stages(builtin, args, raw, owner: owner, location: location)
            var hidden: [HiddenStock] = []
            var inflow = args[0]
            for _ in 0..<n {
                let slot = newHiddenSlot()
                let outflow = LoweredNode.operation(.divide, [.slot(slot), stageTime])
                hidden.append(
                    HiddenStock(
                        slot: slot, derivativeSlot: newHiddenSlot(), initial: .operation(.multiply, [initial, stageTime]),
                        derivative: .operation(.subtract, [inflow, outflow])))
                inflow = outflow
            }
            register(.hiddenStocks(hidden))
            return inflow
        case .trend, .forcst:
            let time = args[1]
            let initialTrendIndex = builtin == .trend ? 2 : 3
            let initialTrend = args.count > initialTrendIndex ? args[initialTrendIndex] : .slot(constantSlot(0))
            let slot = newHiddenSlot()
            // The average starts where the given initial trend would have put it: input / (1 + trend × time).
            let start = LoweredNode.operation(
                .divide, [args[0], .operation(.add, [.slot(constantSlot(1)), .operation(.multiply, [initialTrend, time])])])
            register(
                .hiddenStocks([
                    HiddenStock(
                        slot: slot, derivativeSlot: newHiddenSlot(), initial: start,
                        derivative: .operation(.divide, [.operation(.subtract, [args[0], .slot(slot)]), time]))
                ]))
            // Fractional rate of change: (input − average) / (time × |average|), 0 when the average is 0.
            let trend = LoweredNode.operation(
                .safeDivide,
                [.operation(.subtract, [args[0], .slot(slot)]), .operation(.multiply, [time, .operation(.abs, [.slot(slot)])]), .slot(constantSlot(0))])
            if builtin == .trend { return trend }
            return .operation(.multiply, [args[0], .operation(.add, [.slot(constantSlot(1)), .operation(.multiply, [trend, args[2]])])])
        }
    }

    private func order(_ e: Expression, _ builtin: Builtin, _ location: SourceLocation, _ owner: String) throws(ModelError) -> Int {
        guard let value = ConstantFolding.value(of: e), value >= 1, value <= 1000, value == value.rounded() else {
            throw ModelError([
                Diagnostic(
                    .error,
                    LocalizedText(
                        fr: "L'ordre de \(builtin.rawValue.uppercased()) doit être un nombre entier de 1 à 1000.",
                        en: "The order of \(builtin.rawValue.uppercased()) must be a whole number from 1 to 1000."),
                    at: e.location, variable: owner)
            ])
        }
        return Int(value)
    }

    private func emitInitialisation(of element: StatefulElement, into program: inout ProgramBuilder) {
        switch element {
        case .hiddenStocks(let hidden):
            for h in hidden { program.emit(h.initial, into: h.slot) }
        case .initialValue(let slot, let value):
            program.emit(value, into: slot)
        case .previous(let output, _, let pending, _, let initial):
            program.emit(initial, into: output)
            program.emit(.slot(output), into: pending)
        case .pipeline(let output, _, let pending, let delayTime, _, let time, let initial):
            program.emit(initial, into: output)
            program.emit(.slot(output), into: pending)
            program.emit(time, into: delayTime)
        }
    }
}

/// A stock's value slot and derivative slot, as the integrator sees them.
struct StockSlot: Sendable {
    var value: Int
    var derivative: Int
    var nonNegative: Bool
}

/// The slots of one pipeline DELAY.
struct PipelineSlots: Sendable {
    var output: Int
    var pending: Int
    var delayTime: Int
}

/// Emits instructions for lowered equations, allocating temporaries. Constant slots are negative until
/// ``finish(temporaryBase:)`` knows where the pool starts.
struct ProgramBuilder {
    private(set) var instructions: [Instruction] = []
    private(set) var temporaryCount = 0
    private var temporariesInUse = 0
    static let temporaryMarker = 1 << 30

    mutating func emit(_ node: LoweredNode, into destination: Int) {
        temporariesInUse = 0
        let result = evaluate(node, into: destination)
        if result != destination { instructions.append(Instruction(.copy, destination, result)) }
    }

    /// Recognises the shapes that have a fused instruction: (a − b) / c, (a − b) × c or c × (a − b), and
    /// a × b + c or c + a × b. Floating-point results are identical to the unfused sequence.
    private static func fused(_ op: Opcode, _ args: [LoweredNode]) -> (Opcode, [LoweredNode])? {
        func difference(_ node: LoweredNode) -> [LoweredNode]? {
            if case .operation(.subtract, let operands) = node { return operands }
            return nil
        }
        func product(_ node: LoweredNode) -> [LoweredNode]? {
            if case .operation(.multiply, let operands) = node { return operands }
            return nil
        }
        switch op {
        case .divide:
            if let d = difference(args[0]) { return (.subtractDivide, [d[0], d[1], args[1]]) }
        case .multiply:
            if let d = difference(args[0]) { return (.subtractMultiply, [d[0], d[1], args[1]]) }
            if let d = difference(args[1]) { return (.subtractMultiply, [d[0], d[1], args[0]]) }
        case .add:
            if let p = product(args[0]) { return (.multiplyAdd, [p[0], p[1], args[1]]) }
            if let p = product(args[1]) { return (.multiplyAdd, [p[0], p[1], args[0]]) }
        default: break
        }
        return nil
    }

    /// For each comparison, the jump taken when it is false.
    private static let jumpUnless: [Opcode: Opcode] = [
        .less: .jumpUnlessLess, .lessOrEqual: .jumpUnlessLessOrEqual, .greater: .jumpUnlessGreater,
        .greaterOrEqual: .jumpUnlessGreaterOrEqual, .equal: .jumpUnlessEqual, .notEqual: .jumpUnlessNotEqual,
    ]

    private mutating func temporary() -> Int {
        temporariesInUse += 1
        temporaryCount = max(temporaryCount, temporariesInUse)
        return Self.temporaryMarker + temporariesInUse - 1
    }

    private mutating func evaluate(_ node: LoweredNode, into destination: Int?) -> Int {
        switch node {
        case .slot(let s): return s
        case .lookup(let graph, let x):
            let a = evaluate(x, into: nil)
            let d = destination ?? temporary()
            instructions.append(Instruction(.lookup, d, a, graph))
            return d
        case .conditional(let test, let ifTrue, let ifFalse):
            // Only the chosen branch runs: the condition jumps over the other one.
            let toElse: Int
            if case .operation(let comparison, let operands) = test, let jump = Self.jumpUnless[comparison] {
                // A comparison and its jump fused into one instruction (the common case in SD models).
                let x = evaluate(operands[0], into: nil)
                let y = evaluate(operands[1], into: nil)
                toElse = instructions.count
                instructions.append(Instruction(jump, 0, x, 0, y))
            } else {
                let condition = evaluate(test, into: nil)
                toElse = instructions.count
                instructions.append(Instruction(.jumpIfZero, 0, condition))
            }
            let d = destination ?? temporary()
            let whenTrue = evaluate(ifTrue, into: d)
            if whenTrue != d { instructions.append(Instruction(.copy, d, whenTrue)) }
            let toEnd = instructions.count
            instructions.append(Instruction(.jump, 0, 0))
            instructions[toElse].b = instructions.count
            let whenFalse = evaluate(ifFalse, into: d)
            if whenFalse != d { instructions.append(Instruction(.copy, d, whenFalse)) }
            instructions[toEnd].b = instructions.count
            return d
        case .operation(let op, let args):
            if let (fused, operands) = Self.fused(op, args) {
                let slots = operands.map { evaluate($0, into: nil) }
                let d = destination ?? temporary()
                instructions.append(Instruction(fused, d, slots[0], slots[1], slots[2]))
                return d
            }
            let operands = args.map { evaluate($0, into: nil) }
            let d = destination ?? temporary()
            instructions.append(
                Instruction(op, d, operands[0], operands.count > 1 ? operands[1] : 0, operands.count > 2 ? operands[2] : 0))
            return d
        }
    }

    /// Resolves constant-pool and temporary placeholders to real slot indices.
    func finish(temporaryBase: Int) -> [Instruction] {
        let constantBase = temporaryBase  // constants end where temporaries begin: pool is [base - count, base)
        func resolve(_ s: Int) -> Int {
            let v = s
            if v < 0 { return constantBase + v }
            if v >= Self.temporaryMarker { return temporaryBase + v - Self.temporaryMarker }
            return s
        }
        return (instructions + [Instruction(.halt, 0, 0)]).map { i in
            var r = i
            r.destination = resolve(i.destination)
            r.a = resolve(i.a)
            // For these, b is an index (a graph, an instruction), not a slot.
            if i.op != .lookup && !i.op.isJump { r.b = resolve(i.b) }
            r.c = resolve(i.c)
            return r
        }
    }
}
