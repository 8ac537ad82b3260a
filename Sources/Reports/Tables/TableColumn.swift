/// One column of a ``TextTable``: its header, its unit and how its cells are aligned.
public struct TableColumn: Sendable, Hashable {
    /// The header text.
    public var header: String
    /// The unit of the column's values (`€`, `%`, `logements`), shown in a row under the header.
    public var unit: String?
    /// Alignment of the header, unit and cells.
    public var alignment: ColumnAlignment
    /// Whether long cells may be wrapped onto several lines when the table is wider than the terminal
    /// (descriptions, meanings, sources).
    public var wraps: Bool

    /// Creates a column.
    public init(_ header: String, unit: String? = nil, alignment: ColumnAlignment = .left, wraps: Bool = false) {
        self.header = header
        self.unit = unit
        self.alignment = alignment
        self.wraps = wraps
    }

    /// A left-aligned text column whose cells wrap to fit the terminal.
    public static func wrapping(_ header: String) -> TableColumn {
        TableColumn(header, wraps: true)
    }

    /// A right-aligned column for numbers.
    public static func number(_ header: String, unit: String? = nil) -> TableColumn {
        TableColumn(header, unit: unit, alignment: .right)
    }
}
