import Foundation
import Testing

/// `quartier run`, `compare`, `survey` and `export`, through the real binary.
@Suite("Estate commands, end to end")
struct EstateCommandsTests {
    static let outputs = [
        "satisfaction", "satisfaction_cleanliness", "satisfaction_equipment", "satisfaction_requests",
        "satisfaction_reception", "satisfaction_communication", "satisfaction_living_environment", "safety", "trust",
        "cohesion", "incivilities", "backlog", "handling_delay_days", "building_condition", "cleanliness", "turnover",
        "vacancy", "charges_per_month", "cost_cumulative",
    ]

    @Test("run --format csv has time in months, then the output identifiers, one row a month")
    func runCSV() throws {
        let outcome = try QuartierBinary.run(["run", "kremlin-bicetre", "--plan", "deux-axes", "--years", "2", "--format", "csv"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        let lines = outcome.output.split(separator: "\n")
        let header = lines.first.map { $0.split(separator: ",").map(String.init) } ?? []
        #expect(Array(header.prefix(Self.outputs.count + 1)) == ["time"] + Self.outputs)
        #expect(lines.count == 26, "a header and months 0 to 24")
        #expect(lines.last?.hasPrefix("24.0,") == true)
    }

    @Test("run without --plan runs the first plan, no action, and costs nothing")
    func runDefaultPlan() throws {
        let outcome = try QuartierBinary.run(["run", "kremlin-bicetre", "--format", "csv"])
        #expect(outcome.status == 0)
        let last = outcome.output.split(separator: "\n").last.map { $0.split(separator: ",") } ?? []
        #expect(last.first == "120.0")
        #expect(Double(String(last[Self.outputs.count])) == 0, "cost_cumulative of statu-quo")
    }

    @Test("run prints a table with the plan beside the baseline")
    func runTable() throws {
        let outcome = try QuartierBinary.run(["run", "kremlin-bicetre", "--plan", "patrimoine"])
        #expect(outcome.status == 0)
        #expect(outcome.output.contains("patrimoine"))
        #expect(outcome.output.contains("statu-quo"))
    }

    @Test("an unknown plan gets the closest name; bad options get their range")
    func errors() throws {
        let plan = try QuartierBinary.run(["run", "kremlin-bicetre", "--plan", "deux-axe"])
        #expect(plan.status == 1)
        #expect(plan.errors.contains("deux-axes"))
        let scenario = try QuartierBinary.run(["run", "kremlin-bicetr"])
        #expect(scenario.status == 1)
        #expect(scenario.errors.contains("kremlin-bicetre"))
        let years = try QuartierBinary.run(["run", "kremlin-bicetre", "--years", "50"])
        #expect(years.status != 0)
        #expect(years.errors.contains("--years must be between 1 and 30 (got 50)."))
    }

    @Test("compare shows every plan, the differences and the costs by funder")
    func compare() throws {
        let outcome = try QuartierBinary.run(["compare", "kremlin-bicetre"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        for plan in ["statu-quo", "patrimoine", "vivre-ensemble", "deux-axes", "participation-seule"] {
            #expect(outcome.output.contains(plan))
        }
        for funder in ["landlord", "tenants (charges)", "State and city"] {
            #expect(outcome.output.contains(funder), "funder \(funder)")
        }
        let two = try QuartierBinary.run(["compare", "kremlin-bicetre", "--plans", "statu-quo,deux-axes", "--years", "5"])
        #expect(two.status == 0)
        #expect(!two.output.contains("vivre-ensemble"))
    }

    @Test("survey is reproducible with a seed and changes with another")
    func survey() throws {
        let first = try QuartierBinary.run(["survey", "national-2011", "--year", "3", "--sample", "300", "--seed", "7"])
        let again = try QuartierBinary.run(["survey", "national-2011", "--year", "3", "--sample", "300", "--seed", "7"])
        let other = try QuartierBinary.run(["survey", "national-2011", "--year", "3", "--sample", "300", "--seed", "8"])
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output == again.output)
        #expect(first.output != other.output)
        #expect(first.output.contains("300"))
    }

    @Test("export writes the runs to a file, CSV or JSON by its name")
    func export() throws {
        let directory = try QuartierBinary.temporaryFolder()
        let csv = directory.appendingPathComponent("runs.csv")
        let json = directory.appendingPathComponent("runs.json")
        #expect(try QuartierBinary.run(["export", "kremlin-bicetre", csv.path, "--years", "1"]).status == 0)
        #expect(try QuartierBinary.run(["export", "kremlin-bicetre", json.path, "--plans", "deux-axes", "--years", "1"]).status == 0)
        let text = try String(contentsOf: csv, encoding: .utf8)
        #expect(text.hasPrefix("scenario,plan,month,year,satisfaction,"))
        let decoded = try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [[String: Any]]
        #expect(decoded?.count == 1)
        #expect(decoded?.first?["plan"] as? String == "deux-axes")
        let blocked = try QuartierBinary.run(["export", "kremlin-bicetre", directory.path, "--years", "1"])
        #expect(blocked.status == 1)
        #expect(FileManager.default.fileExists(atPath: csv.path), "a failed export leaves other files alone")
    }

    @Test("--outputs chooses the rows: the headline outputs by default, all, or a list with suggestions")
    func outputsOption() throws {
        let headline = try QuartierBinary.run(["compare", "kremlin-bicetre", "--years", "2"])
        let all = try QuartierBinary.run(["compare", "kremlin-bicetre", "--years", "2", "--outputs", "all"])
        let two = try QuartierBinary.run(["compare", "kremlin-bicetre", "--years", "2", "--outputs", "trust,vacancy"])
        #expect(headline.status == 0 && all.status == 0 && two.status == 0)
        #expect(all.output.split(separator: "\n").count > headline.output.split(separator: "\n").count)
        #expect(two.output.split(separator: "\n").count < headline.output.split(separator: "\n").count)
        let typo = try QuartierBinary.run(["compare", "kremlin-bicetre", "--outputs", "trst"])
        #expect(typo.status == 1)
        #expect(typo.errors.hasPrefix("error: Unknown output 'trst'. Did you mean 'trust'? Outputs: satisfaction, "))
        let csv = try QuartierBinary.run(["run", "kremlin-bicetre", "--years", "1", "--outputs", "trust,vacancy", "--format", "csv"])
        #expect(csv.output.hasPrefix("time,trust,vacancy\n"))
    }

    @Test("a plan named twice, a survey past 30 years and an export without a format are refused")
    func refusals() throws {
        let twice = try QuartierBinary.run(["compare", "kremlin-bicetre", "--plans", "deux-axes,deux-axes"])
        #expect(twice.status == 1)
        #expect(twice.errors.contains("Plan 'deux-axes' is named twice in --plans."))
        let late = try QuartierBinary.run(["survey", "kremlin-bicetre", "--year", "40"])
        #expect(late.status != 0)
        #expect(late.errors.contains("--year must be between 0 and 30."))
        let directory = try QuartierBinary.temporaryFolder()
        let text = directory.appendingPathComponent("out.txt")
        let unknown = try QuartierBinary.run(["export", "kremlin-bicetre", text.path])
        #expect(unknown.status == 1)
        #expect(unknown.errors.contains("does not say the format: end it with .csv or .json, or add --format csv|json."))
        #expect(!FileManager.default.fileExists(atPath: text.path))
    }
}
