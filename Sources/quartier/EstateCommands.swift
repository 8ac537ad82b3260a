import ArgumentParser
import EstateModel
import Foundation
import Reports
import SystemDynamics

/// The plan names of a `--plans a,b,…` option; a plan named twice is refused.
func planNames(_ option: String?) throws -> [String]? {
    guard let option else { return nil }
    let names = option.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
    if let twice = names.first(where: { name in names.filter { $0 == name }.count > 1 }) {
        throw ValidationError(
            Console.localized(fr: "Le plan « \(twice) » est cité deux fois dans --plans.", en: "Plan '\(twice)' is named twice in --plans."))
    }
    return names
}

/// Output formats of `run`.
enum RunFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

/// What every estate subcommand shares: the scenario argument and the horizon.
struct ScenarioOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(Console.localized(fr: "Un fichier de scénario, ou le nom d'un scénario de Scenarios/ (voir `quartier repl` puis `scenarios`).", en: "A scenario file, or the name of one in Scenarios/ (see `quartier repl` then `scenarios`).")))
    var scenario: String

    @Option(help: ArgumentHelp(Console.localized(fr: "Horizon en années, de 1 à 30 (10 : l'horizon du PSP).", en: "Horizon in years, 1 to 30 (10: the PSP horizon).")))
    var years: Double = 10

    func validate() throws {
        guard (1...EstateModel.maximumYears).contains(years) else {
            let got = NumberFormatting(language: Console.language).decimal(years, fractionDigits: years == years.rounded() ? 0 : 2)
            throw ValidationError(
                Console.localized(fr: "--years doit être compris entre 1 et 30 (reçu \(got)).", en: "--years must be between 1 and 30 (got \(got))."))
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

/// Which outputs a table shows: the headline outputs by default, `all`, or a list.
struct OutputSelection: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            Console.localized(
                fr: "Indicateurs affichés, séparés par des virgules, ou « all » (tables : les principaux par défaut ; csv et json : tous).",
                en: "Outputs shown, comma-separated, or 'all' (tables: the headline outputs by default; csv and json: all).")))
    var outputs: String?

    /// For files (CSV, JSON): the chosen identifiers, every output by default.
    func identifiers(from model: EstateModel) throws -> [String] {
        outputs == nil ? OutputVariable.identifiers : try chosen(from: model).map(\.id)
    }

    /// For tables: the chosen outputs (the headline outputs by default), or a message with the closest
    /// identifier and exit code 1.
    func chosen(from model: EstateModel) throws -> [OutputVariable] {
        guard let outputs else { return HeadlineOutputs.outputs(of: model) }
        if outputs == "all" { return model.outputs }
        return try outputs.split(separator: ",").map { word in
            let id = word.trimmingCharacters(in: .whitespaces)
            guard let output = model.outputs.first(where: { $0.id == id }) else {
                let hint = NameSuggestion.didYouMean(id, in: model.outputs.map(\.id)).text(in: Console.language)
                let all = model.outputs.map(\.id).joined(separator: ", ")
                throw ValidationError(
                    Console.localized(fr: "Indicateur inconnu « \(id) ».", en: "Unknown output '\(id)'.") + hint
                        + Console.localized(fr: " Indicateurs : \(all).", en: " Outputs: \(all)."))
            }
            return output
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
    } catch let error as ValidationError {
        // The command's own checks: the same `error:` prefix as the messages of the layers below.
        Console.error(Console.localized(fr: "erreur : ", en: "error: ") + error.message)
        throw ExitCode.failure
    } catch {
        Console.error(error)
        throw ExitCode.failure
    }
}

/// `quartier run SCENARIO [--plan NAME] [--years N] [--format table|csv|json]`.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: Console.localized(fr: "Projeter un plan d'un scénario sur N années (par défaut : son premier plan, sans action).", en: "Project one plan of a scenario over N years (default: its first plan, no action)."))

    @OptionGroup var options: ScenarioOptions

    @Option(help: ArgumentHelp(Console.localized(fr: "Le plan à projeter (par défaut : le premier plan du scénario, par convention sans action).", en: "The plan to run (default: the scenario's first plan, by convention no action).")))
    var plan: String?

    @Option(help: ArgumentHelp(Console.localized(fr: "table, csv (le temps en mois, puis chaque indicateur) ou json.", en: "table, csv (time in months, then every output) or json.")))
    var format: RunFormat = .table

    @OptionGroup var selection: OutputSelection

    func run() throws {
        let (model, scenario) = try options.load()
        try reportingFailure {
            let run = try model.run(scenario, planNamed: plan, years: options.years)
            switch format {
            case .table:
                let baseline = run.plan.name == scenario.plans.first?.name ? nil : try model.run(scenario, planNamed: nil, years: options.years)
                Console.outputLine(
                    PlanRunReport.render(run, baseline: baseline, outputs: try selection.chosen(from: model), style: standardOutputStyle))
            case .csv:
                Console.output(PlanRunExport.timeSeriesCSV(run, outputs: try selection.identifiers(from: model)))
            case .json:
                Console.output(String(decoding: try PlanRunExport.json([run], outputs: try selection.identifiers(from: model)), as: UTF8.self))
            }
        }
    }
}

/// `quartier compare SCENARIO [--plans a,b,…] [--years N]`.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: Console.localized(fr: "Comparer des plans côte à côte : indicateurs, écart au premier plan, coûts par financeur.", en: "Compare plans side by side: outputs, difference to the first plan, costs by funder."))

    @OptionGroup var options: ScenarioOptions

    @Option(help: ArgumentHelp(Console.localized(fr: "Noms de plans séparés par des virgules ; le premier sert de référence (par défaut : tous les plans du scénario).", en: "Comma-separated plan names; the first is the baseline (default: every plan of the scenario).")))
    var plans: String?

    @OptionGroup var selection: OutputSelection

    func run() throws {
        let (model, scenario) = try options.load()
        try reportingFailure {
            let names = try planNames(plans)
            let comparison = try model.compare(scenario, planNames: names, years: options.years)
            Console.outputLine(
                ComparisonReport.render(comparison, outputs: try selection.chosen(from: model), style: standardOutputStyle))
        }
    }
}

/// `quartier survey SCENARIO [--plan NAME] [--year Y] [--sample N] [--seed S]`.
struct SurveyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: Console.localized(fr: "Simuler l'enquête triennale de satisfaction : part de satisfaits par domaine, avec son intervalle à 95 %.", en: "Simulate the triennial tenant satisfaction survey: share satisfied per domain with its 95% interval."))

    @OptionGroup var options: ScenarioOptions

    @Option(help: ArgumentHelp(Console.localized(fr: "Le plan (par défaut : le premier plan du scénario).", en: "The plan (default: the scenario's first plan).")))
    var plan: String?

    @Option(help: ArgumentHelp(Console.localized(fr: "Une vague à cette année (par défaut : tous les trois ans, comme les enquêtes triennales Hlm).", en: "One wave at this year (default: every third year, as the HLM triennial surveys).")))
    var year: Double?

    @Option(help: ArgumentHelp(Console.localized(fr: "Locataires interrogés par vague.", en: "Tenants interviewed per wave.")))
    var sample: Int = SurveyWave.defaultSampleSize

    @Option(help: ArgumentHelp(Console.localized(fr: "Graine du tirage : la même graine donne les mêmes réponses.", en: "Seed of the sampling: the same seed gives the same answers.")))
    var seed: UInt64 = SurveyWave.defaultSeed

    func validate() throws {
        let numbers = NumberFormatting(language: Console.language)
        guard sample >= 1 && sample <= SurveyWave.maximumSampleSize else {
            let maximum = numbers.decimal(Double(SurveyWave.maximumSampleSize), fractionDigits: 0)
            throw ValidationError(
                Console.localized(fr: "--sample doit être compris entre 1 et \(maximum).", en: "--sample must be between 1 and \(maximum)."))
        }
        if let year, !(0...EstateModel.maximumYears).contains(year) {
            throw ValidationError(Console.localized(fr: "--year doit être compris entre 0 et 30.", en: "--year must be between 0 and 30."))
        }
    }

    func run() throws {
        let (model, scenario) = try options.load()
        try reportingFailure {
            let horizon = max(options.years, year ?? 0)
            let run = try model.run(scenario, planNamed: plan, years: horizon)
            let waves = SurveyWave.waves(run: run, year: year, sampleSize: sample, seed: seed)
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
        abstract: Console.localized(fr: "Écrire les indicateurs des plans dans le temps (et leurs coûts, en JSON) dans un fichier, de façon atomique.", en: "Write the outputs of plans over time (and their costs, in JSON) to a file, atomically."))

    @OptionGroup var options: ScenarioOptions

    @Argument(help: ArgumentHelp(Console.localized(fr: "Le fichier à écrire (.csv ou .json).", en: "The file to write (.csv or .json).")))
    var output: String

    @Option(help: ArgumentHelp(Console.localized(fr: "Noms de plans séparés par des virgules (par défaut : tous les plans du scénario).", en: "Comma-separated plan names (default: every plan of the scenario).")))
    var plans: String?

    @Option(help: ArgumentHelp(Console.localized(fr: "csv ou json (par défaut : d'après l'extension du fichier).", en: "csv or json (default: from the file name's extension).")))
    var format: ExportFormat?

    func run() throws {
        let (model, scenario) = try options.load()
        try reportingFailure {
            let names = try planNames(plans)
            let runs = try model.compare(scenario, planNames: names, years: options.years).runs
            let lowercased = output.lowercased()
            guard let chosen = format ?? (lowercased.hasSuffix(".json") ? .json : lowercased.hasSuffix(".csv") ? .csv : nil) else {
                throw ValidationError(
                    Console.localized(
                        fr: "Le nom « \(output) » ne dit pas le format : terminez-le par .csv ou .json, ou ajoutez --format csv|json.",
                        en: "The name '\(output)' does not say the format: end it with .csv or .json, or add --format csv|json."))
            }
            let data = chosen == .json ? try PlanRunExport.json(runs) : Data(PlanRunExport.csv(runs).utf8)
            try AtomicFileWriter.write(data, to: URL(fileURLWithPath: output))
        }
    }
}
