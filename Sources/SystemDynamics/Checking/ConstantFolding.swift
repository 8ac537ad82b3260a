import Foundation

/// Evaluates expressions made only of numbers and arithmetic, such as `1/4` in `dt: 1/4`.
enum ConstantFolding {
    /// The value, or `nil` when the expression reads a variable or calls a function.
    static func value(of expression: Expression) -> Double? {
        switch expression {
        case .number(let v, _): return v
        case .unary(.negate, let x, _): return value(of: x).map { -$0 }
        case .unary(.plus, let x, _): return value(of: x)
        case .binary(let op, let a, let b, _):
            guard let x = value(of: a), let y = value(of: b) else { return nil }
            switch op {
            case .add: return x + y
            case .subtract: return x - y
            case .multiply: return x * y
            case .divide: return x / y
            case .power: return pow(x, y)
            default: return nil
            }
        default: return nil
        }
    }
}
