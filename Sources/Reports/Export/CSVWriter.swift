import Foundation

/// Writes comma-separated values as RFC 4180 defines them, for spreadsheets, R and pandas.
///
/// The format is fixed whatever the user's language: a `,` between fields, a `.` in numbers, CRLF between
/// records (RFC 4180 §2.1), so a file written in a French session opens the same everywhere.
public struct CSVWriter: Sendable, Hashable {
    /// The record separator.
    public enum LineEnding: String, Sendable, Hashable {
        /// `\r\n`, as RFC 4180 §2.1 requires.
        case crlf = "\r\n"
        /// `\n`, friendlier to `diff` and `grep`.
        case lf = "\n"
    }

    /// The record separator; every record, the last included, ends with it.
    public var lineEnding: LineEnding

    /// Creates a writer.
    public init(lineEnding: LineEnding = .crlf) {
        self.lineEnding = lineEnding
    }

    /// The whole file: the header record, then one record per row.
    public func render(header: [String], rows: [[CSVValue]]) -> String {
        var text = record(header.map(CSVValue.text))
        for row in rows { text += record(row) }
        return text
    }

    /// One record, with its line ending.
    public func record(_ values: [CSVValue]) -> String {
        values.map(Self.field).joined(separator: ",") + lineEnding.rawValue
    }

    /// One field: text is quoted when it holds a comma, a quote, a line break or surrounding spaces, with
    /// quotes doubled (RFC 4180 §2.6–2.7); numbers use ``number(_:)``.
    public static func field(_ value: CSVValue) -> String {
        switch value {
        case .number(let number):
            return Self.number(number)
        case .text(let text):
            let needsQuotes =
                text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
                || text.first == " " || text.last == " "
            guard needsQuotes else { return text }
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
    }

    /// A number as the shortest text that reads back as the same `Double` (Swift's `description`, so
    /// `0.1` stays `0.1` and `1e-05` keeps every digit), with NaN and infinities spelled `NaN`, `Inf` and
    /// `-Inf`, which both R's `read.csv` and pandas' `read_csv` recognise.
    public static func number(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "Inf" : "-Inf" }
        return value.description
    }
}
