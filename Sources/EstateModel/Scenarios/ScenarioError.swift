import Localization
import SystemDynamics

/// One problem found in a scenario file or plan: where it is and what to do.
public struct ScenarioIssue: Sendable, Hashable, CustomStringConvertible, LocalizedMessage {
    /// Where the problem is (file, line and column), when it comes from a file.
    public var location: SourceLocation?
    /// What is wrong, the allowed values and, for a misspelt name, the closest valid one, in both languages.
    public var message: LocalizedText

    /// Creates an issue.
    public init(location: SourceLocation?, message: LocalizedText) {
        self.location = location
        self.message = message
    }

    /// `FILE:LINE:COLUMN: error: message` in English, `FICHIER:LIGNE:COLONNE : erreur : message` in French
    /// (French typography puts a space before a colon); without a location the line starts at the severity.
    public var localized: LocalizedText {
        let place = location.map(\.description)
        return LocalizedText(
            fr: (place.map { "\($0) : " } ?? "") + "erreur : \(message.fr)",
            en: (place.map { "\($0): " } ?? "") + "error: \(message.en)")
    }

    /// `FILE:LINE:COLUMN: error: message`, or `error: message` without a location (English).
    public var description: String { localized.en }
}

/// A scenario that cannot be used: every problem found, one per line in `description`.
public struct ScenarioError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedMessage {
    /// The problems, in file order.
    public var issues: [ScenarioIssue]

    /// Creates an error from its problems.
    public init(_ issues: [ScenarioIssue]) { self.issues = issues }

    /// Creates an error with one problem.
    public init(_ message: LocalizedText, at location: SourceLocation? = nil) {
        self.init([ScenarioIssue(location: location, message: message)])
    }

    /// Creates an error with one problem given by its two translations.
    public init(fr: String, en: String, at location: SourceLocation? = nil) {
        self.init(LocalizedText(fr: fr, en: en), at: location)
    }

    /// Every problem, one per line, in each language.
    public var localized: LocalizedText {
        LocalizedText(
            fr: issues.map { $0.text(in: .fr) }.joined(separator: "\n"),
            en: issues.map { $0.text(in: .en) }.joined(separator: "\n"))
    }

    /// Every problem, one per line (English).
    public var description: String { localized.en }
}
