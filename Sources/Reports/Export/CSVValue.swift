/// One field of a CSV record.
public enum CSVValue: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByFloatLiteral,
    ExpressibleByIntegerLiteral
{
    /// Text, quoted when needed.
    case text(String)
    /// A number, written so that reading it back gives the same `Double`.
    case number(Double)

    /// Creates a text field from a literal.
    public init(stringLiteral value: String) { self = .text(value) }
    /// Creates a number field from a literal.
    public init(floatLiteral value: Double) { self = .number(value) }
    /// Creates a number field from an integer literal.
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
}
