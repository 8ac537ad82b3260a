/// Merges an instruction with the one after it when that pair is common in SD models, so that the machine
/// dispatches once instead of twice. Each dispatch costs about as much as the arithmetic it leads to, so
/// this is where an interpreter's time goes (measured with `quartier-bench`).
///
/// The pass keeps every instruction at its index: the merged instruction reads its partner's operands from
/// the next instruction and then skips it. Jumps into the partner still find a complete instruction there,
/// and the program has the same length, so jump targets and the ranges of parameters stay valid.
enum Superinstructions {
    /// The program with the pairs below merged; same length, same results.
    /// - `x; jump` → `xThenJump` (the end of the branch taken by IF THEN ELSE).
    /// - `q = a / b; e = graph(q)` → `divideThenLookup` (an effect read from a ratio, the commonest shape of
    ///   SD effects: Sterman, *Business Dynamics*, 2000, §14.2).
    static func fuse(_ program: [Instruction]) -> [Instruction] {
        var result = program
        var k = 0
        while k + 1 < program.count {
            let first = program[k]
            let second = program[k + 1]
            if second.op == .jump, let merged = first.op.thenJump {
                result[k].op = merged
                result[k].target = second.b
            } else if first.op == .divide, second.op == .lookup, second.a == first.destination {
                result[k].op = .divideThenLookup
                k += 1  // The lookup is done by the merged instruction: it must stay a plain lookup.
            }
            k += 1
        }
        return result
    }
}

extension Opcode {
    /// The variant that continues at the target of the jump that follows it, for the instructions that
    /// commonly end a branch of IF THEN ELSE.
    fileprivate var thenJump: Opcode? {
        switch self {
        case .copy: return .copyThenJump
        case .add: return .addThenJump
        case .subtract: return .subtractThenJump
        case .multiply: return .multiplyThenJump
        case .divide: return .divideThenJump
        case .subtractDivide: return .subtractDivideThenJump
        case .subtractMultiply: return .subtractMultiplyThenJump
        case .multiplyAdd: return .multiplyAddThenJump
        default: return nil
        }
    }
}
