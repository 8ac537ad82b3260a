import Testing

@testable import Reports

@Suite("Colour policy")
struct StylingTests {
    @Test("colour on a terminal with no objection")
    func terminal() {
        #expect(Styling.detect(isTerminal: true, environment: ["TERM": "xterm-256color"]).colour)
        #expect(Styling.detect(isTerminal: true, environment: [:]).colour)
    }

    @Test("never colour when output is not a terminal")
    func pipe() {
        #expect(!Styling.detect(isTerminal: false, environment: ["TERM": "xterm-256color"]).colour)
    }

    @Test("NO_COLOR with any non-empty value turns colour off; an empty one does not")
    func noColour() {
        #expect(!Styling.detect(isTerminal: true, environment: ["NO_COLOR": "1"]).colour)
        #expect(!Styling.detect(isTerminal: true, environment: ["NO_COLOR": "false"]).colour)
        #expect(Styling.detect(isTerminal: true, environment: ["NO_COLOR": ""]).colour)
    }

    @Test("a dumb terminal gets no colour")
    func dumb() {
        #expect(!Styling.detect(isTerminal: true, environment: ["TERM": "dumb"]).colour)
    }

    @Test("styles are ANSI SGR sequences, and nothing at all when colour is off")
    func apply() {
        #expect(Styling(colour: true).apply(.bold, to: "Base") == "\u{1B}[1mBase\u{1B}[0m")
        #expect(Styling(colour: true).apply(.red, to: "−2") == "\u{1B}[31m−2\u{1B}[0m")
        #expect(Styling.plain.apply(.green, to: "+2") == "+2")
        #expect(Styling(colour: true).apply(nil, to: "x") == "x")
    }
}

@Suite("Terminal width")
struct TerminalWidthTests {
    @Test("COLUMNS wins when it is a positive number")
    func columns() {
        #expect(TerminalWidth.detect(environment: ["COLUMNS": "132"], isTerminal: false) == 132)
    }

    @Test("80 columns when nothing says otherwise and output is not a terminal")
    func fallback() {
        #expect(TerminalWidth.detect(environment: [:], isTerminal: false) == 80)
        #expect(TerminalWidth.detect(environment: ["COLUMNS": "wide"], isTerminal: false) == 80)
        #expect(TerminalWidth.detect(environment: ["COLUMNS": "0"], isTerminal: false) == 80)
        #expect(TerminalWidth.detect(environment: ["COLUMNS": "-5"], isTerminal: false) == 80)
    }
}

@Suite("Display width")
struct DisplayWidthTests {
    @Test("accented letters take one column, precomposed or combining")
    func accents() {
        #expect("Sûreté".displayWidth == 6)
        #expect("Su\u{302}rete\u{301}".displayWidth == 6)
        #expect("Écart".displayWidth == 5)
    }

    @Test("East Asian wide characters and emoji take two columns")
    func wide() {
        #expect("日本".displayWidth == 4)
        #expect("ｘ".displayWidth == 2)
        #expect("👍".displayWidth == 2)
        #expect("👨‍👩‍👧".displayWidth == 2)
    }

    @Test("escape sequences and control characters take no column")
    func invisible() {
        #expect("\u{1B}[1mBase\u{1B}[0m".displayWidth == 4)
        #expect("a\u{7}b".displayWidth == 2)
        #expect("".displayWidth == 0)
    }

    @Test("the narrow no-break space of French numbers takes one column")
    func narrowSpace() {
        #expect("12\u{202F}345".displayWidth == 6)
    }
}
