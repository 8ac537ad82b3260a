/// An equation's syntax tree. Every node keeps the place where it starts, so that messages can point at it.
public indirect enum Expression: Sendable, Hashable {
    /// A number literal.
    case number(Double, SourceLocation)
    /// A reference to a variable (or to TIME, DT, STARTTIME, STOPTIME), by canonical name.
    case name(String, SourceLocation)
    /// `-x`, `+x`, `NOT x`.
    case unary(UnaryOperator, Expression, SourceLocation)
    /// `a + b`, `a AND b`, …
    case binary(BinaryOperator, Expression, Expression, SourceLocation)
    /// A builtin function call, by canonical function name.
    case call(String, [Expression], SourceLocation)
    /// `IF condition THEN a ELSE b`.
    case conditional(Expression, Expression, Expression, SourceLocation)

    /// Where the node starts.
    public var location: SourceLocation {
        switch self {
        case .number(_, let l), .name(_, let l), .unary(_, _, let l), .binary(_, _, _, let l), .call(_, _, let l),
            .conditional(_, _, _, let l):
            return l
        }
    }

    /// The canonical names of the variables this expression reads, in order of appearance.
    public var referencedNames: [String] {
        var names: [String] = []
        visit { if case .name(let n, _) = $0 { names.append(n) } }
        return names
    }

    /// Calls `body` on this node and every node below it, parents first.
    public func visit(_ body: (Expression) -> Void) {
        body(self)
        switch self {
        case .number, .name: break
        case .unary(_, let x, _): x.visit(body)
        case .binary(_, let a, let b, _):
            a.visit(body)
            b.visit(body)
        case .call(_, let args, _): for a in args { a.visit(body) }
        case .conditional(let c, let a, let b, _):
            c.visit(body)
            a.visit(body)
            b.visit(body)
        }
    }
}

/// Operators with one operand.
public enum UnaryOperator: String, Sendable, Hashable {
    case negate = "-"
    case plus = "+"
    case not = "NOT"
}

/// Operators with two operands, from lowest to highest precedence group.
public enum BinaryOperator: String, Sendable, Hashable {
    case or = "OR"
    case and = "AND"
    case equal = "="
    case notEqual = "<>"
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case modulo = "MOD"
    case power = "^"
}
