/// What one instruction computes. Operands are slot indices in the run's single buffer of doubles.
enum Opcode: UInt8, Sendable {
    /// Does nothing (an instruction disabled for one run).
    case noOperation
    /// Ends the program: every program ends with one, so the machine never compares its counter to a length.
    case halt
    /// Continue at instruction b.
    case jump
    /// Continue at instruction b when slot a is 0 (the false branch of IF THEN ELSE).
    case jumpIfZero
    /// Continue at instruction b unless slot a < slot c (and likewise for the other comparisons).
    case jumpUnlessLess, jumpUnlessLessOrEqual, jumpUnlessGreater, jumpUnlessGreaterOrEqual, jumpUnlessEqual
    case jumpUnlessNotEqual
    case copy, negate, not
    case add, subtract, multiply, divide, power, modulo
    case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual, and, or
    case abs, exp, ln, log10, sqrt, int, sin, cos, tan, arcsin, arccos, arctan
    case min, max
    /// Fused forms of the commonest shapes of SD equations, one dispatch instead of two:
    /// d = (a − b) / c (adjustment toward a goal), d = (a − b) × c, d = a × b + c.
    case subtractDivide, subtractMultiply, multiplyAdd
    /// Superinstructions (see ``Superinstructions``): the operation, then a jump to `target` (the target
    /// of the jump instruction that follows, which they skip).
    case copyThenJump, addThenJump, subtractThenJump, multiplyThenJump, divideThenJump
    case subtractDivideThenJump, subtractMultiplyThenJump, multiplyAddThenJump
    /// Superinstruction: destination = a / b, then the lookup that follows (reading that quotient), which it skips.
    case divideThenLookup
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

extension Opcode {
    /// Jumps hold an instruction index in b, not a slot.
    var isJump: Bool {
        switch self {
        case .jump, .jumpIfZero, .jumpUnlessLess, .jumpUnlessLessOrEqual, .jumpUnlessGreater, .jumpUnlessGreaterOrEqual,
            .jumpUnlessEqual, .jumpUnlessNotEqual:
            return true
        default: return false
        }
    }
}

/// One three-address instruction: `destination = op(a, b, c)`, a flat value, so a program is one flat array.
/// Operands are stored on 32 bits (24 bytes an instruction): the machine reads fewer bytes per dispatch, and
/// the compiler refuses models with more slots than that (see ``ProgramBuilder/temporaryMarker``).
struct Instruction: Sendable {
    var op: Opcode
    private var storedDestination: Int32
    private var storedA: Int32
    private var storedB: Int32
    private var storedC: Int32
    private var storedTarget: Int32 = 0

    var destination: Int { get { Int(storedDestination) } set { storedDestination = Int32(newValue) } }
    var a: Int { get { Int(storedA) } set { storedA = Int32(newValue) } }
    var b: Int { get { Int(storedB) } set { storedB = Int32(newValue) } }
    var c: Int { get { Int(storedC) } set { storedC = Int32(newValue) } }
    /// For the superinstructions that end with a jump, whose operands fill a, b and c: the instruction to
    /// continue at. (Plain jumps keep theirs in b.)
    var target: Int { get { Int(storedTarget) } set { storedTarget = Int32(newValue) } }

    init(_ op: Opcode, _ destination: Int, _ a: Int, _ b: Int = 0, _ c: Int = 0) {
        self.op = op
        storedDestination = Int32(destination)
        storedA = Int32(a)
        storedB = Int32(b)
        storedC = Int32(c)
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
