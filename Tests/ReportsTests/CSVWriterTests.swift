import Testing

@testable import Reports

@Suite("CSV")
struct CSVWriterTests {
    @Test("fields with commas, quotes, line breaks or edge spaces are quoted, quotes doubled")
    func quoting() {
        #expect(CSVWriter.field("plain") == "plain")
        #expect(CSVWriter.field("Résidence des Lilas") == "Résidence des Lilas")
        #expect(CSVWriter.field("a,b") == "\"a,b\"")
        #expect(CSVWriter.field("dit \"oui\"") == "\"dit \"\"oui\"\"\"")
        #expect(CSVWriter.field("deux\nlignes") == "\"deux\nlignes\"")
        #expect(CSVWriter.field("crlf\r\nici") == "\"crlf\r\nici\"")
        #expect(CSVWriter.field(" marge") == "\" marge\"")
        #expect(CSVWriter.field("") == "")
    }

    @Test("a whole file, exactly, with CRLF records")
    func exactFile() {
        let text = CSVWriter().render(
            header: ["time", "trust"], rows: [[2025, 0.41], [2025.25, .number(0.1 + 0.2)], [2025.5, .number(.nan)]])
        #expect(text == "time,trust\r\n2025.0,0.41\r\n2025.25,0.30000000000000004\r\n2025.5,NaN\r\n")
    }

    @Test("LF records when asked")
    func lineFeed() {
        #expect(CSVWriter(lineEnding: .lf).render(header: ["a"], rows: [["x"]]) == "a\nx\n")
    }

    @Test("numbers read back as the same Double and always use a dot")
    func numbersRoundTrip() {
        let values = [0.1, 1.0 / 3.0, -2.5e-8, 12345.678, 1e300, .leastNonzeroMagnitude, -0.0, Double.pi * 1e6]
        for value in values {
            let text = CSVWriter.number(value)
            #expect(!text.contains(","))
            #expect(Double(text) == value)
        }
        #expect(CSVWriter.number(.infinity) == "Inf")
        #expect(CSVWriter.number(-.infinity) == "-Inf")
    }

    @Test("every record reads back field for field")
    func roundTrip() {
        let rows: [[CSVValue]] = [
            ["Qualité, service", 0.62, "il a dit \"non\""],
            ["multi\nligne", -1.5e-7, ""],
            [" ", 3, "\"\""],
        ]
        let text = CSVWriter().render(header: ["nom", "valeur", "note"], rows: rows)
        let parsed = CSVParsing.records(text)
        #expect(parsed.count == 4)
        #expect(parsed[0] == ["nom", "valeur", "note"])
        #expect(parsed[1] == ["Qualité, service", "0.62", "il a dit \"non\""])
        #expect(parsed[2] == ["multi\nligne", "-1.5e-07", ""])
        #expect(parsed[3] == [" ", "3.0", "\"\""])
        #expect(Double(parsed[2][1]) == -1.5e-7)
    }
}
