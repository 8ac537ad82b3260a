import EstateModel
import Reports
import Testing

@Suite("Plan run export")
struct PlanRunExportTests {
    @Test("timeSeriesCSV: a time column then the outputs, one LF-ended row per saved month, full precision")
    func timeSeries() throws {
        let model = try EstateModel.bundled()
        let scenario = try Scenario.named(scenariosFolder() + "/kremlin-bicetre.yaml", model: model)
        let run = try model.run(scenario, planNamed: nil, years: 2)
        let text = PlanRunExport.timeSeriesCSV(run, outputs: ["satisfaction", "no_such_output"])
        #expect(!text.contains("\r"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(lines.first == "time,satisfaction,no_such_output")
        #expect(lines.count == run.months.count + 1)
        let last = try #require(lines.last).split(separator: ",", omittingEmptySubsequences: false)
        #expect(last.count == 3)
        #expect(Double(String(last[0])) == run.months.last)
        #expect(Double(String(last[1])) == run.finalValue("satisfaction"))
        #expect(last[2].isEmpty)
    }
}
