import EstateModel
import Foundation
import REPL
import Reports
import Testing

@Suite("REPL fits the terminal, exports fresh results, keeps the baseline read-only")
struct FittingAndSessionStateTests {
    @Test("compare with six plans on 100 columns splits the plans over tables that fit, each with the baseline")
    func compareFitsTheTerminal() throws {
        var session = try makeSession(language: .fr)
        session.width = 100
        let text = session.succeed("plan copy deux-axes essai", "compare")
        #expect(!text.hasPrefix("ERROR"))
        let widest = text.split(separator: "\n").map { String($0).displayWidth }.max() ?? 0
        #expect(widest <= 100)
        for plan in ["patrimoine", "vivre-ensemble", "deux-axes", "participation-seule", "essai"] {
            #expect(text.contains(plan))
        }
        // The baseline heads every outputs and cost table: at least four tables here.
        #expect(text.components(separatedBy: "statu-quo").count - 1 >= 4)
        // Labels are kept whole when splitting is enough.
        #expect(text.contains("Satisfaction globale"))
    }

    @Test("export after a change runs the plans again: the file matches the session, not the last run")
    func exportIsFresh() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var session = try makeSession()
        let before = folder.appendingPathComponent("before.csv").path
        let after = folder.appendingPathComponent("after.csv").path
        let rerun = folder.appendingPathComponent("rerun.csv").path
        session.succeed("plan copy deux-axes essai", "run 10", "export csv \(before)", "action remove 1", "export csv \(after)")
        session.succeed("run 10", "export csv \(rerun)")
        let afterText = try String(contentsOfFile: after, encoding: .utf8)
        #expect(afterText != (try String(contentsOfFile: before, encoding: .utf8)))
        #expect(afterText == (try String(contentsOfFile: rerun, encoding: .utf8)))
    }

    @Test("the baseline cannot be renamed, as it cannot be removed")
    func baselineKeepsItsName() throws {
        var session = try makeSession()
        let outcome = session.execute("plan rename statu-quo x")
        #expect(outcome.isError)
        #expect(outcome.output.contains("cannot be renamed"))
        session.succeed("plan statu-quo")
        #expect(session.execute("plan rename x").isError)
        #expect(session.scenario.plans.first?.name == "statu-quo")
    }

    @Test("a scenario that cannot be loaded is reported under one header")
    func loadFailureHeader() throws {
        var session = try makeSession(language: .fr)
        let outcome = session.execute("load nowhere")
        #expect(outcome.isError)
        #expect(!outcome.output.contains("Chargement impossible"))
        #expect(outcome.output.contains("nowhere"))
    }

    @Test("French grammar: exported plans listed with 'et', one year singular")
    func frenchGrammar() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var session = try makeSession(language: .fr)
        let path = folder.appendingPathComponent("f.csv").path
        let message = session.succeed("plan copy deux-axes essai", "run 10", "export csv \(path)")
        #expect(message == "Résultats exportés pour statu-quo et essai dans \(path).")
        #expect(session.execute("run 0").output.contains("Durée de 0 an :"))
    }

    @Test("French usage lines name their placeholders in French and keep the keywords users type")
    func frenchUsage() throws {
        var session = try makeSession(language: .fr)
        #expect(session.succeed("help help").hasPrefix("help [COMMANDE | NOM]"))
        #expect(session.succeed("help action").contains("action add LEVIER level=NIVEAU [start=ANNÉE]"))
        #expect(session.execute("save").output == "Usage : save FICHIER")
        #expect(session.execute("set").output.contains("PARAMÈTRE VALEUR"))
        var english = try makeSession()
        #expect(english.execute("save").output == "Usage: save FILE")
    }

    @Test("run starts every plan from the baseline's month 0, and money is in € in English too")
    func sharedStart() throws {
        var session = try makeSession()
        let baseline = session.succeed("run 10 charges_per_month")
        let plan = session.succeed("plan deux-axes", "run 10 charges_per_month")
        let row = { (text: String) in text.split(separator: "\n").first { $0.contains("€/dwelling/month") } }
        let baselineRow = try #require(row(baseline))
        let planRow = try #require(row(plan))
        // Indicator, unit, start: the third field is the shared start.
        let start = { (line: Substring) in line.split(separator: " ", omittingEmptySubsequences: true).dropFirst(2).first }
        #expect(start(baselineRow) != nil)
        #expect(start(baselineRow) == start(planRow))
    }

    @Test("levers on 100 columns wrap names at blanks, never inside a word")
    func leversKeepWords() throws {
        var session = try makeSession(language: .fr)
        session.width = 100
        let text = session.succeed("levers")
        #expect(text.contains("Résidentialisation"))
        #expect(text.split(separator: "\n").allSatisfy { String($0).displayWidth <= 100 })
    }

    @Test("after open, changes says which changes cannot be undone and undo explains why")
    func changesAfterOpen() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("s.json").path
        var session = try makeSession()
        session.succeed("plan new atelier", "action add mediators level=0.5", "save \(path)")
        var other = try makeSession()
        other.succeed("open \(path)")
        #expect(other.succeed("changes").contains("Before the session was saved (cannot be undone):"))
        let undo = other.execute("undo")
        #expect(undo.isError)
        #expect(undo.output.contains("the 2 changes made before it was saved are still listed"))
        other.succeed("plan new second")
        let log = other.succeed("changes")
        #expect(log.contains("Since the session was opened:\n3. "))
        #expect(!other.execute("undo").isError)
    }
}
