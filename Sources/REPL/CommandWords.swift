/// Splits a command line into words: blanks separate words, and double or single quotes keep blanks
/// inside one word (`plan new atelier "Plan de l'atelier"`).
enum CommandWords {
    /// The words of `line`; an unclosed quote runs to the end of the line.
    static func split(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        for character in line {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || (character == "'" && !inWord) {
                quote = character
                inWord = true
            } else if character.isWhitespace {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }

    /// A number typed by a user, with `.` or a French `,` as decimal separator.
    static func number(_ word: String) -> Double? {
        guard let value = Double(word.replacingOccurrences(of: ",", with: ".")), value.isFinite else { return nil }
        return value
    }

    /// `key=value` words as a dictionary (keys lowercased), and the other words in order.
    static func options(_ words: ArraySlice<String>) -> (options: [String: String], positional: [String]) {
        var options: [String: String] = [:]
        var positional: [String] = []
        for word in words {
            if let equals = word.firstIndex(of: "="), equals != word.startIndex {
                options[word[..<equals].lowercased()] = String(word[word.index(after: equals)...])
            } else {
                positional.append(word)
            }
        }
        return (options, positional)
    }
}
