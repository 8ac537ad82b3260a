/// Writes an equation's syntax tree back as text in the XMILE syntax that PySD, simlin and Stella all read
/// (ENGINE.md, Interchange; research/tools.md §1.4): names with underscores (quoted when needed), upper-case
/// function names, lower-case infix `mod` (PySD rejects `MOD`), `PI()` rather than bare `PI`, every nested
/// IF in parentheses (PySD rejects them bare), SMTH1 always with its initial value (BPTK-Py needs it), no
/// comments. Parentheses are added wherever the engine's precedence or another tool's could differ, so the
/// text parses back to the same tree.
struct XMILEEquationPrinter {
    /// How each variable is written, by canonical name.
    let references: [String: String]

    /// Binding strength of each node, from the engine's grammar (`ExpressionParser`): higher binds tighter.
    private enum Level: Int, Comparable {
        case conditional, or, and, not, comparison, additive, multiplicative, unary, power, primary
        static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    }

    /// The equation as XMILE text.
    func text(_ expression: Expression) -> String { text(expression, atLeast: .conditional, top: true) }

    private func level(_ expression: Expression) -> Level {
        switch expression {
        case .number(let value, _): return value < 0 ? .unary : .primary
        case .name, .call: return .primary
        case .unary(.not, _, _): return .not
        case .unary: return .unary
        case .conditional: return .conditional
        case .binary(let op, _, _, _):
            switch op {
            case .or: return .or
            case .and: return .and
            case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: return .comparison
            case .add, .subtract: return .additive
            case .multiply, .divide, .modulo: return .multiplicative
            case .power: return .power
            }
        }
    }

    private func text(_ written: Expression, atLeast minimum: Level, top: Bool = false) -> String {
        let expression = Self.infixModulo(written)
        let body = bare(expression)
        let needsParentheses = level(expression) < minimum || (!top && level(expression) == .conditional)
        return needsParentheses ? "(" + body + ")" : body
    }

    private func bare(_ expression: Expression) -> String {
        switch expression {
        case .number(let value, _): return Self.number(value)
        case .name(let name, _):
            if Builtin.clockNames.contains(name) { return name.uppercased() }
            return references[name] ?? XMILEName.reference(name)
        case .unary(let op, let operand, _):
            // The operand of a sign or of NOT is always a primary: tools disagree on how NOT and a unary
            // minus bind against ^ and comparisons (XMILE 1.0 §3.3.1 versus Vensim habits).
            let prefix = op == .not ? "NOT " : op.rawValue
            return prefix + text(operand, atLeast: .primary)
        case .binary(let op, let left, let right, _):
            if op == .power { return text(left, atLeast: .primary) + "^" + text(right, atLeast: .primary) }
            let strength = level(expression)
            let symbol = op == .modulo ? "mod" : op.rawValue
            let higher = Level(rawValue: strength.rawValue + 1) ?? .primary
            return text(left, atLeast: strength) + " " + symbol + " " + text(right, atLeast: higher)
        case .conditional(let condition, let whenTrue, let whenFalse, _):
            return "IF " + text(condition, atLeast: .conditional) + " THEN " + text(whenTrue, atLeast: .conditional) + " ELSE "
                + text(whenFalse, atLeast: .conditional)
        case .call(let function, let arguments, _):
            let builtin = Builtin.named(function)
            var written = arguments
            if builtin == .smth1, arguments.count == 2 { written.append(arguments[0]) }  // the initial value is the input
            let name = (builtin?.rawValue ?? function).uppercased()
            return name + "(" + written.map { text($0, atLeast: .conditional) }.joined(separator: ", ") + ")"
        }
    }

    /// `MOD(a, b)` as the infix `a mod b`, the only spelling XMILE 1.0 has (§3.3.1).
    private static func infixModulo(_ expression: Expression) -> Expression {
        if case .call(let function, let arguments, let location) = expression, Builtin.named(function) == .mod, arguments.count == 2 {
            return .binary(.modulo, arguments[0], arguments[1], location)
        }
        return expression
    }

    /// A number in the shortest text that reads back as the same double: whole numbers without a decimal
    /// point, others in Swift's round-trip notation (`0.1`, `1e-05`, `1e+16`).
    static func number(_ value: Double) -> String {
        if value < 0 { return "-" + number(-value) }
        if value == value.rounded(), value < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
