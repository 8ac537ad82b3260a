/// What one command line produced: the text to show, and what the caller should do next.
public struct CommandOutcome: Sendable, Hashable {
    /// The text to print (no final newline); empty when there is nothing to show.
    public var output: String
    /// True when the command failed; a script stops on it unless told to continue.
    public var isError: Bool
    /// True when the user asked to leave.
    public var shouldQuit: Bool
    /// True when Ctrl-C stopped the command; the session is as it was before the command.
    public var wasInterrupted: Bool

    /// Creates an outcome.
    public init(output: String, isError: Bool = false, shouldQuit: Bool = false, wasInterrupted: Bool = false) {
        self.output = output
        self.isError = isError
        self.shouldQuit = shouldQuit
        self.wasInterrupted = wasInterrupted
    }
}
