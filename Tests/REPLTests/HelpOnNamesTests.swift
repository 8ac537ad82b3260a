import Testing
import REPL

/// `help NAME` on a stock: what the reader needs to see what moves it.
@Suite("Help on names")
struct HelpOnNamesTests {
    @Test("help on a stock gives its initial value, its flows and its meaning")
    func stock() throws {
        var session = try makeSession()
        let text = session.execute("help trust").output
        #expect(text.contains("Kind: stock"))
        #expect(text.contains("Initial value: initial_trust"))
        #expect(text.contains("Inflows: trust_change"))
        #expect(text.contains("Meaning: Share of tenants who trust their landlord"))
        var french = try makeSession(language: .fr)
        #expect(french.execute("help trust").output.contains("Valeur initiale : initial_trust"))
    }
}
