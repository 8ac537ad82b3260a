import Foundation
import Testing

@Suite("REPL scripts through the quartier binary")
struct REPLScriptTests {
    @Test("the workshop transcript runs to the end and its saved session reopens")
    func workshop() throws {
        let folder = try QuartierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = QuartierBinary.packageRoot.appendingPathComponent("examples/workshop.txt").path
        let result = try QuartierBinary.run(["--script", script], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.isEmpty)
        for expected in [
            "Scenario kremlin-bicetre loaded.", "plan 'atelier' against 'statu-quo', 10 years",
            "Predictions and results, plan atelier", "Replaying 'Action added to plan atelier: participatory_audit",
            "Undone: mediator_cost", "Cumulative costs by funder", "Simulated survey, plan 'atelier': 400 respondents",
            "Session saved to workshop-session.json.",
        ] {
            #expect(result.output.contains(expected), "missing: \(expected)")
        }
        let reopened = try QuartierBinary.run([], input: "open workshop-session.json\nplan\n", in: folder)
        #expect(reopened.status == 0, "\(reopened.errors)")
        #expect(reopened.output.contains("5  request_handling"))
        let csv = try String(contentsOf: folder.appendingPathComponent("workshop-results.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("scenario,plan,month,year,satisfaction"))
    }

    @Test("piped commands run with no prompt and no history file")
    func pipedInput() throws {
        let folder = try QuartierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try QuartierBinary.run([], input: "plans\nrun 2 trust\n", in: folder)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("   Plan"))
        #expect(!result.output.contains("> "))
        #expect(result.output.contains("plan 'statu-quo', 2 years"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("state/quartier/history").path))
    }

    @Test("the first error stops a script with status 1 and names the line")
    func errorStops() throws {
        let folder = try QuartierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try QuartierBinary.run([], input: "lang en\ncompre\nplans\n", in: folder)
        #expect(result.status == 1)
        #expect(result.errors.contains("input:2: Unknown command 'compre'. Did you mean 'compare'?"))
        #expect(!result.output.contains("statu-quo"))
    }

    @Test("--continue-on-error runs every line but still exits with status 1")
    func continueOnError() throws {
        let folder = try QuartierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try QuartierBinary.run(["repl", "--continue-on-error"], input: "set initial_trust 140\nplans\n", in: folder)
        #expect(result.status == 1)
        #expect(result.errors.contains("outside the range of initial_trust: 0 .. 100"))
        #expect(result.output.contains("statu-quo"))
    }

    @Test("an unknown scenario fails at once with the closest name")
    func unknownScenario() throws {
        let folder = try QuartierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try QuartierBinary.run(["repl", "kremlin-bicetr"], in: folder)
        #expect(result.status == 1)
        #expect(result.errors.contains("Did you mean 'kremlin-bicetre'?"))
    }
}
