import Localization

/// One finding about a model: an error that prevents running it, or a warning worth reading.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible, LocalizedMessage {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable {
        /// The model cannot be compiled or run.
        case error
        /// The model runs, but something is probably not what the author meant (for example a unit mismatch).
        case warning

        /// The word that starts a message: `error` or `erreur`, `warning` or `avertissement`.
        public var label: LocalizedText {
            switch self {
            case .error: LocalizedText(fr: "erreur", en: "error")
            case .warning: LocalizedText(fr: "avertissement", en: "warning")
            }
        }
    }

    /// Error or warning.
    public var severity: Severity
    /// What is wrong and how to fix it, written for the model's author, in both languages.
    public var message: LocalizedText
    /// Where it is, when known.
    public var location: SourceLocation?
    /// The canonical name of the variable concerned, when there is one.
    public var variable: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: LocalizedText, at location: SourceLocation?, variable: String? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.variable = variable
    }

    /// `FILE:LINE:COLUMN: error: message` in English and `FICHIER:LIGNE:COLONNE : erreur : message` in French
    /// (French typography puts a space before a colon); without a location, the line starts at the severity.
    public var localized: LocalizedText {
        let place = location.map(\.description)
        return LocalizedText(
            fr: (place.map { "\($0) : " } ?? "") + "\(severity.label.fr) : \(message.fr)",
            en: (place.map { "\($0): " } ?? "") + "\(severity.label.en): \(message.en)")
    }

    /// `FILE:LINE:COLUMN: error: message`, or `error: message` when there is no location (English).
    public var description: String { localized.en }
}

/// A model that cannot be used, with every diagnostic found (not only the first).
public struct ModelError: Error, Sendable, CustomStringConvertible, LocalizedMessage {
    /// All diagnostics, errors first, in file order; those without a place (such as a summary) come last.
    public var diagnostics: [Diagnostic]

    /// Creates an error from diagnostics; they are sorted errors first, then by place.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted(by: Diagnostic.fileOrder)
    }

    /// One diagnostic per line, in each language.
    public var localized: LocalizedText {
        LocalizedText(
            fr: diagnostics.map { $0.text(in: .fr) }.joined(separator: "\n"),
            en: diagnostics.map { $0.text(in: .en) }.joined(separator: "\n"))
    }

    /// One diagnostic per line (English).
    public var description: String { localized.en }
}

extension Diagnostic {
    /// Errors before warnings, then file, line and column order; within a severity, a diagnostic without a
    /// place comes after those with one, so a closing summary stays at the end.
    static func fileOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.severity != b.severity { return a.severity == .error }
        guard let la = a.location else { return false }
        guard let lb = b.location else { return true }
        return (la.file, la.line, la.column) < (lb.file, lb.line, lb.column)
    }
}
