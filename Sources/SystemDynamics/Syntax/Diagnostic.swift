/// One finding about a model: an error that prevents running it, or a warning worth reading.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable {
        /// The model cannot be compiled or run.
        case error
        /// The model runs, but something is probably not what the author meant (for example a unit mismatch).
        case warning
    }

    /// Error or warning.
    public var severity: Severity
    /// What is wrong and how to fix it, written for the model's author.
    public var message: String
    /// Where it is, when known.
    public var location: SourceLocation?
    /// The canonical name of the variable concerned, when there is one.
    public var variable: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: String, at location: SourceLocation?, variable: String? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.variable = variable
    }

    /// `FILE:LINE:COLUMN: error: message`, or `error: message` when there is no location.
    public var description: String {
        if let location { return "\(location): \(severity.rawValue): \(message)" }
        return "\(severity.rawValue): \(message)"
    }
}

/// A model that cannot be used, with every diagnostic found (not only the first).
public struct ModelError: Error, Sendable, CustomStringConvertible {
    /// All diagnostics, errors first, in file order.
    public var diagnostics: [Diagnostic]

    /// Creates an error from diagnostics; they are sorted errors first, then by place.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted(by: Diagnostic.fileOrder)
    }

    /// One diagnostic per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

extension Diagnostic {
    /// Errors before warnings, then file, line and column order.
    static func fileOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.severity != b.severity { return a.severity == .error }
        let la = a.location ?? SourceLocation(file: "", line: 0, column: 0)
        let lb = b.location ?? SourceLocation(file: "", line: 0, column: 0)
        return (la.file, la.line, la.column) < (lb.file, lb.line, lb.column)
    }
}
