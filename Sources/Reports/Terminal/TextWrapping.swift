extension String {
    /// This text cut into lines of at most `width` terminal columns, breaking at blanks; a word longer
    /// than a line is cut inside. Used to fit long text columns (descriptions, sources) to the terminal.
    public func wrapped(toWidth width: Int) -> [String] {
        let limit = max(width, 1)
        var lines: [String] = []
        var current = ""
        for word in split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
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

    /// This text cut to at most `width` terminal columns, ending with `…` when something was cut.
    func shortened(toWidth width: Int) -> String {
        guard displayWidth > width else { return self }
        guard width > 1 else { return String(clipped(toWidth: width)) }
        return clipped(toWidth: width - 1).trimmingTrailingSpaces() + "…"
    }
}
