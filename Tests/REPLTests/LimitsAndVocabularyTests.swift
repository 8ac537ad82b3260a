import EstateModel
import Foundation
import Localization
import REPL
import Reports
import Testing

@Suite("REPL limits, vocabulary and messages")
struct LimitsAndVocabularyTests {
    @Test("predict refuses years past the longest run and impossible values; a year past the run is 'not reached'")
    func predictLimits() throws {
        var session = try makeSession()
        #expect(session.execute("predict trust 150").isError)
        #expect(session.execute("predict incivilities -1").isError)
        #expect(session.execute("predict safety 70 40").isError)
        session.succeed("predict safety 70 20")
        let text = session.succeed("run 10")
        #expect(text.contains("not reached"))
    }

    @Test("a prediction without a year is about the horizon it was announced for, whatever the next run's")
    func predictionKeepsItsYear() throws {
        var session = try makeSession()
        session.succeed("table trust years=30")
        #expect(session.succeed("predict trust 55").contains("year 30"))
        let text = session.succeed("run 10 trust")
        #expect(text.contains("not reached (10-year run)"))
        // Not reached, it waits for a run that reaches its year.
        let longer = session.succeed("run 30 trust").split(separator: "\n")
        #expect(longer.contains { $0.hasPrefix("trust") && $0.contains("30") && $0.contains("55") && !$0.contains("not reached") })
    }

    @Test("quit, load and open warn once before discarding unsaved changes; repeating the command goes on")
    func unsavedChangesWarn() throws {
        var session = try makeSession(language: .fr)
        session.confirmsDiscardingChanges = true
        #expect(session.execute("quit").shouldQuit, "nothing to lose: quit at once")
        session.succeed("plan new atelier", "action add mediators level=0.3")
        let warning = session.execute("quit")
        #expect(!warning.shouldQuit && !warning.isError)
        #expect(warning.output.contains("Des modifications ne sont pas enregistrées") && warning.output.contains("« quit » (ou Ctrl-D) de nouveau"))
        #expect(session.execute("exit").shouldQuit, "repeating it (or its alias) leaves")
        #expect(session.succeed("load national-2011").contains("« load national-2011 » de nouveau"))
        session.succeed("plans")
        #expect(session.succeed("load national-2011").contains("de nouveau"), "another command in between: warned again")
        #expect(session.succeed("load national-2011").contains("national-2011"))
        #expect(session.scenario.name == "national-2011")
        session.succeed("set dwellings 450")
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        session.succeed("save \(folder.path)/s.json")
        #expect(session.execute("quit").shouldQuit, "saved: nothing to lose")
        session.succeed("undo")
        #expect(session.succeed("open \(folder.path)/s.json").contains("de nouveau"))
        session.succeed("redo")
        #expect(session.execute("quit").shouldQuit, "back to what was saved: nothing to lose")
        var script = try makeSession()
        script.succeed("set dwellings 450")
        #expect(script.execute("quit").shouldQuit, "a script does what it says")
    }

    @Test("mistakes get a useful reply: unknown keys, formats and filters, times in years, the current language")
    func usefulReplies() throws {
        var session = try makeSession(language: .fr)
        #expect(session.execute("table satisfaction plans=a").output == "Clé inconnue « plans ». Clés : years=.")
        #expect(session.execute("survey sampel=3").output.contains("Vouliez-vous dire « sample » ? Clés : year=, sample=, seed=."))
        #expect(session.execute("export xlsx r.xlsx").output.hasPrefix("Format d'export inconnu « xlsx » : csv (tableur) ou json."))
        #expect(session.succeed("assumptions dwelings") == "Aucun paramètre ne contient « dwelings ». Vouliez-vous dire « dwellings » ?")
        #expect(session.succeed("lang").hasPrefix("Langue : français."))
        session.succeed("plan new a")
        let error = session.execute("action add mediators level=0.2 start=5 until=3")
        #expect(error.isError && error.output.contains("se termine (année 3) avant de commencer (année 5)"), "\(error.output)")
        #expect(!error.output.contains("\n"), "one line, as a script reports it after FILE:LINE")
    }

    @Test("survey: beyond year 30 refused, the defaults come from SurveyWave, a single wave names its year")
    func surveyLimits() throws {
        var session = try makeSession()
        #expect(session.execute("survey statu-quo 50").isError)
        let text = session.succeed("survey statu-quo 6")
        #expect(text.contains("year 6"))
        #expect(text.contains("\(SurveyWave.defaultSampleSize) respondents, seed \(SurveyWave.defaultSeed)"))
    }

    @Test("actions: start past year 30 and years=0 refused; without years= the action lasts until year 30")
    func actionTimes() throws {
        var session = try makeSession()
        session.succeed("plan new atelier")
        #expect(session.execute("action add renovation level=0.2 start=40").output.contains("between year 0 and year 30"))
        #expect(session.execute("action add mediators level=0.5 years=0").output.contains("more than 0 years"))
        #expect(session.succeed("action add mediators level=0.5 start=2").contains("until=30"))
        #expect(session.succeed("help action").contains("until year 30"))
    }

    @Test("set on an output says it is not a parameter; a huge value is not echoed digit by digit")
    func setMessages() throws {
        var session = try makeSession()
        let output = session.execute("set satisfaction 50")
        #expect(output.isError && output.output.contains("not a parameter"))
        #expect(!output.output.contains("satisfaction_reference"))
        let huge = session.execute("set mediator_cost 1e99").output
        #expect(huge.count < 120)
        #expect(session.succeed("set mediator_cost 50000").contains("50,000"))
    }

    @Test("compare refuses a plan named twice; help on nonsense says where names are listed")
    func compareAndHelp() throws {
        var session = try makeSession()
        #expect(session.execute("compare statu-quo statu-quo").isError)
        #expect(session.execute("help nonsense").output.contains("'params'"))
    }

    @Test("save to an impossible path says 'Cannot write' once")
    func writeMessage() throws {
        var session = try makeSession()
        let text = session.execute("save /nonexistent/s.json").output
        #expect(text.components(separatedBy: "Cannot write").count == 2)
    }

    @Test("French estate: a space before the colon, French units")
    func frenchTypography() throws {
        var session = try makeSession(language: .fr)
        let text = session.succeed("estate")
        #expect(text.contains("Fichier : "))
        #expect(session.succeed("help caretakers").contains("Unité : ETP"))
    }

    @Test("help, plans and estate fit a 120-column terminal")
    func tablesFitWidth() throws {
        var session = try makeSession()
        session.width = 120
        for command in ["help", "plans", "estate", "levers", "params"] {
            let widest = session.succeed(command).split(separator: "\n").map(\.count).max() ?? 0
            #expect(widest <= 120, "\(command) is \(widest) columns wide")
        }
    }

    @Test("the year-by-year table names its columns in the user's language under the table")
    func tableLegend() throws {
        var french = try makeSession(language: .fr)
        let text = french.succeed("run", "table satisfaction safety")
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.suffix(2) == ["satisfaction : Satisfaction globale", "safety : Sentiment de sécurité"])
        var english = try makeSession()
        #expect(english.succeed("run", "table safety").hasSuffix("safety: Feeling safe"))
    }

    @Test("every report fits an 80-column terminal, in both languages: tables too wide become records")
    func reportsFitEightyColumns() throws {
        for language in [Language.fr, .en] {
            var session = try makeSession(language: language)
            session.width = 80
            session.succeed("set dwellings 450", "plan copy statu-quo essai", "action add mediators level=0.5", "predict safety 70")
            for command in [
                "help", "help run", "help satisfaction", "scenarios", "estate", "params", "assumptions", "levers", "plans", "plan",
                "run", "table satisfaction safety", "chart satisfaction", "compare", "survey", "predict", "changes", "replay",
            ] {
                let outcome = session.execute(command)
                #expect(!outcome.isError, "\(command): \(outcome.output)")
                let widest = outcome.output.split(separator: "\n").map { String($0).displayWidth }.max() ?? 0
                #expect(widest <= 80, "\(command) in \(language) is \(widest) columns wide")
            }
        }
        var session = try makeSession(language: .fr)
        session.width = 80
        let records = session.succeed("assumptions")
        #expect(records.contains("dwellings\n  Valeur      500\n  Unité    logement"), "one record per parameter, numbers aligned")
    }

    @Test("run beside the baseline on 80 columns stays a table: header on one line, labels wrapped, never cut")
    func runTableOnEightyColumns() throws {
        var session = try makeSession(language: .fr)
        session.width = 80
        let text = session.succeed("plan new a", "action add mediators level=0.3", "run")
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("Indicateur") && $0.contains("Écart") && $0.hasSuffix("Évolution") })
        #expect(!text.contains("…"), "labels are wrapped, not shortened")
        #expect(lines.contains { $0.hasPrefix("Satisfaction :") } && lines.contains("traitement des"), "a long label continues below")
        #expect(lines.allSatisfy { $0.displayWidth <= 80 })
        session.width = 50
        let narrow = session.succeed("run")
        #expect(narrow.contains("Satisfaction : traitement des demandes\n  Unité"), "too narrow for a table: one record per output")
    }

    @Test("compare on a terminal too narrow for two plans side by side gives one block per output, a line per plan")
    func compareByOutput() throws {
        var session = try makeSession(language: .fr)
        session.width = 50
        let text = session.succeed("compare")
        #expect(text.contains("Satisfaction globale (%)\n  statu-quo  "))
        #expect(text.contains("\n  deux-axes  "))
        #expect(text.split(separator: "\n").allSatisfy { String($0).displayWidth <= 50 })
        #expect(text.components(separatedBy: "statu-quo").count < 30, "the baseline is not repeated table after table")
    }

    @Test("compare keeps labels on a narrow terminal and in French, and shows average charges")
    func compareVocabulary() throws {
        var session = try makeSession(language: .fr)
        session.width = 120
        let text = session.succeed("compare years=10")
        #expect(text.contains("Satisfaction"))
        #expect(!text.contains("satisfaction_cleanliness"))
        #expect(text.contains("Charges moyennes"))
    }

    @Test("replay measures before and after against the baseline plan, so a dearer mediator does not read 0")
    func replayEfficiency() throws {
        var session = try makeSession()
        session.succeed("plan new atelier", "action add mediators level=0.5", "run 10", "set mediator_cost 60000")
        let text = session.succeed("replay")
        let row = try #require(text.split(separator: "\n").first { $0.contains("points per M€") })
        let cells = row.split(separator: " ").suffix(2).map(String.init)
        #expect(cells.count == 2 && !cells.contains("0.00") && !cells.contains("—"))
        #expect(cells.first != cells.last)
    }

    @Test("completion: only outputs after run, files after save")
    func completion() throws {
        let session = try makeSession()
        let vocabulary = session.vocabulary
        let afterRun = vocabulary.candidates(precedingWords: ["run", "10"])
        #expect(afterRun.contains("satisfaction"))
        #expect(!afterRun.contains("satisfaction_reference"))
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(FileManager.default.createFile(atPath: folder.appendingPathComponent("atelier.json").path, contents: Data()))
        let files = vocabulary.candidates(precedingWords: ["save"], word: folder.path + "/at")
        #expect(files.contains(folder.path + "/atelier.json"))
    }
}
