import Foundation
import Testing

/// The command line's own words: subcommands, a misspelt one, help in the user's language.
@Suite("Subcommands, end to end")
struct SubcommandTests {
    @Test("a misspelt subcommand gets the closest one instead of being taken for a scenario")
    func misspelt() throws {
        let outcome = try QuartierBinary.run(["runn", "kremlin-bicetre"])
        #expect(outcome.status == 64)
        #expect(outcome.errors == "Error: unknown command 'runn'. Did you mean 'run'? (quartier --help lists the commands)\n")
        #expect(outcome.output.isEmpty)
    }

    @Test("a scenario name as first argument still opens the REPL on it")
    func scenarioArgument() throws {
        let outcome = try QuartierBinary.run(["national-2011"], input: "plans\nquit\n")
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.contains("statu-quo"))
    }
}
