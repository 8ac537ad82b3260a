import Testing

@testable import LineEditing

@Suite("Completion")
struct CompletionTests {
    @Test("the words before the one being completed are split on blanks")
    func precedingWords() {
        let context = CompletionContext(textBeforeCursor: "plan  add réno", word: "réno")
        #expect(context.precedingWords == ["plan", "add"])
        #expect(!context.isFirstWord)
    }

    @Test("the first word, even after leading blanks, is the command")
    func firstWord() {
        #expect(CompletionContext(textBeforeCursor: "  ru", word: "ru").isFirstWord)
        #expect(CompletionContext(textBeforeCursor: "", word: "").isFirstWord)
    }

    @Test("after a blank the word is empty and every earlier word precedes it")
    func afterBlank() {
        let context = CompletionContext(textBeforeCursor: "compare été ", word: "")
        #expect(context.precedingWords == ["compare", "été"])
    }

    @Test("only candidates starting with the typed word are kept, sorted once each")
    func filtersCandidates() throws {
        let matches = try #require(
            CompletionMatches(word: "r", proposals: ["run", "help", "rename", "run", "quit"]))
        #expect(matches.candidates == ["rename", "run"])
        #expect(matches.replacement == "r")
    }

    @Test("the replacement is the common prefix of accented candidates, cut between characters")
    func accentedCommonPrefix() throws {
        let shared = try #require(CompletionMatches(word: "é", proposals: ["éléphant", "élan", "été"]))
        #expect(shared.replacement == "é")
        let longer = try #require(CompletionMatches(word: "é", proposals: ["éléphant", "élan"]))
        #expect(longer.replacement == "él")
        // "é" and "è" share their first UTF-8 byte; half a character must never be inserted.
        let none = try #require(CompletionMatches(word: "", proposals: ["éa", "èb"]))
        #expect(none.replacement == "")
    }

    @Test("a single candidate replaces the word entirely")
    func singleCandidate() throws {
        let matches = try #require(
            CompletionMatches(word: "réha", proposals: ["réhabilitation", "rénovation"]))
        #expect(matches.replacement == "réhabilitation")
        #expect(matches.candidates == ["réhabilitation"])
    }

    @Test("no candidate means no completion")
    func noCandidate() {
        #expect(CompletionMatches(word: "x", proposals: ["run", "help"]) == nil)
        #expect(CompletionMatches(word: "", proposals: [""]) == nil)
    }
}
