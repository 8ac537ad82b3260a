import Localization

/// Why the estate model could not be loaded or run, written for the user.
public struct EstateModelError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedMessage {
    /// What went wrong and what to do, in both languages.
    public var message: LocalizedText

    /// Creates an error with a message for the user.
    public init(_ message: LocalizedText) { self.message = message }

    /// Creates an error from the message's two translations.
    public init(fr: String, en: String) { self.message = LocalizedText(fr: fr, en: en) }

    /// The message in both languages.
    public var localized: LocalizedText { message }

    /// The message in English.
    public var description: String { message.en }
}
