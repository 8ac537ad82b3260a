import Foundation

/// Encodes results as JSON for scripts and other programs, always the same way: keys sorted, indented, a
/// final newline, so two exports of the same results are identical and diff cleanly.
public enum JSONOutput {
    /// The JSON text of a value, as UTF-8 data ending with a newline.
    ///
    /// JSON has no NaN or infinity (RFC 8259 §6), and a diverging simulation can produce them; they are
    /// written as the strings `"NaN"`, `"Infinity"` and `"-Infinity"`, which Python's `json` module and
    /// JavaScript's `Number()` understand.
    /// - Throws: ``JSONOutputError`` when the value cannot be encoded.
    public static func encode<Value: Encodable>(_ value: Value) throws(JSONOutputError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        do {
            var data = try encoder.encode(value)
            data.append(UInt8(ascii: "\n"))
            return data
        } catch {
            throw JSONOutputError(reason: String(describing: error))
        }
    }
}
