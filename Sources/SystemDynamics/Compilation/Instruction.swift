/// What one instruction computes. Operands are slot indices in the run's single buffer of doubles.
enum Opcode: UInt8, Sendable {
    case copy, negate, not
    case add, subtract, multiply, divide, power, modulo
    case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual, and, or
    /// destination = a ≠ 0 ? b : c
    case select
    case abs, exp, ln, log10, sqrt, int, sin, cos, tan, arcsin, arccos, arctan
    case min, max
    /// destination = b ≠ 0 ? a / b : c
    case safeDivide
    /// destination = time ≥ b ? a : 0 (STEP(height a, start b))
    case step
    /// RAMP(slope a, start b, end c); c < 0 … see ``Compiler`` for how a missing end is encoded.
    case ramp
    /// PULSE(magnitude a, first b, interval c).
    case pulse
    /// destination = graphs[b](slot a)
    case lookup
}

/// One three-address instruction: `destination = op(a, b, c)`. Sixteen bytes, so a program is one flat array.
struct Instruction: Sendable {
    var op: Opcode
    var destination: Int32
    var a: Int32
    var b: Int32
    var c: Int32

    init(_ op: Opcode, _ destination: Int, _ a: Int, _ b: Int = 0, _ c: Int = 0) {
        self.op = op
        self.destination = Int32(destination)
        self.a = Int32(a)
        self.b = Int32(b)
        self.c = Int32(c)
    }
}

/// The fixed slots at the start of every buffer.
enum ReservedSlot {
    static let time = 0
    static let dt = 1
    static let start = 2
    static let stop = 3
    static let count = 4
}
