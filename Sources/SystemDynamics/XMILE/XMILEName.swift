import Foundation

/// How XMILE writes names (XMILE 1.0 §3.2.2): a name may hold spaces, line breaks written `\n`, and is
/// quoted in equations when it holds other characters.
enum XMILEName {
    /// The name as a person reads it: an escaped line break `\n` or a run of white space becomes one space.
    static func display(_ raw: String) -> String {
        raw.replacingOccurrences(of: "\\n", with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A name without the double quotes around it (`"Heat Loss"` in `<outflow>`).
    static func unquoted(_ text: String) -> String {
        text.count >= 2 && text.first == "\"" && text.last == "\"" ? String(text.dropFirst().dropLast()) : text
    }

    /// Words the expression syntax reserves: a variable spelt like one is written in quotes.
    static let reservedWords: Set<String> = ["if", "then", "else", "and", "or", "not", "mod"]

    /// The name as written in an equation: underscores for spaces; in quotes when it holds anything but
    /// letters, digits, `_` and `$`, starts with a digit, or is a reserved word.
    static func reference(_ displayName: String) -> String {
        let underscored = displayName.split(whereSeparator: \.isWhitespace).joined(separator: "_")
        let plain =
            !underscored.isEmpty && !(underscored.first?.isNumber ?? true)
            && underscored.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" }
            && !reservedWords.contains(underscored.lowercased())
        return plain ? underscored : "\"" + displayName + "\""
    }
}
