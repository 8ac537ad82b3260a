@preconcurrency import CLibEdit
import Foundation

/// Reads the user's lines: with libedit on a terminal, as plain lines otherwise.
///
/// On a terminal (standard input and output both terminals) it offers line editing, history recalled
/// with the Up arrow and searched with Ctrl-R, Tab completion through ``setCompletion(_:)``, accented
/// input, and Ctrl-C to abandon the line. Ctrl-R shows `bck:` and searches the history backwards as the
/// user types; Ctrl-R again finds an older match, Enter runs the line found, other editing keys keep it
/// for editing. Key bindings can be changed in `~/.editrc`.
///
/// Otherwise (a script piped in, or output redirected) it reads plain lines with no prompt, no editing
/// and no history, so scripts run unattended and never land in the user's history file.
///
/// libedit keeps one editor per process: create a single `LineReader` and use it from one thread.
///
/// ```swift
/// let reader = LineReader(historyFile: LineReader.defaultHistoryURL(appName: "quartier"))
/// reader.setCompletion { context in context.isFirstWord ? ["run", "compare", "help"] : [] }
/// loop: while true {
///     switch reader.readLine(prompt: "quartier> ") {
///     case .line(let line): print(evaluate(line))
///     case .interrupted: continue
///     case .endOfInput: break loop
///     }
/// }
/// ```
public final class LineReader {
    /// `true` when lines are read with libedit (history, editing, completion); `false` for plain lines.
    public let isInteractive: Bool

    /// The file the history is kept in; `nil` when history is not saved or input is not a terminal.
    public let historyFile: URL?

    private let input: UnsafeMutablePointer<FILE>
    private let history: EditLineHistory?
    private var pendingHistoryError: HistoryError?
    private var lastReportedHistoryError: HistoryError?

    /// Prepares to read from standard input.
    ///
    /// On a terminal this sets a UTF-8 `LC_CTYPE` locale, installs ``InterruptFlag``, and loads the
    /// history file; a failure to load is reported by ``takeHistoryError()``.
    ///
    /// - Parameters:
    ///   - historyFile: Where history is kept between sessions, usually
    ///     ``defaultHistoryURL(appName:environment:)``; `nil` keeps history for this session only.
    ///   - historyLimit: The most lines kept; the oldest are dropped first.
    public convenience init(historyFile: URL?, historyLimit: Int = 1000) {
        self.init(historyFile: historyFile, historyLimit: historyLimit, input: clibedit_standard_input())
    }

    /// Prepares to read from `input`, which is standard input except in tests.
    init(historyFile: URL?, historyLimit: Int, input: UnsafeMutablePointer<FILE>) {
        self.input = input
        isInteractive = isatty(fileno(input)) != 0 && isatty(STDOUT_FILENO) != 0
        guard isInteractive else {
            self.historyFile = nil
            history = nil
            return
        }
        self.historyFile = historyFile
        UTF8Locale.activate()
        InterruptFlag.install()
        // The name selects program-specific lines in ~/.editrc; libedit keeps the pointer, hence strdup.
        let programName = CommandLine.arguments.first.map { URL(fileURLWithPath: $0).lastPathComponent }
        rl_readline_name = UnsafePointer(strdup(programName ?? "quartier"))
        rl_instream = input
        rl_outstream = clibedit_standard_output()
        CompletionBridge.install()
        // rl_initialize binds Tab to completion and Ctrl-R to em-inc-search-prev (libedit readline.c).
        rl_initialize()
        using_history()
        let history = EditLineHistory(limit: historyLimit)
        self.history = history
        if let historyFile {
            do throws(HistoryError) {
                try history.load(from: historyFile)
            } catch {
                report(error)
            }
        }
    }

    /// Sets the function that lists completions when the user presses Tab.
    ///
    /// The first Tab inserts the longest common prefix of the matching candidates and, when only one
    /// matches, a space after it; a second Tab lists the candidates. Without a provider Tab does nothing
    /// (it never completes file names).
    ///
    /// - Parameter provider: Returns the candidates for the word at the cursor; see ``CompletionProvider``.
    public func setCompletion(_ provider: @escaping CompletionProvider) {
        CompletionBridge.provider = provider
    }

    /// Shows `prompt` and waits for one line.
    ///
    /// On a terminal, a non-blank line that differs from the previous history entry is added to the
    /// history and the history file is saved at once, so a closed terminal loses nothing. Ctrl-C abandons
    /// the line (`^C` is shown) and returns ``LineInput/interrupted``; Ctrl-D on an empty line returns
    /// ``LineInput/endOfInput`` after saving the history. ``InterruptFlag`` is cleared before waiting.
    ///
    /// - Parameter prompt: Shown before the line on a terminal, ignored otherwise. Wrap invisible
    ///   escape sequences (colours) in `\u{1}` and `\u{2}` so that libedit measures the prompt right.
    /// - Returns: The line, or why there is none.
    public func readLine(prompt: String) -> LineInput {
        InterruptFlag.clear()
        return isInteractive ? readEditedLine(prompt: prompt) : readPlainLine()
    }

    /// Writes the history file now. Does nothing when there is no history file or input is not a terminal.
    public func saveHistory() throws(HistoryError) {
        guard let history, let historyFile else { return }
        try history.save(to: historyFile)
    }

    /// Returns the latest failure to load or save the history, once, so the REPL can show it.
    ///
    /// The same failure is reported only once, not after every line.
    public func takeHistoryError() -> HistoryError? {
        defer { pendingHistoryError = nil }
        return pendingHistoryError
    }

    private func readEditedLine(prompt: String) -> LineInput {
        let output = clibedit_standard_output()
        guard let raw = readline(prompt) else {
            if InterruptFlag.isSet {
                InterruptFlag.clear()
                fputs("^C\n", output)
                fflush(output)
                return .interrupted
            }
            // libedit leaves the cursor after the prompt on Ctrl-D.
            fputs("\n", output)
            fflush(output)
            saveHistoryReportingErrors()
            return .endOfInput
        }
        defer { free(raw) }
        let line = String(cString: raw)
        if history?.record(line) == true {
            saveHistoryReportingErrors()
        }
        return .line(line)
    }

    private func readPlainLine() -> LineInput {
        var buffer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(buffer) }
        let count = getline(&buffer, &capacity, input)
        guard count >= 0, let buffer else {
            guard InterruptFlag.isSet else { return .endOfInput }
            InterruptFlag.clear()
            clearerr(input)
            return .interrupted
        }
        var bytes = UnsafeRawBufferPointer(start: buffer, count: count)[...]
        if bytes.last == UInt8(ascii: "\n") { bytes = bytes.dropLast() }
        if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
        // Decoding repairs invalid UTF-8 with U+FFFD instead of failing on a badly encoded script.
        return .line(String(decoding: bytes, as: UTF8.self))
    }

    private func saveHistoryReportingErrors() {
        do throws(HistoryError) {
            try saveHistory()
        } catch {
            report(error)
        }
    }

    private func report(_ error: HistoryError) {
        guard error != lastReportedHistoryError else { return }
        lastReportedHistoryError = error
        pendingHistoryError = error
    }
}
