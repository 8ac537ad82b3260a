/// Why the estate model could not be loaded or run, written for the user.
public struct EstateModelError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong and what to do.
    public var message: String

    /// Creates an error with a message for the user.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
