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

extension LocalizedText {
    /// A number as each language writes it in running text: the shortest exact form, whole numbers without
    /// a decimal part, a decimal comma in French (`0,25`) and a point in English (`0.25`).
    public static func number(_ value: Double) -> LocalizedText {
        let english = value == value.rounded() && Swift.abs(value) < 1e15 ? String(Int(value)) : String(value)
        return LocalizedText(fr: String(english.map { $0 == "." ? "," : $0 }), en: english)
    }
}
