import Foundation

/// Whether output is coloured, decided once per destination and passed to every renderer.
///
/// Renderers never look at the environment themselves: the caller decides for standard output, and a file
/// export simply uses ``plain``.
public struct Styling: Sendable, Hashable {
    /// Whether ANSI escape sequences are written.
    public var colour: Bool

    /// Creates a styling with colour on or off.
    public init(colour: Bool) {
        self.colour = colour
    }

    /// No escape sequences: for files, pipes and tests.
    public static let plain = Styling(colour: false)

    /// Colour only on a terminal that can show it and when the user has not refused it.
    ///
    /// Follows the no-color.org convention (any non-empty `NO_COLOR` disables colour) and the terminfo
    /// convention that `TERM=dumb` cannot interpret escape sequences.
    /// - Parameters:
    ///   - isTerminal: Whether the destination is a terminal (`isatty`).
    ///   - environment: Usually `ProcessInfo.processInfo.environment`.
    public static func detect(isTerminal: Bool, environment: [String: String]) -> Styling {
        guard isTerminal else { return .plain }
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return .plain }
        if environment["TERM"] == "dumb" { return .plain }
        return Styling(colour: true)
    }

    /// The styling for this process's standard output.
    public static func forStandardOutput() -> Styling {
        detect(isTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
    }

    /// Wraps text in the escape sequences of a style, or returns it unchanged when colour is off.
    public func apply(_ style: TextStyle?, to text: String) -> String {
        guard colour, let style, !text.isEmpty else { return text }
        return "\u{1B}[\(style.sgrParameter)m\(text)\u{1B}[0m"
    }
}
