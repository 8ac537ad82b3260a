import Localization

/// The placeholders of usage lines (the words in capitals, `NAME`, `FILE`…) in the reader's language.
/// Commands and keywords (`plan new`, `level=`, `start=`) stay as typed, since users type them.
enum UsagePlaceholders {
    /// French for each placeholder of ``Command/usage``.
    static let french: [String: String] = [
        "COMMAND": "COMMANDE", "NAME": "NOM", "PATH": "CHEMIN", "FILTER": "FILTRE", "PARAMETER": "PARAMÈTRE",
        "VALUE": "VALEUR", "FROM": "SOURCE", "OLD": "ANCIEN", "NEW": "NOUVEAU", "LEVER": "LEVIER", "L": "NIVEAU",
        "YEAR": "ANNÉE", "YEARS": "ANNÉES", "KEY": "CLÉ", "OUTPUT": "INDICATEUR", "SAMPLE": "ÉCHANTILLON",
        "SEED": "GRAINE", "FILE": "FICHIER",
    ]

    /// `usage` with its placeholders in `language` (English usage lines are written in English).
    static func text(_ usage: String, in language: Language) -> String {
        guard language == .fr else { return usage }
        var result = ""
        var word = ""
        func flush() {
            result += french[word] ?? word
            word = ""
        }
        for character in usage {
            if character.isUppercase {
                word.append(character)
                continue
            }
            // Capitals glued to lower-case letters are not a placeholder.
            if character.isLetter {
                result += word
                word = ""
            } else {
                flush()
            }
            result.append(character)
        }
        flush()
        return result
    }
}
