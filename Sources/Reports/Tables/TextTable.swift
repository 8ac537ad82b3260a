/// A table rendered as aligned text, in the manner of `psql`: an optional title, a header row, a row of
/// units when any column has one, a rule, then the rows.
///
/// ```
/// Confiance des locataires
/// Indicateur    Base   Plan A   Écart
///                  %        %      pt
/// ───────────────────────────────────
/// Confiance     41,0     47,5    +6,5
/// ```
///
/// Widths are measured in terminal columns (``Swift/String/displayWidth``), so accented and wide
/// characters line up. Columns are separated by two spaces and lines carry no trailing spaces.
public struct TextTable: Sendable, Hashable {
    /// A line above the table, when set.
    public var title: String?
    /// The columns, left to right.
    public var columns: [TableColumn]
    /// The rows; a short row is completed with empty cells, and a long row adds untitled columns.
    public var rows: [[TableCell]]

    /// The space between two columns.
    private static let gutter = "  "

    /// Creates a table.
    public init(title: String? = nil, columns: [TableColumn], rows: [[TableCell]] = []) {
        self.title = title
        self.columns = columns
        self.rows = rows
    }

    /// Adds a row at the bottom.
    public mutating func append(_ row: [TableCell]) {
        rows.append(row)
    }

    /// The table as text, lines separated by `\n`, with no final newline.
    /// - Parameter styling: When colour is on, the title and header are bold, units and rule dim, and cells
    ///   drawn in their own style.
    public func render(styling: Styling = .plain) -> String {
        let columnCount = max(columns.count, rows.map(\.count).max() ?? 0)
        let allColumns = columns + Array(repeating: TableColumn(""), count: columnCount - columns.count)
        let widths = allColumns.indices.map { index in
            let column = allColumns[index]
            let cells = rows.map { index < $0.count ? $0[index].text.displayWidth : 0 }
            return max(column.header.displayWidth, column.unit?.displayWidth ?? 0, cells.max() ?? 0)
        }

        func line(_ cells: [TableCell]) -> String {
            let parts = allColumns.indices.map { index in
                let cell = index < cells.count ? cells[index] : TableCell("")
                let missing = max(widths[index] - cell.text.displayWidth, 0)
                let before: Int
                switch allColumns[index].alignment {
                case .left: before = 0
                case .right: before = missing
                case .center: before = missing / 2
                }
                return String(repeating: " ", count: before) + styling.apply(cell.style, to: cell.text)
                    + String(repeating: " ", count: missing - before)
            }
            return String(parts.joined(separator: Self.gutter).trimmingTrailingSpaces())
        }

        var lines: [String] = []
        if let title { lines.append(styling.apply(.bold, to: title)) }
        lines.append(line(allColumns.map { TableCell($0.header, style: .bold) }))
        if allColumns.contains(where: { $0.unit != nil }) {
            lines.append(line(allColumns.map { TableCell($0.unit ?? "", style: .dim) }))
        }
        let totalWidth = widths.reduce(0, +) + Self.gutter.count * max(columnCount - 1, 0)
        lines.append(styling.apply(.dim, to: String(repeating: "─", count: totalWidth)))
        lines += rows.map(line)
        return lines.joined(separator: "\n")
    }
}
