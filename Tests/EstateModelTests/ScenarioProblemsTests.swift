import Testing
@testable import EstateModel

@Suite("Scenario problems outside a file")
struct ScenarioProblemsTests {
    @Test("a sound scenario has no problem")
    func sound() throws {
        #expect(try TestSupport.scenario("kremlin-bicetre").problems(model: TestSupport.model()).isEmpty)
    }

    @Test("unknown parameters, levers, out-of-range values, missing or repeated plans and plan problems are each named")
    func problems() throws {
        let model = try TestSupport.model()
        let scenario = Scenario(
            name: "bad", parameterValues: ["caretakerz": 1, "lever_mediators": 0.5, "caretakers": -3],
            plans: [Plan(name: "a"), Plan(name: "a", actions: [Action(lever: "mediators", startMonth: 12, endMonth: 6, level: 0.5)])])
        let english = scenario.problems(model: model).map(\.en)
        #expect(english.count == 5)
        #expect(english.contains { $0.contains("unknown model parameter 'caretakerz'") && $0.contains("Did you mean 'caretakers'?") })
        #expect(english.contains { $0.contains("'lever_mediators' is a lever") })
        #expect(english.contains { $0.contains("'caretakers' = -3 is out of range") })
        #expect(english.contains { $0.contains("two plans are called 'a'") })
        #expect(english.contains { $0.contains("ends (year 0.5) before it starts (year 1)") })
        let french = Scenario(name: "empty", plans: []).problems(model: model).map(\.fr)
        #expect(french == ["le scénario n'a aucun plan ; ajoutez « plans: » avec au moins un plan « statu-quo » sans action."])
    }
}
