import EstateModel
import Foundation
import REPL
import Reports
import Testing

@Suite("REPL session commands")
struct SessionCommandTests {
    @Test("an unknown command is an error that names the closest command and leaves the session going")
    func unknownCommand() throws {
        var session = try makeSession()
        let outcome = session.execute("compre")
        #expect(outcome.isError)
        #expect(outcome.output.contains("Did you mean 'compare'?"))
        #expect(!outcome.shouldQuit)
        #expect(!session.execute("plans").isError)
    }

    @Test("comments and blank lines do nothing; quit and exit end the session")
    func commentsAndQuit() throws {
        var session = try makeSession()
        #expect(session.execute("# a comment") == CommandOutcome(output: ""))
        #expect(session.execute("   ") == CommandOutcome(output: ""))
        #expect(session.execute("quit").shouldQuit)
        #expect(session.execute("exit").shouldQuit)
    }

    @Test("help on a parameter shows its equation, units, range, meaning and source")
    func helpOnName() throws {
        var session = try makeSession()
        let text = session.succeed("help caretakers")
        #expect(text.contains("Unit: FTE"))
        #expect(text.hasPrefix("caretakers\n"), "no label: the name alone, not twice")
        #expect(text.contains("Value in the scenario: 5"))
        #expect(text.contains("Range:"))
        #expect(text.contains("Source:"))
        #expect(session.execute("help satisfction").output.contains("Did you mean 'satisfaction'?"))
    }

    @Test("set refuses a value outside the range and says the range")
    func setOutOfRange() throws {
        var session = try makeSession()
        let outcome = session.execute("set initial_trust 140")
        #expect(outcome.isError)
        #expect(outcome.output.contains("outside the range of initial_trust: 0 .. 100"))
        #expect(session.execute("changes").output.contains("No change"))
    }

    @Test("set on a misspelt parameter suggests the closest one")
    func setUnknown() throws {
        var session = try makeSession()
        let outcome = session.execute("set caretakrs 6")
        #expect(outcome.isError)
        #expect(outcome.output.contains("Did you mean 'caretakers'?"))
    }

    @Test("set on a lever points to action add")
    func setLever() throws {
        var session = try makeSession()
        #expect(session.execute("set lever_mediators 0.5").output.contains("action add mediators"))
    }

    @Test("undo and redo restore parameters exactly, and changes lists what is applied")
    func undoRedo() throws {
        var session = try makeSession()
        session.succeed("set caretakers 8")
        #expect(session.scenario.parameterValues["caretakers"] == 8)
        #expect(session.succeed("changes").contains("caretakers: 5 → 8"))
        session.succeed("undo")
        #expect(session.scenario.parameterValues["caretakers"] == 5)
        #expect(session.execute("changes").output.contains("No change"))
        session.succeed("redo")
        #expect(session.scenario.parameterValues["caretakers"] == 8)
        #expect(session.execute("redo").isError)
    }

    @Test("actions go to a new plan, not the baseline; bad levels are refused with the range")
    func buildPlan() throws {
        var session = try makeSession()
        #expect(session.execute("action add mediators level=0.5").output.contains("baseline"))
        session.succeed("plan new atelier")
        #expect(session.currentPlanName == "atelier")
        let added = session.succeed("action add mediators level=0.5 start=1 years=4")
        #expect(added.contains("mediators"))
        let plan = try #require(session.scenario.plans.first { $0.name == "atelier" })
        #expect(plan.actions == [Action(lever: "mediators", startMonth: 12, endMonth: 60, level: 0.5)])
        let refused = session.execute("action add caretakers level=9")
        #expect(refused.isError)
        #expect(refused.output.contains("outside its range 0 .. 3"))
        #expect(session.execute("action add mediatrs level=1").output.contains("Did you mean 'mediators'?"))
        session.succeed("action edit 1 level=0.8", "action remove 1")
        #expect(session.scenario.plans.first { $0.name == "atelier" }?.actions.isEmpty == true)
        session.succeed("undo", "undo")
        #expect(session.scenario.plans.first { $0.name == "atelier" }?.actions.first?.level == 0.5)
    }

    @Test("plan copy, rename and remove; the baseline cannot be removed")
    func planManagement() throws {
        var session = try makeSession()
        session.succeed("plan copy deux-axes variante", "plan rename variante essai")
        #expect(session.currentPlanName == "essai")
        #expect(session.scenario.plans.first { $0.name == "essai" }?.actions.count == 12)
        #expect(session.execute("plan remove statu-quo").isError)
        session.succeed("plan remove essai")
        #expect(session.currentPlanName == "statu-quo")
        #expect(session.execute("plan new copy").isError)
        #expect(session.execute("plan deux-axe").output.contains("Did you mean 'deux-axes'?"))
    }

    @Test("run shows the baseline beside the plan, the difference and the costs by funder")
    func runAgainstBaseline() throws {
        var session = try makeSession()
        session.succeed("plan deux-axes")
        let text = session.succeed("run 10")
        #expect(text.contains("plan 'deux-axes' against 'statu-quo', 10 years"))
        #expect(text.contains("statu-quo"))
        #expect(text.contains("Difference"))
        #expect(text.contains("State and city"))
        #expect(text.contains("landlord"))
        #expect(session.execute("run 0").output.contains("between 1 and 30"))
        #expect(session.execute("run 5 trst").output.contains("Did you mean 'trust'?"))
    }

    @Test("a prediction is revealed by the next run of its plan, against the model's value")
    func predictThenReveal() throws {
        var session = try makeSession()
        session.succeed("plan deux-axes", "predict trust 70 5")
        let text = session.succeed("run 10 trust")
        #expect(text.contains("Predictions and results, plan deux-axes"))
        #expect(!session.succeed("run 10 trust").contains("Predictions and results"))
    }

    @Test("compare with no argument compares every plan with the first")
    func compareAll() throws {
        var session = try makeSession()
        let text = session.succeed("compare years=5")
        for plan in ["statu-quo", "patrimoine", "vivre-ensemble", "deux-axes", "participation-seule"] {
            #expect(text.contains(plan))
        }
        #expect(text.contains("Cumulative costs by funder"))
        #expect(text.contains("values after 5 years"))
    }

    @Test("Ctrl-C during compare stops it and leaves the session as it was")
    func interruptedCompare() throws {
        var session = try makeSession()
        session.isInterrupted = { true }
        let outcome = session.execute("compare years=30")
        #expect(outcome.wasInterrupted)
        #expect(!outcome.isError)
        #expect(outcome.output.contains("unchanged"))
        session.isInterrupted = { false }
        #expect(session.execute("export csv /nonexistent/x.csv").output.contains("Nothing to export"))
    }

    @Test("survey shows the measured share, its interval and the model's value")
    func survey() throws {
        var session = try makeSession()
        let text = session.succeed("survey deux-axes 3 400 7")
        #expect(text.contains("400 respondents, seed 7"))
        #expect(text.contains("95% interval"))
        #expect(session.succeed("survey deux-axes 3 400 7") == text)
        #expect(session.execute("survey deux-axes 3 0").isError)
    }

    @Test("assumptions mark the parameters changed in the session")
    func assumptions() throws {
        var session = try makeSession()
        session.succeed("set caretaker_cost 50000")
        let text = session.succeed("assumptions caretaker_cost")
        #expect(text.contains("*"))
        #expect(text.contains("session"))
    }

    @Test("replay shows before and after the last change and leaves the state as it is")
    func replay() throws {
        var session = try makeSession()
        session.succeed("plan new atelier", "action add social_cohesion level=1")
        let text = session.succeed("replay")
        #expect(text.contains("before"))
        #expect(text.contains("after"))
        #expect(session.scenario.plans.first { $0.name == "atelier" }?.actions.count == 1)
    }

    @Test("lang switches messages to French")
    func language() throws {
        var session = try makeSession()
        session.succeed("lang fr")
        #expect(session.execute("compre").output.contains("Vouliez-vous dire « compare » ?"))
        #expect(session.execute("lang de").isError)
    }
}
