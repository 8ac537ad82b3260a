import Testing

@testable import Reports

@Suite("Number formatting")
struct NumberFormattingTests {
    let french = NumberFormatting(language: .fr)
    let english = NumberFormatting(language: .en)

    @Test("French: comma for decimals, narrow no-break space for thousands")
    func frenchDecimal() {
        #expect(french.decimal(12345.678, fractionDigits: 2) == "12\u{202F}345,68")
        #expect(french.decimal(1_234_567, fractionDigits: 0) == "1\u{202F}234\u{202F}567")
        #expect(french.decimal(0.5, fractionDigits: 3) == "0,500")
        #expect(french.decimal(999, fractionDigits: 0) == "999")
    }

    @Test("English: dot for decimals, comma for thousands")
    func englishDecimal() {
        #expect(english.decimal(12345.678, fractionDigits: 2) == "12,345.68")
        #expect(english.decimal(1_000_000, fractionDigits: 0) == "1,000,000")
        #expect(english.decimal(100, fractionDigits: 1) == "100.0")
    }

    @Test("negative numbers take the minus sign, and a value rounding to zero takes none")
    func negatives() {
        #expect(french.decimal(-1234.5, fractionDigits: 1) == "−1\u{202F}234,5")
        #expect(english.decimal(-0.04, fractionDigits: 1) == "0.0")
    }

    @Test("years are written without grouping")
    func years() {
        #expect(french.decimal(2030, fractionDigits: 0, grouping: false) == "2030")
    }

    @Test("percentages")
    func percentages() {
        #expect(french.percent(0.125, fractionDigits: 1) == "12,5\u{202F}%")
        #expect(english.percent(0.125, fractionDigits: 1) == "12.5%")
        #expect(english.percent(0.42) == "42%")
    }

    @Test("differences carry an explicit sign, except zero")
    func differences() {
        #expect(english.signedDifference(1.23, fractionDigits: 1) == "+1.2")
        #expect(french.signedDifference(-0.4, fractionDigits: 1) == "−0,4")
        #expect(english.signedDifference(0.01, fractionDigits: 1) == "0.0")
        #expect(english.signedDifference(-0.01, fractionDigits: 1) == "0.0")
        #expect(french.signedDifference(2500, fractionDigits: 0) == "+2\u{202F}500")
    }

    @Test("non-finite values print as symbols, never as nan or inf")
    func nonFinite() {
        #expect(french.decimal(.nan, fractionDigits: 2) == "—")
        #expect(english.decimal(.infinity, fractionDigits: 2) == "∞")
        #expect(english.decimal(-.infinity, fractionDigits: 0) == "−∞")
        #expect(english.signedDifference(.infinity, fractionDigits: 1) == "+∞")
    }

    @Test("a negative count of decimals is treated as none")
    func clampedDigits() {
        #expect(english.decimal(3.7, fractionDigits: -2) == "4")
    }
}
