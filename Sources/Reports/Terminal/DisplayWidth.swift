extension String {
    /// The number of terminal columns this text occupies.
    ///
    /// Counts grapheme clusters, not bytes or scalars: `é` is one column whether precomposed or written as
    /// `e` plus a combining accent; East Asian wide and fullwidth characters and emoji take two columns;
    /// control characters and ANSI escape sequences (`ESC [ … final`) take none, so already-coloured text
    /// measures like plain text. The wide ranges follow Unicode's East Asian Width property (UAX #11,
    /// values W and F), as Markus Kuhn's `wcwidth` does; ambiguous-width characters count as narrow, as on a
    /// terminal outside CJK locales.
    public var displayWidth: Int {
        var width = 0
        var escape = EscapeScanner()
        for character in self where !escape.consumes(character) {
            width += character.terminalColumns
        }
        return width
    }

    /// The longest prefix that fits in `width` columns, never splitting a character.
    ///
    /// An escape sequence is kept whole; when text with escapes is cut, a reset (`ESC [0m`) is appended so a
    /// colour does not leak onto the next line.
    func clipped(toWidth width: Int) -> String {
        guard displayWidth > width else { return self }
        var result = ""
        var used = 0
        var escape = EscapeScanner()
        var sawEscape = false
        for character in self {
            if escape.consumes(character) {
                result.append(character)
                sawEscape = true
                continue
            }
            let columns = character.terminalColumns
            if used + columns > width { break }
            used += columns
            result.append(character)
        }
        return sawEscape ? result + "\u{1B}[0m" : result
    }

    /// This text without the spaces that padding left at its end.
    func trimmingTrailingSpaces() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
        return self[startIndex..<end]
    }

    /// This text padded with spaces to `width` columns; text already wider is returned unchanged.
    func padded(toWidth width: Int, alignment: ColumnAlignment) -> String {
        let missing = width - displayWidth
        guard missing > 0 else { return self }
        switch alignment {
        case .left: return self + String(repeating: " ", count: missing)
        case .right: return String(repeating: " ", count: missing) + self
        case .center:
            let before = missing / 2
            return String(repeating: " ", count: before) + self + String(repeating: " ", count: missing - before)
        }
    }
}

/// Recognises ANSI escape sequences one character at a time: `ESC [` parameters and a final byte in
/// `@`…`~` (ECMA-48 §5.4), or `ESC` and one other character.
private struct EscapeScanner {
    private enum State { case text, afterEscape, inControlSequence }
    private var state = State.text

    /// Whether the character belongs to an escape sequence, updating the state.
    mutating func consumes(_ character: Character) -> Bool {
        switch state {
        case .text:
            if character == "\u{1B}" {
                state = .afterEscape
                return true
            }
            return false
        case .afterEscape:
            state = character == "[" ? .inControlSequence : .text
            return true
        case .inControlSequence:
            if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
                (0x40...0x7E).contains(scalar.value)
            {
                state = .text
            }
            return true
        }
    }
}

extension Character {
    /// Columns taken by this grapheme cluster on a terminal: 0, 1 or 2.
    var terminalColumns: Int {
        let scalars = unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x20 || (0x7F...0x9F).contains(first.value) { return 0 }
        if scalars.allSatisfy(\.isZeroWidth) { return 0 }
        // U+FE0F asks for emoji presentation, which terminals draw two columns wide.
        if scalars.contains(where: { $0.isWide || $0.value == 0xFE0F }) { return 2 }
        return 1
    }
}

extension Unicode.Scalar {
    /// Combining marks (including variation selectors), format characters (zero-width joiner…) and Hangul
    /// medial and final jamo, which draw on the preceding character.
    fileprivate var isZeroWidth: Bool {
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return (0x1160...0x11FF).contains(value)
        }
    }

    /// East Asian Width W or F (UAX #11), or emoji presented as pictures by default.
    fileprivate var isWide: Bool {
        if properties.isEmojiPresentation { return true }
        return Self.wideRanges.contains { $0.contains(value) }
    }

    /// Hangul Jamo, CJK radicals to Yi, Hangul syllables, CJK compatibility, vertical and small forms,
    /// fullwidth forms, pictographs, and the supplementary ideographic planes.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
        0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
