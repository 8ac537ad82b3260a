import ArgumentParser
import Foundation
import Localization
import Reports
import SystemDynamics

/// `quartier check FILE`: every diagnostic of a model file, exit 1 on errors.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: Console.localized(fr: "Vérifier un fichier de modèle (langage de modèle .sdm, ou XMILE .xmile/.stmx) et lister chaque problème.", en: "Check a model file (model language .sdm, or XMILE .xmile/.stmx) and list every problem."))

    @Argument(help: ArgumentHelp(Console.localized(fr: "Le fichier de modèle.", en: "The model file.")))
    var file: String

    func run() throws {
        let model = try loadModel(file)
        Console.error(
            Console.language == .fr
                ? "\(file) : modèle valide, \(model.variables.count) variables, \(model.warnings.count) avertissement(s)."
                : "\(file): valid model, \(model.variables.count) variables, \(model.warnings.count) warning(s).")
    }
}

/// Output formats of `simulate`.
enum ResultsFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, table
}

/// `quartier simulate FILE`: runs a model and prints its results.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate", abstract: Console.localized(fr: "Simuler un fichier de modèle et afficher chaque variable dans le temps.", en: "Run a model file and print every variable over time."))

    @Argument(help: ArgumentHelp(Console.localized(fr: "Le fichier de modèle (.sdm, .xmile ou .stmx).", en: "The model file (.sdm, .xmile or .stmx).")))
    var file: String

    @Option(help: ArgumentHelp(Console.localized(fr: "Méthode d'intégration : euler ou rk4 (par défaut : celle du modèle).", en: "Integration method: euler or rk4 (default: the model's).")))
    var method: IntegrationMethod?

    @Option(help: ArgumentHelp(Console.localized(fr: "Pas de temps (par défaut : celui du modèle).", en: "Time step (default: the model's).")))
    var dt: Double?

    @Option(help: ArgumentHelp(Console.localized(fr: "Format de sortie : csv ou table.", en: "Output format: csv or table.")))
    var format: ResultsFormat = .csv

    func run() throws {
        let model = try loadModel(file)
        let results: SimulationResults
        do {
            results = try model.compile().run(RunOptions(dt: dt, method: method))
        } catch let error as ModelError {
            Console.error(error)
            throw ExitCode.failure
        } catch {
            let message = userText(error, in: Console.language)
            Console.error(Console.language == .fr ? "\(file) : erreur : \(message)" : "\(file): error: \(message)")
            throw ExitCode.failure
        }
        switch format {
        case .csv: Console.output(ResultsExport.csv(results, model: model))
        case .table:
            Console.output(
                ResultsExport.table(results, model: model, formatting: NumberFormatting(language: Console.language))
                    .render(styling: .forStandardOutput()))
        }
    }
}

/// `quartier convert FILE OUT.xmile`: exports a model to XMILE 1.0.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert", abstract: Console.localized(fr: "Exporter un modèle en XMILE 1.0 (le sous-ensemble portable que lisent PySD, simlin et Stella).", en: "Export a model to XMILE 1.0 (the portable subset PySD, simlin and Stella read)."))

    @Argument(help: ArgumentHelp(Console.localized(fr: "Le fichier de modèle.", en: "The model file.")))
    var file: String

    @Argument(help: ArgumentHelp(Console.localized(fr: "Le fichier XMILE à écrire (remplacé de façon atomique).", en: "The XMILE file to write (replaced atomically).")))
    var output: String

    func validate() throws {
        let lowercased = output.lowercased()
        guard [".xmile", ".stmx", ".xml"].contains(where: { lowercased.hasSuffix($0) }) else {
            throw ValidationError(
                Console.localized(
                    fr: "Le fichier à écrire doit se terminer par .xmile (ou .stmx, .xml) : « \(output) ».",
                    en: "The file to write must end in .xmile (or .stmx, .xml): '\(output)'."))
        }
    }

    func run() throws {
        let model = try loadModel(file)
        do {
            try AtomicFileWriter.write(Data(model.xmile().utf8), to: URL(fileURLWithPath: output))
        } catch {
            Console.error(error.text(in: Console.language))
            throw ExitCode.failure
        }
    }
}

extension IntegrationMethod: ExpressibleByArgument {}

/// Loads a model, printing every diagnostic (errors, or the warnings of a valid model) on standard error in
/// the user's language, and failing with exit code 1 on errors.
func loadModel(_ path: String) throws -> Model {
    do {
        let model = try Model.load(contentsOf: path)
        for warning in model.warnings { Console.error(warning.text(in: Console.language)) }
        return model
    } catch {
        Console.error(error)
        throw ExitCode.failure
    }
}
