/// One cell of a ``TextTable``: its text and an optional emphasis drawn when colour is on.
public struct TableCell: Sendable, Hashable, ExpressibleByStringLiteral {
    /// The text shown; it should not contain newlines.
    public var text: String
    /// The emphasis, ignored when colour is off.
    public var style: TextStyle?

    /// Creates a cell.
    public init(_ text: String, style: TextStyle? = nil) {
        self.text = text
        self.style = style
    }

    /// Creates a plain cell from a literal.
    public init(stringLiteral text: String) {
        self.init(text)
    }

    /// A difference from a baseline, green when it is an improvement and red when it is a deterioration.
    ///
    /// Whether "more" is better depends on the variable (more trust is good, more vacancy is not), so the
    /// caller says which way is favourable.
    /// - Parameters:
    ///   - value: The difference, option minus baseline.
    ///   - text: The formatted difference, usually from ``NumberFormatting/signedDifference(_:fractionDigits:)``.
    ///   - higherIsBetter: Whether an increase is an improvement.
    public static func difference(_ value: Double, text: String, higherIsBetter: Bool = true) -> TableCell {
        guard value.isFinite, value != 0 else { return TableCell(text) }
        return TableCell(text, style: (value > 0) == higherIsBetter ? .green : .red)
    }
}
