extension String {
    /// This text cut into lines of at most `width` terminal columns, breaking at blanks; a word longer
    /// than a line is cut inside. Used to fit long text columns (descriptions, sources) to the terminal.
    public func wrapped(toWidth width: Int) -> [String] {
        let limit = max(width, 1)
        var lines: [String] = []
        var current = ""
        for word in Self.unbreakableWords(split(separator: " ", omittingEmptySubsequences: true).map(String.init)) {
            var rest = word
            while rest.displayWidth > limit {
                if !current.isEmpty {
                    lines.append(current)
                    current = ""
                }
                let head = rest.clipped(toWidth: limit)
                lines.append(head)
                rest = String(rest.dropFirst(head.count))
            }
            if current.isEmpty {
                current = rest
            } else if current.displayWidth + 1 + rest.displayWidth <= limit {
                current += " " + rest
            } else {
                lines.append(current)
                current = rest
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// Words with French typography's non-breaking spaces put back: a space before `;`, `:`, `!`, `?` and `»`
    /// and after `«` never starts a line (« help » stays whole, and no line begins with « : »).
    private static func unbreakableWords(_ words: [String]) -> [String] {
        var result: [String] = []
        var openQuote = false
        for word in words {
            if openQuote, let last = result.popLast() {
                result.append(last + " " + word)
            } else if let last = result.last, let first = word.first, ";:!?»".contains(first) {
                result[result.count - 1] = last + " " + word
            } else {
                result.append(word)
            }
            openQuote = word == "«"
        }
        return result
    }

    /// This text with each line of prose wider than `width` wrapped at blanks. Lines that fit are left as
    /// they are, and so are lines that are not prose (columns aligned by runs of blanks, rules, a single
    /// long word): wrapping them would break their layout; tables are drawn to fit instead. The
    /// continuation of an indented line (`  Équation : …`) hangs two columns further in; that of a line at
    /// the margin (a message) stays at the margin.
    public func fitted(toWidth width: Int) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            guard String(line).displayWidth > width else { return [String(line)] }
            let indent = String(line.prefix { $0 == " " })
            let text = line.dropFirst(indent.count)
            guard text.contains(" "), !text.contains("  ") else { return [String(line)] }
            let hanging = indent.isEmpty ? "" : indent + "  "
            let room = max(width - hanging.count, width / 2)
            let pieces = String(line.dropFirst(indent.count)).wrapped(toWidth: room)
            return pieces.enumerated().map { number, piece in (number == 0 ? indent : hanging) + piece }
        }.joined(separator: "\n")
    }
}
