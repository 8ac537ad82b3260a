/// A short text in French and English, as scenario files and the lever catalogue give it.
public struct LocalizedText: Sendable, Hashable, Codable {
    /// The French text.
    public var fr: String
    /// The English text.
    public var en: String

    /// Creates a text in both languages.
    public init(fr: String, en: String) {
        self.fr = fr
        self.en = en
    }

    /// The text in `language` ("fr" or "en"); English for any other code.
    public func text(language: String) -> String { language.lowercased().hasPrefix("fr") ? fr : en }
}
