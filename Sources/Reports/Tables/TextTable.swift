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
    /// - Parameters:
    ///   - styling: When colour is on, the title and header are bold, units and rule dim, and cells drawn in
    ///     their own style.
    ///   - width: The terminal's columns; when the table is wider, the cells of ``TableColumn/wraps``
    ///     columns are wrapped at blanks onto several lines (the widest wrapping column first), down to
    ///     ``minimumWrapWidth`` columns or the column's longest word, whichever is wider. When even that
    ///     does not fit, each row is drawn as a record (see ``renderRecords(columns:styling:width:)``).
    public func render(styling: Styling = .plain, width: Int? = nil) -> String {
        let (allColumns, widths) = layout(width: width)
        let totalWidth = Self.totalWidth(widths)
        if let width, totalWidth > width {
            return renderRecords(columns: allColumns, styling: styling, width: width)
        }
        let drawnRows = self.rows.flatMap { row in Self.wrap(row, columns: allColumns, widths: widths) }

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
        lines.append(styling.apply(.dim, to: String(repeating: "─", count: totalWidth)))
        lines += drawnRows.map(line)
        return lines.joined(separator: "\n")
    }

    /// The table for a terminal too narrow for its columns, as psql's expanded display: each row is a record
    /// headed by its first titled cell in bold (with the cells of untitled columns, such as a change mark,
    /// beside it), then one indented line per other non-empty cell, `Header  value` (the value alone when it
    /// is the only one), numbers aligned on the right, long values wrapped at blanks. Units are left out:
    /// a column's unit row can not be told from its values once they stand on lines of their own.
    private func renderRecords(columns: [TableColumn], styling: Styling, width: Int) -> String {
        let keyIndex = columns.firstIndex { !$0.header.isEmpty } ?? 0
        let fields = columns.indices.filter { $0 != keyIndex && !columns[$0].header.isEmpty }
        // A single field needs no label: its value is simply indented under the row's name.
        let labelled = fields.count > 1
        let labelWidth = labelled ? fields.map { columns[$0].header.displayWidth }.max() ?? 0 : 0
        let indent = String(repeating: " ", count: 2)
        let valueWidth = max(width - indent.count - (labelled ? labelWidth + Self.gutter.count : 0), Self.minimumWrapWidth)
        // Right-aligned columns line their numbers up across the records (numbers only, not the texts, such
        // as formulas, that such a column may also hold).
        func isNumber(_ text: String) -> Bool { !text.contains(where: \.isLetter) }
        let numberWidth = fields.map { field in
            columns[field].alignment == .right
                ? rows.map { field < $0.count && isNumber($0[field].text) ? $0[field].text.displayWidth : 0 }.max() ?? 0 : 0
        }.max() ?? 0
        var lines: [String] = []
        if let title { lines.append(styling.apply(.bold, to: title)) }
        for row in rows {
            func cell(_ index: Int) -> TableCell { index < row.count ? row[index] : TableCell("") }
            let marks = columns.indices.filter { columns[$0].header.isEmpty && $0 != keyIndex }.map(cell).filter { !$0.text.isEmpty }
            lines.append(([styling.apply(.bold, to: cell(keyIndex).text)] + marks.map { styling.apply($0.style, to: $0.text) }).joined(separator: " "))
            for index in fields where !cell(index).text.isEmpty {
                let label = columns[index].header
                let text = cell(index).text
                let value = columns[index].alignment == .right && isNumber(text) && text.displayWidth < numberWidth
                    ? String(repeating: " ", count: numberWidth - text.displayWidth) + text : text
                for (number, piece) in value.wrapped(toWidth: valueWidth).enumerated() {
                    let shown = number == 0 ? label : ""
                    let head = shown + String(repeating: " ", count: max(labelWidth - shown.displayWidth, 0))
                    let prefix = labelled ? indent + styling.apply(.dim, to: head) + Self.gutter : indent
                    let aligned = number == 0 ? String(value.prefix { $0 == " " }) : ""
                    lines.append(String((prefix + aligned + styling.apply(cell(index).style, to: piece)).trimmingTrailingSpaces()))
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The width of the table drawn with no limit, its title aside (a long title wraps on its own).
    public var naturalWidth: Int { Self.totalWidth(layout(width: nil).widths) }

    /// Whether the table is drawn as a table (not as records) within `width`, its text columns wrapped if need be.
    public func fitsAsTable(width: Int) -> Bool { Self.totalWidth(layout(width: width).widths) <= width }

    /// Columns side by side, with the gutters between them.
    private static func totalWidth(_ widths: [Int]) -> Int { widths.reduce(0, +) + gutter.count * max(widths.count - 1, 0) }

    /// The columns (completed for long rows) and their widths, wrapping columns narrowed toward `width`.
    private func layout(width: Int?) -> (columns: [TableColumn], widths: [Int]) {
        let columnCount = max(columns.count, rows.map(\.count).max() ?? 0)
        let allColumns = columns + Array(repeating: TableColumn(""), count: columnCount - columns.count)
        var widths = allColumns.indices.map { index in
            let column = allColumns[index]
            let cells = rows.map { index < $0.count ? $0[index].text.displayWidth : 0 }
            return max(column.header.displayWidth, column.unit?.displayWidth ?? 0, cells.max() ?? 0)
        }
        if let width {
            // A wrapping column keeps room for its longest word, so that words are not cut inside.
            let floors = allColumns.indices.map { index in
                let words = rows.flatMap { index < $0.count ? $0[index].text.split(separator: " ") : [] }
                return min(widths[index], max(Self.minimumWrapWidth, words.map { String($0).displayWidth }.max() ?? 0))
            }
            Self.narrow(&widths, columns: allColumns, floors: floors, to: width)
        }
        return (allColumns, widths)
    }

    /// The narrowest a wrapping column gets: narrower, words would be cut into pieces.
    public static let minimumWrapWidth = 16

    /// Takes columns away from wrapping columns, one at a time from the widest, until the table fits
    /// `width`, none narrower than its floor: two wrapping columns end up about as wide as each other.
    private static func narrow(_ widths: inout [Int], columns: [TableColumn], floors: [Int], to width: Int) {
        var excess = widths.reduce(0, +) + gutter.count * max(widths.count - 1, 0) - width
        while excess > 0 {
            let candidates = columns.indices.filter { columns[$0].wraps && widths[$0] > floors[$0] }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { return }
            widths[widest] -= 1
            excess -= 1
        }
    }

    /// A row as one or more lines: wrapping cells wider than their column continue on the next lines.
    private static func wrap(_ row: [TableCell], columns: [TableColumn], widths: [Int]) -> [[TableCell]] {
        let pieces = row.indices.map { index -> [String] in
            guard index < columns.count, columns[index].wraps, row[index].text.displayWidth > widths[index] else {
                return [row[index].text]
            }
            return row[index].text.wrapped(toWidth: widths[index])
        }
        let height = pieces.map(\.count).max() ?? 1
        return (0..<height).map { line in
            row.indices.map { index in
                TableCell(line < pieces[index].count ? pieces[index][line] : "", style: row[index].style)
            }
        }
    }
}
