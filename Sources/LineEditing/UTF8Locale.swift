import Foundation

/// Makes the C library read and write UTF-8, which libedit needs for accented input.
///
/// Without a UTF-8 `LC_CTYPE`, libedit silently drops every non-ASCII byte (typing `aébc` gives `abc`).
/// The user's locale is tried first; when it is unset or not installed (only `C.UTF-8` is on many
/// servers and containers), `C.UTF-8` is used. See /work/shared/research/swift.md section 2.4.
enum UTF8Locale {
    /// Sets `LC_CTYPE` to a UTF-8 locale, the user's own when it is one.
    static func activate() {
        setlocale(LC_CTYPE, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }
}
