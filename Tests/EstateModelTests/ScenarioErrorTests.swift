import Foundation
import Testing
@testable import EstateModel

@Suite("Scenario files: errors users can act on")
struct ScenarioErrorTests {
    func messages(_ yaml: String) throws -> [String] {
        try error(yaml)?.issues.map(\.description) ?? []
    }

    func frenchMessages(_ yaml: String) throws -> [String] {
        try error(yaml)?.issues.map { $0.text(in: .fr) } ?? []
    }

    func error(_ yaml: String) throws -> ScenarioError? {
        do {
            _ = try Scenario.parse(yaml: yaml, fileName: "bad.yaml", model: TestSupport.model())
            return nil
        } catch let error as ScenarioError {
            return error
        }
    }

    /// The error of loading a file holding `bytes`, which is removed afterwards.
    func loadError(_ bytes: [UInt8]) throws -> (path: String, error: ScenarioError?) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("quartier-\(UUID().uuidString).yaml").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try Scenario.load(path: path, model: TestSupport.model())
            return (path, nil)
        } catch let error as ScenarioError {
            return (path, error)
        }
    }

    static let plans = "plans:\n  - name: statu-quo\n    actions: []\n"

    @Test("a YAML syntax error gives file, line and column")
    func syntax() throws {
        let found = try messages("name: x\nestate:\n  dwellings: [1, 2\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("bad.yaml:") == true)
        #expect(found.first?.contains("YAML syntax") == true)
        let french = try frenchMessages("name: x\nestate:\n  dwellings: [1, 2\n")
        #expect(french.first?.hasPrefix("bad.yaml:") == true)
        #expect(french.first?.contains(" : erreur : syntaxe YAML : ") == true)
        #expect(french.first?.hasSuffix("Vérifiez l'indentation et le « : » après chaque clé.") == true)
    }

    @Test("an empty file names the file and says what a scenario is, in both languages")
    func emptyFile() throws {
        let keys = "name, description, estate, initial, parameters, state_city_share, plans"
        #expect(try messages("") == ["bad.yaml:1:1: error: the scenario file is empty. A scenario is a mapping with the keys \(keys)."])
        #expect(try frenchMessages("  \n") == [
            "bad.yaml:1:1 : erreur : le fichier de scénario est vide. Un scénario est un dictionnaire avec les clés \(keys)."
        ])
    }

    @Test("a binary file is named and recognised as not text, in both languages")
    func binaryFile() throws {
        let (path, error) = try loadError([0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF, 0xFE])
        #expect(error?.description == "\(path):1:1: error: this is not a text file in UTF-8 (it contains binary data). Is it the right file?")
        #expect(
            error?.text(in: .fr)
                == "\(path):1:1 : erreur : ce n'est pas un fichier texte en UTF-8 (il contient des données binaires). Est-ce le bon fichier ?")
    }

    @Test("a file that cannot be read is named")
    func missingFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("quartier-missing-\(UUID().uuidString).yaml").path
        do {
            _ = try Scenario.load(path: path, model: TestSupport.model())
            Issue.record("a missing file loaded")
        } catch let error as ScenarioError {
            #expect(error.description.hasPrefix("\(path):1:1: error: cannot read this scenario file"))
            #expect(error.text(in: .fr).hasPrefix("\(path):1:1 : erreur : impossible de lire ce fichier de scénario"))
        }
    }

    @Test("an unknown key names the closest valid one and the allowed keys")
    func unknownKey() throws {
        let found = try messages("name: x\nestat:\n  dwellings: 100\n" + Self.plans)
        #expect(found == [
            "bad.yaml:2:1: error: unknown key 'estat' in the top level. Did you mean 'estate'? "
                + "Allowed: name, description, estate, initial, parameters, state_city_share, plans."
        ])
    }

    @Test("in French, messages use French words, quotes and a space before colons and question marks")
    func unknownKeyInFrench() throws {
        let found = try frenchMessages("name: x\nestat:\n  dwellings: 100\n" + Self.plans)
        #expect(found == [
            "bad.yaml:2:1 : erreur : clé inconnue « estat » dans le niveau principal. Vouliez-vous dire « estate » ? "
                + "Autorisées : name, description, estate, initial, parameters, state_city_share, plans."
        ])
    }

    @Test("every issue is listed, one per line, in each language")
    func everyIssueInEachLanguage() throws {
        let error = try #require(try error("estate:\n  dwellings: many\n  lifts: 0.5x\n" + Self.plans))
        #expect(error.text(in: .en) == """
            bad.yaml:2:14: error: 'dwellings' must be a number, not 'many'.
            bad.yaml:3:10: error: 'lifts' must be a number, not '0.5x'.
            """)
        #expect(error.text(in: .fr) == """
            bad.yaml:2:14 : erreur : « dwellings » doit être un nombre, pas « many ».
            bad.yaml:3:10 : erreur : « lifts » doit être un nombre, pas « 0.5x ».
            """)
    }

    @Test("a wrong type says what was expected")
    func wrongType() throws {
        let found = try messages("estate:\n  dwellings: many\n" + Self.plans)
        #expect(found == ["bad.yaml:2:14: error: 'dwellings' must be a number, not 'many'."])
    }

    @Test("a value out of range gives the allowed range")
    func outOfRange() throws {
        let found = try messages("estate:\n  dwellings: 5\n" + Self.plans)
        #expect(found == ["bad.yaml:2:14: error: 'dwellings' = 5 is out of range: allowed 20 .. 20000 (Dwellings on the estate)."])
    }

    @Test("an unknown lever names the closest lever")
    func unknownLever() throws {
        let yaml = "plans:\n  - name: p\n    actions:\n      - {lever: cleaning, start_year: 0, duration_years: 1, level: 0.5}\n"
        let found = try messages(yaml)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("bad.yaml:4:17: error: unknown lever 'cleaning'.") == true)
        #expect(found.first?.contains("Levers: renovation, residentialisation") == true)
    }

    @Test("a lever level out of range gives the lever's range and unit")
    func levelOutOfRange() throws {
        let yaml = "plans:\n  - name: p\n    actions:\n      - {lever: caretakers, start_year: 0, duration_years: 1, level: 9}\n"
        #expect(try messages(yaml) == [
            "bad.yaml:4:70: error: level 9 of 'caretakers' is out of range: allowed 0 .. 3 (extra FTE per 100 dwellings)."
        ])
    }

    @Test("overlapping actions on the same lever are refused")
    func overlap() throws {
        let yaml = """
            plans:
              - name: p
                actions:
                  - {lever: mediators, start_year: 0, duration_years: 3, level: 0.2}
                  - {lever: mediators, start_year: 2, duration_years: 3, level: 0.4}

            """
        #expect(try messages(yaml) == [
            "bad.yaml:5:9: error: in plan 'p', this 'mediators' action (years 2-5) overlaps another on the same "
                + "lever (years 0-3); make the periods follow each other."
        ])
    }

    @Test("an action that ends before it starts is refused")
    func endsBeforeStart() throws {
        let yaml = "plans:\n  - name: p\n    actions:\n      - {lever: mediators, start_year: 3, until_year: 2, level: 0.2}\n"
        #expect(try messages(yaml) == [
            "bad.yaml:4:55: error: the 'mediators' action ends (year 2) before it starts (year 3); "
                + "the end must come after the start."
        ])
    }

    @Test("an unknown model parameter names the closest one; levers cannot be set as parameters")
    func parameters() throws {
        let found = try messages("parameters:\n  trust_build_tme: 30\n  lever_mediators: 1\n" + Self.plans)
        #expect(found == [
            "bad.yaml:2:3: error: unknown model parameter 'trust_build_tme'. Did you mean 'trust_build_time'? "
                + "See docs/model-reference.md for the parameters.",
            "bad.yaml:3:3: error: 'lever_mediators' is a lever: set it through a plan's actions, not under 'parameters'.",
        ])
    }

    @Test("an unknown plan or scenario name suggests the closest")
    func unknownPlanAndScenario() throws {
        let scenario = try TestSupport.scenario("kremlin-bicetre")
        #expect(throws: ScenarioError.self) { try scenario.plan(named: "deux-axe") }
        do {
            _ = try scenario.plan(named: "deux-axe")
        } catch let error as ScenarioError {
            #expect(error.description.contains("Did you mean 'deux-axes'?"))
            #expect(error.text(in: .fr).hasPrefix("erreur : Le scénario « kremlin-bicetre »"))
            #expect(error.text(in: .fr).contains("n'a pas de plan « deux-axe ». Vouliez-vous dire « deux-axes » ? Plans : statu-quo,"))
        }
        do {
            _ = try ScenarioLocator.resolve("kremlin-bicetr")
            Issue.record("a misspelt scenario name was found")
        } catch let error as ScenarioError {
            #expect(error.description.contains("No scenario file or name 'kremlin-bicetr'"))
            #expect(error.text(in: .fr).contains("Aucun fichier ni nom de scénario « kremlin-bicetr »"))
            #expect(error.text(in: .fr).contains("Vouliez-vous dire « kremlin-bicetre » ?"))
        }
    }

    @Test("plans edited in memory are re-validated before a run")
    func editedPlanIsValidated() throws {
        let model = try TestSupport.model()
        var plan = Plan(name: "essai")
        plan.add(Action(lever: "mediators", startYear: 0, durationYears: 2, level: 5))
        #expect(plan.problems(model: model).map(\.en) == [
            "plan 'essai', action 1: level 5 of 'mediators' is outside its range 0 .. 1 (FTE per 100 dwellings)."
        ])
        #expect(plan.problems(model: model).map(\.fr).first?.hasPrefix(
            "plan « essai », action 1 : le niveau 5 de « mediators » sort de son intervalle 0 .. 1 (") == true)
        #expect(throws: ScenarioError.self) { try model.run(Scenario(name: "s"), plan: plan) }
        plan.replaceAction(at: 0, with: Action(lever: "mediators", startYear: 0, durationYears: 2, level: 0.5))
        #expect(plan.problems(model: model).isEmpty)
    }

    @Test("the shipped scenarios load without problems and start with statu-quo")
    func shippedScenarios() throws {
        for name in ["national-2011", "kremlin-bicetre", "grand-ensemble-anru"] {
            let scenario = try TestSupport.scenario(name)
            #expect(scenario.plans.first?.name == "statu-quo")
            #expect(scenario.plans.first?.actions.isEmpty == true)
        }
        #expect(try TestSupport.scenario("kremlin-bicetre").plans.map(\.name) == [
            "statu-quo", "patrimoine", "vivre-ensemble", "deux-axes", "participation-seule",
        ])
    }
}
