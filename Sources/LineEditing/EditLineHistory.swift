@preconcurrency import CLibEdit
import Foundation

/// libedit's history list, which is process-wide, and the file that keeps it between sessions.
///
/// The file is written by libedit in its own format (a `_HiStOrY_V2_` header, then one UTF-8 line per
/// entry with spaces escaped as `\040`), so other libedit programs' habits apply. See
/// /work/shared/research/swift.md section 2.4.
struct EditLineHistory {
    /// The most entries kept; older ones are dropped first.
    let limit: Int

    /// Caps libedit's history list at `limit` entries (negative limits count as zero: no history).
    init(limit: Int) {
        self.limit = max(limit, 0)
        stifle_history(Int32(clamping: self.limit))
    }

    /// The entries, oldest first.
    var entries: [String] {
        (0..<Int(history_length)).compactMap { entry(at: $0) }
    }

    /// The newest entry, if any.
    var newestEntry: String? {
        history_length > 0 ? entry(at: Int(history_length) - 1) : nil
    }

    /// Adds `line` unless it is blank or repeats the newest entry, as shells do with `ignoredups`.
    ///
    /// - Returns: `true` when the line was added.
    @discardableResult
    func record(_ line: String) -> Bool {
        guard limit > 0, line.contains(where: { !$0.isWhitespace }), line != newestEntry else {
            return false
        }
        add_history(line)
        return true
    }

    /// Empties the list.
    func clear() {
        clear_history()
    }

    /// Appends the entries saved in `file`. A missing file is a first run, not an error.
    func load(from file: URL) throws(HistoryError) {
        let path = file.path(percentEncoded: false)
        guard FileManager.default.fileExists(atPath: path) else { return }
        let status = read_history(path)
        if status != 0 {
            throw HistoryError(operation: .load, path: path, reason: Self.explain(status))
        }
    }

    /// Writes the entries to `file`, creating its folder if needed.
    ///
    /// libedit truncates the file it writes, so a crash or a full disk in the middle would lose the whole
    /// history: it writes a temporary file in the same folder instead, which then replaces the old file
    /// in one `rename`. The file is private to the user (mode 0600): commands can name people and places.
    func save(to file: URL) throws(HistoryError) {
        let path = file.path(percentEncoded: false)
        try Self.createFolder(file.deletingLastPathComponent().path(percentEncoded: false))
        let temporary = path + ".\(getpid()).tmp"
        let status = write_history(temporary)
        guard status == 0 else {
            unlink(temporary)
            throw HistoryError(operation: .save, path: path, reason: Self.explain(status))
        }
        guard chmod(temporary, 0o600) == 0, rename(temporary, path) == 0 else {
            let reason = Self.explain(errno)
            unlink(temporary)
            throw HistoryError(operation: .save, path: path, reason: reason)
        }
    }

    private func entry(at offset: Int) -> String? {
        guard let line = history_get(history_base + Int32(offset))?.pointee.line else { return nil }
        return String(cString: line)
    }

    /// Creates `path` and its missing parents with mode 0700, as the XDG Base Directory specification
    /// asks for state folders.
    private static func createFolder(_ path: String) throws(HistoryError) {
        var partial = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            partial += "/" + component
            if mkdir(partial, 0o700) != 0 && errno != EEXIST {
                throw HistoryError(operation: .createFolder, path: partial, reason: explain(errno))
            }
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
            throw HistoryError(operation: .createFolder, path: path, reason: explain(ENOTDIR))
        }
    }

    private static func explain(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
