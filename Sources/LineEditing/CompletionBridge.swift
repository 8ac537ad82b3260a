@preconcurrency import CLibEdit

/// Connects libedit's C completion hook to the Swift ``CompletionProvider``.
///
/// libedit's readline-compatible API keeps one editor per process and its hook is a C function that
/// captures nothing, so the provider lives in a static. It is only read from the thread inside
/// `readline()`, and written by ``LineReader/setCompletion(_:)`` between reads.
enum CompletionBridge {
    nonisolated(unsafe) static var provider: CompletionProvider?

    /// Makes libedit ask ``provider`` for completions.
    static func install() {
        rl_attempted_completion_function = { text, _, end in
            CompletionBridge.complete(text, cursor: Int(end))
        }
    }

    /// Answers libedit's `rl_attempted_completion_function` for the word `text`, the cursor being `cursor`
    /// characters into the line.
    private static func complete(
        _ text: UnsafePointer<CChar>?,
        cursor: Int
    ) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        // Without this, libedit falls back to completing file names when we return no match.
        rl_attempted_completion_over = 1
        guard let provider, let text else { return nil }
        let context = CompletionContext(
            textBeforeCursor: lineBeforeCursor(cursor),
            word: String(cString: text)
        )
        guard let matches = CompletionMatches(word: context.word, proposals: provider(context)) else {
            return nil
        }
        return cArray([matches.replacement] + matches.candidates)
    }

    /// The first `cursor` characters of the line being edited.
    ///
    /// libedit edits wide characters: the cursor position it passes to the hook, like `rl_point`, counts
    /// Unicode scalars, not the bytes of the UTF-8 `rl_line_buffer` (seen under tmux: with `é` typed,
    /// `rl_point` is 1).
    private static func lineBeforeCursor(_ cursor: Int) -> String {
        guard let buffer = rl_line_buffer else { return "" }
        let scalars = String(cString: buffer).unicodeScalars.prefix(max(cursor, 0))
        return String(String.UnicodeScalarView(scalars))
    }

    /// A `NULL`-terminated array of `strdup`'d strings, all allocated with `malloc`, because libedit
    /// releases the array and each string with `free`.
    private static func cArray(_ strings: [String]) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        let size = (strings.count + 1) * MemoryLayout<UnsafeMutablePointer<CChar>?>.stride
        guard let raw = malloc(size) else { return nil }
        let array = raw.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: strings.count + 1)
        for (index, string) in strings.enumerated() {
            array[index] = strdup(string)
        }
        array[strings.count] = nil
        return array
    }
}
