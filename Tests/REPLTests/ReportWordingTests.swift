import Testing

@Suite("REPL report wording")
struct ReportWordingTests {
    @Test("French titles write years the French way: 2,5 ans, an 2,5")
    func frenchYears() throws {
        var session = try makeSession(language: .fr)
        #expect(session.succeed("run 2.5").contains("2,5 ans"))
        #expect(session.succeed("survey year=2.5").contains("an 2,5"))
    }

    @Test("params lists values and ranges without the assumptions' origins and sources")
    func paramsWithoutOrigin() throws {
        var session = try makeSession()
        let params = session.succeed("params caretakers")
        let assumptions = session.succeed("assumptions caretakers")
        #expect(params.contains("caretakers"))
        #expect(!params.contains("Origin"))
        #expect(assumptions.contains("Origin"))
        #expect(session.execute("params nothing_like_this").output.contains("nothing_like_this"))
    }

    @Test("help for action states the longest run")
    func longestRunInHelp() throws {
        var session = try makeSession()
        #expect(session.succeed("help action").contains("years 0 to 30"))
    }
}
