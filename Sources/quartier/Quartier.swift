import ArgumentParser
import EstateModel
import Foundation
import SystemDynamics

/// The `quartier` command: the REPL by default, and batch subcommands for scripts.
@main
struct Quartier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quartier",
        abstract: Console.localized(
            fr: "Tester des plans d'action sur une résidence Hlm avant d'engager les dépenses.",
            en: "Test action plans on a social-housing estate before spending the money."),
        discussion: Console.localized(
            fr: """
                Sans sous-commande, ouvre le REPL interactif sur le scénario par défaut (kremlin-bicetre).
                Chaque commande du REPL a aussi une forme en ligne de commande : run, compare, survey, export.
                """,
            en: """
                Without a subcommand, opens the interactive REPL on the default scenario (kremlin-bicetre).
                Every REPL command also has a batch form: run, compare, survey, export.
                """),
        subcommands: [
            ReplCommand.self, RunCommand.self, CompareCommand.self, SurveyCommand.self, ExportCommand.self,
            CheckCommand.self, SimulateCommand.self, ConvertCommand.self,
        ],
        defaultSubcommand: ReplCommand.self)

    /// Catches a misspelt subcommand before it is taken for the REPL's scenario argument.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let typo = MisspeltSubcommand.find(in: arguments, subcommands: configuration.subcommands) {
            Console.error(typo)
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        main(nil)
    }
}

/// A first argument that is neither a subcommand, an option, a file nor a scenario, but looks like a
/// subcommand: `quartier runn kremlin-bicetre` means `run`, not the REPL on a scenario called `runn`.
enum MisspeltSubcommand {
    static func find(in arguments: [String], subcommands: [ParsableCommand.Type]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let names = subcommands.compactMap { $0.configuration.commandName }
        if names.contains(first) || FileManager.default.fileExists(atPath: first) { return nil }
        if ScenarioLocator.availableNames().contains(first) { return nil }
        guard let suggestion = NameSuggestion.closest(to: first, in: names) else { return nil }
        return Console.localized(
            fr: "Erreur : commande inconnue « \(first) ». Vouliez-vous dire « \(suggestion) » ? (quartier --help liste les commandes)",
            en: "Error: unknown command '\(first)'. Did you mean '\(suggestion)'? (quartier --help lists the commands)")
    }
}
