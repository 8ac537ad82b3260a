/// The outcome of one ``LineReader/readLine(prompt:)`` call.
public enum LineInput: Sendable, Hashable {
    /// A line the user entered, without its line terminator. It may be empty or only blanks.
    case line(String)
    /// The user pressed Ctrl-C at the prompt: the line being typed is abandoned, the session goes on.
    case interrupted
    /// Input is over: Ctrl-D on an empty line at a terminal, or the end of a piped script.
    case endOfInput
}
