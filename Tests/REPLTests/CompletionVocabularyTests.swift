import REPL
import Testing

@Suite("REPL completion")
struct CompletionVocabularyTests {
    @Test("the first word completes commands; later words complete what the command takes")
    func candidates() throws {
        let vocabulary = try makeSession().vocabulary
        #expect(vocabulary.candidates(precedingWords: []).contains("compare"))
        #expect(vocabulary.candidates(precedingWords: ["load"]).contains("kremlin-bicetre"))
        #expect(vocabulary.candidates(precedingWords: ["plan"]).contains("deux-axes"))
        #expect(vocabulary.candidates(precedingWords: ["action", "add"]).contains("participatory_audit"))
        #expect(vocabulary.candidates(precedingWords: ["action", "add", "mediators"]).contains("level="))
        #expect(vocabulary.candidates(precedingWords: ["set"]).contains("caretakers"))
        #expect(!vocabulary.candidates(precedingWords: ["set"]).contains("lever_mediators"))
        #expect(vocabulary.candidates(precedingWords: ["run", "10"]).contains("trust"))
        #expect(vocabulary.candidates(precedingWords: ["lang"]) == ["fr", "en"])
    }

    @Test("a new plan becomes a completion")
    func newPlan() throws {
        var session = try makeSession()
        session.succeed("plan new atelier")
        #expect(session.vocabulary.candidates(precedingWords: ["compare"]).contains("atelier"))
    }
}
