@preconcurrency import CLibEdit

/// Records that the user pressed Ctrl-C, so that a long evaluation can stop and the session go on.
///
/// Contract:
/// - Call ``install()`` once, early, before the first prompt. From then on SIGINT no longer terminates the
///   process: it only sets the flag. ``LineReader`` calls it itself when it reads from a terminal.
/// - Before starting a long evaluation, call ``clear()``; poll ``isSet`` at convenient points (for
///   example once per simulated time step) and stop cleanly when it is `true`.
/// - ``LineReader/readLine(prompt:)`` clears the flag before it waits for input, so a Ctrl-C pressed
///   during an evaluation never cancels the next line; a Ctrl-C pressed at the prompt makes it return
///   ``LineInput/interrupted``.
/// - The handler is installed without `SA_RESTART`: a blocking system call in progress when Ctrl-C arrives
///   fails with `EINTR` (that is how the line editor's read is abandoned). Foundation retries on `EINTR`.
///
/// Without ``install()`` (for example when a script is piped into the program), Ctrl-C keeps its default
/// effect and ends the process, which is what a user running a batch expects.
public enum InterruptFlag {
    /// The flag the signal handler sets. A raw pointer rather than a Swift global: stores through it are
    /// plain memory writes, with no lazy initialisation and no dynamic exclusivity check, so they are safe
    /// inside a signal handler (only `sig_atomic_t` stores are async-signal-safe, per POSIX).
    nonisolated(unsafe) private static let storage: UnsafeMutablePointer<sig_atomic_t> = {
        let pointer = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return pointer
    }()

    /// Whether the handler is installed; only read and written on the thread that calls ``install()``.
    nonisolated(unsafe) private static var isInstalled = false

    /// Installs the SIGINT handler that sets the flag. Calling it again does nothing.
    ///
    /// - Returns: `true` when the handler is in place, `false` if the system refused it (Ctrl-C then keeps
    ///   its default effect of ending the process).
    @discardableResult
    public static func install() -> Bool {
        if isInstalled { return true }
        // Touch the storage before the handler can run, so its lazy initialisation never happens there.
        storage.pointee = 0
        let handler: @convention(c) (Int32) -> Void = { _ in
            InterruptFlag.storage.pointee = 1
        }
        isInstalled = clibedit_install_sigint_handler(handler) == 0
        return isInstalled
    }

    /// `true` when Ctrl-C was pressed since the last ``clear()``.
    public static var isSet: Bool { storage.pointee != 0 }

    /// Forgets any earlier Ctrl-C. Call it before starting an interruptible evaluation.
    public static func clear() { storage.pointee = 0 }
}
