import ArgumentParser

/// The `quartier` command: the REPL by default, and batch subcommands for scripts.
@main
struct Quartier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quartier",
        abstract: "Test action plans on a social-housing estate before spending the money.",
        discussion: """
            Without a subcommand, opens the interactive REPL on the default scenario (kremlin-bicetre).
            Every REPL command also has a batch form: run, compare, survey, export.
            """,
        subcommands: [
            ReplCommand.self, RunCommand.self, CompareCommand.self, SurveyCommand.self, ExportCommand.self,
            CheckCommand.self, SimulateCommand.self, ConvertCommand.self,
        ],
        defaultSubcommand: ReplCommand.self)
}
