import Foundation
import Testing

@testable import Reports

@Suite("JSON")
struct JSONOutputTests {
    struct Result: Codable, Equatable {
        var scenario: String
        var trust: [Double]
        var cost: Double
    }

    @Test("keys are sorted, the text indented and ended by a newline")
    func layout() throws {
        let data = try JSONOutput.encode(Result(scenario: "Plan A/B", trust: [0.4, 0.5], cost: 1500))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasSuffix("}\n"))
        let keys = ["\"cost\"", "\"scenario\"", "\"trust\""].map { text.range(of: $0)?.lowerBound }
        #expect(keys.allSatisfy { $0 != nil })
        #expect(keys.compactMap { $0 } == keys.compactMap { $0 }.sorted())
        #expect(text.contains("\n  \"scenario\""))
        #expect(text.contains("Plan A/B"))
    }

    @Test("what is written decodes to the same value")
    func roundTrip() throws {
        let value = Result(scenario: "Résidence « Les Lilas »", trust: [0.1 + 0.2, 1e-9], cost: -3)
        let data = try JSONOutput.encode(value)
        #expect(try JSONDecoder().decode(Result.self, from: data) == value)
    }

    @Test("NaN and infinities become strings instead of failing")
    func nonFinite() throws {
        let text = String(decoding: try JSONOutput.encode([Double.nan, .infinity, -.infinity]), as: UTF8.self)
        #expect(text.contains("\"NaN\""))
        #expect(text.contains("\"Infinity\""))
        #expect(text.contains("\"-Infinity\""))
    }
}
