import Foundation

/// The number of columns available to a renderer.
public enum TerminalWidth {
    /// The width used when nothing better is known: the VT100 line length that pipes and logs assume.
    public static let fallback = 80

    /// The width of standard output's terminal.
    ///
    /// A positive `COLUMNS` wins (the user or the shell said so); otherwise, on a terminal, the kernel's
    /// window size (`ioctl TIOCGWINSZ`); otherwise ``fallback``.
    /// - Parameters:
    ///   - environment: Usually `ProcessInfo.processInfo.environment`.
    ///   - isTerminal: Whether standard output is a terminal.
    public static func detect(environment: [String: String], isTerminal: Bool) -> Int {
        if let text = environment["COLUMNS"], let columns = Int(text.trimmingCharacters(in: .whitespaces)),
            columns > 0
        {
            return columns
        }
        if isTerminal, let columns = windowColumns(), columns > 0 { return columns }
        return fallback
    }

    /// The width of standard output's terminal, read from this process's environment.
    public static func forStandardOutput() -> Int {
        detect(environment: ProcessInfo.processInfo.environment, isTerminal: isatty(STDOUT_FILENO) == 1)
    }

    private static func windowColumns() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 else { return nil }
        return Int(size.ws_col)
    }
}
