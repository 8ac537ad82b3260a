import Foundation
import Localization

/// Formats numbers for people in one language, with fixed rules rather than the platform's locale data.
///
/// Foundation's locale-dependent formatters change with the installed ICU data and the machine's locale
/// (this machine has no `fr_FR` locale at all), so tests and workshop handouts would drift. The rules here
/// are CLDR's for `fr` and `en` (CLDR 44, `numbers.symbols` and `decimalFormats`):
///
/// | | French | English |
/// |---|---|---|
/// | decimal separator | `,` | `.` |
/// | thousands separator | narrow no-break space U+202F | `,` |
/// | percent | `12,5 %` (U+202F before `%`) | `12.5%` |
///
/// Negative values use the minus sign U+2212, as typography asks and as CLDR does for French; machine
/// formats (CSV, JSON) never go through this type. Non-finite values print as `—` (no value), `∞` or `−∞`.
public struct NumberFormatting: Sendable, Hashable {
    /// The language whose conventions are used.
    public var language: Language

    /// Creates a formatter for a language.
    public init(language: Language) {
        self.language = language
    }

    /// The minus sign used for negative values.
    public static let minusSign = "\u{2212}"
    /// The decimal separator of the language.
    public var decimalSeparator: String { language == .fr ? "," : "." }
    /// The thousands separator of the language.
    public var groupingSeparator: String { language == .fr ? "\u{202F}" : "," }

    /// A number with a fixed count of decimals and grouped thousands: `12 345,68` or `12,345.68`.
    /// - Parameters:
    ///   - value: The number.
    ///   - fractionDigits: Decimals after the separator, clamped to 0…15 (a `Double` holds about 15–17
    ///     significant digits, so more would print noise).
    ///   - grouping: Whether thousands are separated; turn it off for years (`2030`, not `2 030`).
    public func decimal(_ value: Double, fractionDigits: Int, grouping: Bool = true) -> String {
        guard value.isFinite else { return nonFinite(value) }
        let (negative, magnitude) = rounded(value, fractionDigits: fractionDigits, grouping: grouping)
        return (negative ? Self.minusSign : "") + magnitude
    }

    /// A difference with an explicit sign: `+1,2`, `−0,4`; a difference that rounds to zero has no sign.
    public func signedDifference(_ value: Double, fractionDigits: Int) -> String {
        guard value.isFinite else { return value.isNaN ? nonFinite(value) : (value > 0 ? "+∞" : "−∞") }
        let (negative, magnitude) = rounded(value, fractionDigits: fractionDigits)
        if isZero(magnitude) { return magnitude }
        return (negative ? Self.minusSign : "+") + magnitude
    }

    /// A fraction shown as a percentage: `0.125` gives `12,5 %` or `12.5%`.
    public func percent(_ fraction: Double, fractionDigits: Int = 0) -> String {
        let number = decimal(fraction * 100, fractionDigits: fractionDigits)
        return language == .fr ? number + "\u{202F}%" : number + "%"
    }

    /// The magnitude rounded and grouped, and whether the rounded value is negative (so `−0,04` with one
    /// decimal gives `0,0`, not `−0,0`).
    private func rounded(_ value: Double, fractionDigits: Int, grouping: Bool = true)
        -> (negative: Bool, magnitude: String)
    {
        let digits = min(max(fractionDigits, 0), 15)
        // "%.*f" is correctly rounded by the C library and always uses "." here: swift-corelibs-foundation
        // formats with no locale unless one is passed.
        let plain = String(format: "%.\(digits)f", abs(value))
        let parts = plain.split(separator: ".", omittingEmptySubsequences: false)
        let integerPart = String(parts[0])
        var magnitude = grouping ? grouped(integerPart) : integerPart
        if parts.count > 1 { magnitude += decimalSeparator + parts[1] }
        return (value < 0 && !isZero(magnitude), magnitude)
    }

    /// Inserts the grouping separator every three digits from the right.
    private func grouped(_ digits: String) -> String {
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += groupingSeparator }
            result.append(digit)
        }
        return result
    }

    private func isZero(_ magnitude: String) -> Bool {
        magnitude.allSatisfy { $0 == "0" || !$0.isNumber }
    }

    private func nonFinite(_ value: Double) -> String {
        if value.isNaN { return "—" }
        return value > 0 ? "∞" : Self.minusSign + "∞"
    }
}
