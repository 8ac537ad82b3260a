/// An equation after names are resolved to slots and stateful builtins are replaced by their hidden state.
indirect enum LoweredNode: Sendable {
    case slot(Int)
    case operation(Opcode, [LoweredNode])
    case lookup(graph: Int, LoweredNode)
    /// IF condition THEN a ELSE b: compiled to jumps so that only one branch is computed.
    case conditional(LoweredNode, LoweredNode, LoweredNode)
}

/// Hidden state a stateful builtin is built from. Each kind states how it is initialised, how it moves
/// during a step, and what it answers; the integrator only needs its stocks and their derivatives.
enum StatefulElement: Sendable {
    /// Smooths, material delays and the averages of TREND and FORCST: stocks integrated like any other.
    /// Each hidden stock has a slot, a derivative slot, an initial value and a derivative.
    case hiddenStocks([HiddenStock])
    /// INIT(x): the value of x at the start, kept for the whole run.
    case initialValue(slot: Int, value: LoweredNode)
    /// PREVIOUS(x, initial): the value x had at the previous saved step.
    case previous(output: Int, argument: Int, pending: Int, value: LoweredNode, initial: LoweredNode)
    /// DELAY(input, time, initial): a pipeline (first in, first out) of round(time/dt) steps.
    case pipeline(output: Int, input: Int, pending: Int, delayTime: Int, value: LoweredNode, time: LoweredNode, initial: LoweredNode)
}

/// A stock created by a builtin rather than declared by the author.
struct HiddenStock: Sendable {
    var slot: Int
    var derivativeSlot: Int
    var initial: LoweredNode
    var derivative: LoweredNode
}
