/// What the user has typed when they press Tab, given to the completion provider.
///
/// A word ends at a blank or at one of libedit's word-break characters (`"'`@$><=;|&{(` and the
/// backslash), so in `set loyer=9` the word being completed after `=` is `9`.
public struct CompletionContext: Sendable, Hashable {
    /// The line from its start up to the cursor.
    public let textBeforeCursor: String
    /// The partial word just before the cursor, the one being completed; empty after a blank.
    public let word: String
    /// The words typed before ``word``, split on blanks: `["plan", "add"]` when completing
    /// `plan add réno` at its end.
    public let precedingWords: [String]

    /// Creates the context for completing `word`, the end of `textBeforeCursor`.
    ///
    /// - Parameters:
    ///   - textBeforeCursor: The line from its start up to the cursor.
    ///   - word: The partial word being completed. When it is not the end of `textBeforeCursor`, the
    ///     whole text counts as preceding words.
    public init(textBeforeCursor: String, word: String) {
        self.textBeforeCursor = textBeforeCursor
        self.word = word
        let head =
            textBeforeCursor.hasSuffix(word) ? textBeforeCursor.dropLast(word.count) : textBeforeCursor[...]
        precedingWords = head.split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// `true` when the word being completed is the first one on the line, usually a command name.
    public var isFirstWord: Bool { precedingWords.isEmpty }
}

/// Lists the candidates for the word described by a ``CompletionContext``.
///
/// Return every name that fits at that position (commands for the first word; scenarios, plans,
/// parameters or outputs after a command); the reader keeps those that start with the typed word.
/// It is called on the thread that reads the line, while the user waits, so it should be quick.
public typealias CompletionProvider = @Sendable (CompletionContext) -> [String]
