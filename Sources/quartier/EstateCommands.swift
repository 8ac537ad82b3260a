import ArgumentParser
import EstateModel
import Foundation
import Reports

/// Output formats of `run`.
enum RunFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

/// What every estate subcommand shares: the scenario argument and the horizon.
struct ScenarioOptions: ParsableArguments {
    @Argument(help: "A scenario file, or the name of one in Scenarios/ (see `quartier repl` then `scenarios`).")
    var scenario: String

    @Option(help: "Horizon in years, 1 to 30 (default 10, the PSP horizon).")
    var years: Double = 10

    func validate() throws {
        guard (1...30).contains(years) else {
            throw ValidationError(
                Console.language == .fr
                    ? "--years doit être compris entre 1 et 30 (reçu \(years))."
                    : "--years must be between 1 and 30 (got \(years)).")
        }
    }

    /// The bundled estate model and the scenario, or a message on standard error and exit code 1.
    func load() throws -> (EstateModel, Scenario) {
        try reportingFailure {
            let model = try EstateModel.bundled()
            return (model, try Scenario.named(scenario, model: model))
        }
    }
}

/// The style of reports on standard output: the user's language, colour only on a terminal.
var standardOutputStyle: ReportStyle {
    ReportStyle(language: Console.language, styling: .forStandardOutput(), width: TerminalWidth.forStandardOutput())
}

/// Runs `body`; any error is printed on standard error for the user and becomes exit code 1.
func reportingFailure<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let exit as ExitCode {
        throw exit
    } catch {
        Console.error(String(describing: error))
        throw ExitCode.failure
    }
}

/// `quartier run SCENARIO [--plan NAME] [--years N] [--format table|csv|json]`.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Project one plan of a scenario over N years (default: its first plan, no action).")

    @OptionGroup var options: ScenarioOptions

    @Option(help: "The plan to run (default: the scenario's first plan, by convention no action).")
    var plan: String?

    @Option(help: "table, csv (time in months, then the outputs) or json.")
    var format: RunFormat = .table

    func run() throws {
        let (model, scenario) = try options.load()
        try reportingFailure {
            let run = try model.run(scenario, planNamed: plan, years: options.years)
            switch format {
            case .table:
                let baseline = run.plan.name == scenario.plans.first?.name ? nil : try model.run(scenario, planNamed: nil, years: options.years)
                Console.outputLine(PlanRunReport.render(run, baseline: baseline, outputs: model.outputs, style: standardOutputStyle))
            case .csv:
                let series = OutputVariable.identifiers.map { run.series($0) ?? [] }
                let rows: [[CSVValue]] = run.months.indices.map { row in
                    [.number(run.months[row])] + series.map { .number($0[row]) }
                }
                Console.output(CSVWriter(lineEnding: .lf).render(header: ["time"] + OutputVariable.identifiers, rows: rows))
            case .json:
                Console.output(String(decoding: try PlanRunExport.json([run]), as: UTF8.self))
            }
        }
    }
}

/// `quartier compare SCENARIO [--plans a,b,…] [--years N]`.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare plans side by side: outputs, difference to the first plan, costs by funder.")

    @OptionGroup var options: ScenarioOptions

    @Option(help: "Comma-separated plan names; the first is the baseline (default: every plan of the scenario).")
    var plans: String?

    func run() throws {
        let (model, scenario) = try options.load()
        try reportingFailure {
            let names = plans.map { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }
            let comparison = try model.compare(scenario, planNames: names, years: options.years)
            Console.outputLine(ComparisonReport.render(comparison, outputs: model.outputs, style: standardOutputStyle))
        }
    }
}

/// `quartier survey SCENARIO [--plan NAME] [--year Y] [--sample N] [--seed S]`.
struct SurveyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: "Simulate the triennial tenant satisfaction survey: share satisfied per domain with its 95% interval.")

    @OptionGroup var options: ScenarioOptions

    @Option(help: "The plan (default: the scenario's first plan).")
    var plan: String?

    @Option(help: "One wave at this year (default: every third year, as the HLM triennial surveys).")
    var year: Double?

    @Option(help: "Tenants interviewed per wave.")
    var sample: Int = 400

    @Option(help: "Seed of the sampling: the same seed gives the same answers.")
    var seed: UInt64 = 2011

    func validate() throws {
        guard sample >= 1 && sample <= 1_000_000 else {
            throw ValidationError(
                Console.language == .fr ? "--sample doit être compris entre 1 et 1 000 000." : "--sample must be between 1 and 1,000,000.")
        }
    }

    func run() throws {
        let (model, scenario) = try options.load()
        try reportingFailure {
            let horizon = max(options.years, year ?? 0)
            let run = try model.run(scenario, planNamed: plan, years: horizon)
            let waves: [SurveyWave]
            if let year {
                guard year >= 0, let wave = SurveyWave(run: run, month: year * 12, sampleSize: sample, seed: seed) else {
                    throw ValidationError(
                        Console.language == .fr ? "--year doit être compris entre 0 et 30." : "--year must be between 0 and 30.")
                }
                waves = [wave]
            } else {
                waves = SurveyWave.triennial(run: run, sampleSize: sample, seed: seed)
            }
            Console.outputLine(SurveyReport.render(waves, plan: run.plan.name, model: model, style: standardOutputStyle))
        }
    }
}

/// Formats of `export`.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, json
}

/// `quartier export SCENARIO OUT [--plans a,b] [--years N] [--format csv|json]`: results of plans to a file.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the outputs of plans over time (and their costs, in JSON) to a file, atomically.")

    @OptionGroup var options: ScenarioOptions

    @Argument(help: "The file to write (.csv or .json).")
    var output: String

    @Option(help: "Comma-separated plan names (default: every plan of the scenario).")
    var plans: String?

    @Option(help: "csv or json (default: from the file name, else csv).")
    var format: ExportFormat?

    func run() throws {
        let (model, scenario) = try options.load()
        try reportingFailure {
            let names = plans.map { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }
            let runs = try model.compare(scenario, planNames: names, years: options.years).runs
            let chosen = format ?? (output.lowercased().hasSuffix(".json") ? .json : .csv)
            let data = chosen == .json ? try PlanRunExport.json(runs) : Data(PlanRunExport.csv(runs).utf8)
            do {
                try AtomicFileWriter.write(data, to: URL(fileURLWithPath: output))
            } catch let error as FileWriteError {
                throw ValidationError(error.text(in: Console.language))
            }
        }
    }
}
