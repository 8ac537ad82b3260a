import EstateModel
import Foundation
import REPL
import Testing

@Suite("REPL session files and exports")
struct SessionFileTests {
    @Test("a saved session reopens with its plans, parameters, current plan and change log")
    func roundTrip() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("atelier.json").path
        var session = try makeSession()
        session.succeed("set caretakers 7", "plan new atelier", "action add mediators level=0.4 until=6", "save \(path)")
        var other = try makeSession()
        other.succeed("open \(path)")
        #expect(other.currentPlanName == "atelier")
        #expect(other.scenario.parameterValues["caretakers"] == 7)
        #expect(other.scenario.plans.map(\.name) == session.scenario.plans.map(\.name))
        #expect(other.scenario.plans.last?.actions == [Action(lever: "mediators", startMonth: 0, endMonth: 72, level: 0.4)])
        #expect(other.succeed("changes").contains("caretakers: 5 → 7"))
    }

    @Test("a corrupt session file is refused and the session is unchanged")
    func corruptFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bad.json").path
        var session = try makeSession()
        session.succeed("set caretakers 7", "save \(path)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"caretakers\" : 7", with: "\"caretakers\" : 700").utf8)
            .write(to: URL(fileURLWithPath: path))
        var other = try makeSession()
        other.succeed("plan new mine")
        let refused = other.execute("open \(path)")
        #expect(refused.isError)
        #expect(refused.output.contains("not a valid Quartier session"))
        #expect(other.currentPlanName == "mine")
        try Data(text.prefix(text.count / 2).utf8).write(to: URL(fileURLWithPath: path))
        #expect(other.execute("open \(path)").output.contains("not valid JSON"))
        #expect(other.scenario.parameterValues["caretakers"] == 5)
    }

    @Test("a session file's problems are told in the session's language, with the run-length limit")
    func frenchProblems() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("long.json").path
        var session = try makeSession(language: .fr)
        session.succeed("set caretakers 7", "save \(path)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "\"caretakers\" : 7", with: "\"caretakers\" : 700")
            .replacingOccurrences(of: "\"years\" : 10", with: "\"years\" : 40")
        #expect(edited != text)
        try Data(edited.utf8).write(to: URL(fileURLWithPath: path))
        let refused = session.execute("open \(path)")
        #expect(refused.isError)
        #expect(refused.output.contains("n'est pas une séance Quartier valide"))
        #expect(refused.output.contains("« caretakers » = 700 est hors limites"))
        #expect(refused.output.contains("une durée de 40 ans hors de 1 .. 30"))
    }

    @Test("export writes the last runs as CSV and JSON")
    func export() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var session = try makeSession()
        session.succeed("compare patrimoine years=2")
        let csv = folder.appendingPathComponent("out.csv").path
        let json = folder.appendingPathComponent("out.json").path
        session.succeed("export csv \(csv)", "export json \(json)")
        let lines = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n")
        #expect(lines.first?.hasPrefix("scenario,plan,month,year,satisfaction") == true)
        #expect(lines.count == 1 + 2 * 25)
        let decoded = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [[String: Any]]
        #expect(decoded?.map { $0["plan"] as? String } == ["statu-quo", "patrimoine"])
    }
}
