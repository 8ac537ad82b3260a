/// A language the user can read messages and numbers in.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    /// French, the language of the organismes Hlm and of the seed texts.
    case fr
    /// English.
    case en

    /// The language named by the POSIX locale variables.
    ///
    /// Follows the POSIX precedence: the first non-empty of `LC_ALL`, `LC_MESSAGES` and `LANG` decides, so
    /// `LC_ALL=C LANG=fr_FR.UTF-8` gives English, as `ls` and `date` would.
    /// - Parameter environment: Usually `ProcessInfo.processInfo.environment`.
    /// - Returns: ``fr`` when that value starts with `fr` (`fr`, `fr_FR.UTF-8`, `fr_BE`…), else ``en``.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("fr") ? .fr : .en
        }
        return .en
    }
}
