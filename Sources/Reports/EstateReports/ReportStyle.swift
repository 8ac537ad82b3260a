import Localization

/// How an estate report is drawn: the reader's language, colour, and the columns available.
///
/// The REPL and the batch commands build one from the terminal (`Styling.forStandardOutput()`,
/// `TerminalWidth.forStandardOutput()`) so both print the same tables.
public struct ReportStyle: Sendable, Hashable {
    /// The language of headers, labels and numbers.
    public var language: Language
    /// Colour or plain text.
    public var styling: Styling
    /// The most columns a line should take; wider tables switch to short identifiers.
    public var width: Int

    /// Creates a style.
    public init(language: Language, styling: Styling = .plain, width: Int = TerminalWidth.fallback) {
        self.language = language
        self.styling = styling
        self.width = width
    }

    /// Number formatting in the report's language.
    public var numbers: NumberFormatting { NumberFormatting(language: language) }

}
