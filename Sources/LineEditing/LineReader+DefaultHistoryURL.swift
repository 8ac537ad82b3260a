import Foundation

extension LineReader {
    /// Where an application keeps its command history, following the XDG Base Directory specification.
    ///
    /// `$XDG_STATE_HOME/<appName>/history` when `XDG_STATE_HOME` is an absolute path (the specification
    /// says to ignore relative ones), otherwise `$HOME/.local/state/<appName>/history`.
    ///
    /// - Parameters:
    ///   - appName: The folder name, such as `"quartier"`.
    ///   - environment: The environment variables to read; the process's own by default.
    /// - Returns: The file's location, or `nil` when neither variable gives an absolute path.
    public static func defaultHistoryURL(
        appName: String,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> URL? {
        let stateHome: URL
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            stateHome = URL(fileURLWithPath: xdg, isDirectory: true)
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            stateHome = URL(fileURLWithPath: home, isDirectory: true)
                .appending(components: ".local", "state", directoryHint: .isDirectory)
        } else {
            return nil
        }
        return stateHome.appending(components: appName, "history", directoryHint: .notDirectory)
    }
}
