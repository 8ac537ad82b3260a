import Localization

/// A value that could not be written as JSON.
public struct JSONOutputError: Error, Sendable, Hashable, LocalizedMessage, CustomStringConvertible {
    /// What the encoder reported.
    public var reason: String

    /// Creates an error from the encoder's reason.
    public init(reason: String) {
        self.reason = reason
    }

    /// The message in both languages.
    public var localized: LocalizedText {
        LocalizedText(
            fr: "Impossible d’écrire ces résultats en JSON : \(reason)",
            en: "Cannot write these results as JSON: \(reason)")
    }

    /// The English message.
    public var description: String { localized.en }
}
