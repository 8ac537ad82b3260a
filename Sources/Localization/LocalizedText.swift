/// One user-facing text written in both languages.
///
/// Both translations are required by the initialiser, so a message cannot ship in one language only.
public struct LocalizedText: Sendable, Hashable, Codable {
    /// The French text.
    public var fr: String
    /// The English text.
    public var en: String

    /// Creates a text from its two translations.
    public init(fr: String, en: String) {
        self.fr = fr
        self.en = en
    }

    /// The translation for a language.
    public func text(in language: Language) -> String {
        switch language {
        case .fr: fr
        case .en: en
        }
    }
}
