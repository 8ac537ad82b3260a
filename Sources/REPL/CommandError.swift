import Reports

/// Why a command failed, with the message shown to the user in their language.
struct CommandError: Error {
    /// The message.
    var message: SessionMessage
    /// True when the failure is a Ctrl-C, not a mistake.
    var isInterruption = false

    init(_ message: SessionMessage) { self.message = message }

    /// The failure of a command stopped by Ctrl-C.
    static let interrupted: CommandError = {
        var error = CommandError(.interrupted)
        error.isInterruption = true
        return error
    }()
}
