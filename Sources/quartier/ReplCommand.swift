import ArgumentParser
import EstateModel
import Foundation
import LineEditing
import Localization
import REPL
import Reports

/// `quartier repl [SCENARIO]`, the default subcommand: the interactive session on a terminal, or a
/// script read line by line (piped in, or `--script FILE`) with no prompt and no history.
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: Console.localized(fr: "Ouvrir la séance interactive sur un scénario (par défaut quand aucune sous-commande n'est donnée).", en: "Open the interactive session on a scenario (the default when no subcommand is given)."),
        discussion: """
            On a terminal: line editing, Tab completion, history (Up arrow, Ctrl-R), Ctrl-C to interrupt a \
            command, Ctrl-D to quit. Type 'help' for the commands.
            When standard input is not a terminal, or with --script, commands are read line by line; the \
            first error stops the script with exit status 1 unless --continue-on-error is given.
            """)

    @Argument(help: ArgumentHelp(Console.localized(fr: "Le scénario à ouvrir : un nom du dossier Scenarios ou un chemin.", en: "The scenario to open: a name from the Scenarios folder or a path.")))
    var scenario: String = "kremlin-bicetre"

    @Option(name: .long, help: ArgumentHelp(Console.localized(fr: "Exécuter les commandes de FILE, puis quitter.", en: "Run the commands of FILE, then exit.")))
    var script: String?

    @Flag(name: .long, help: ArgumentHelp(Console.localized(fr: "Dans un script, signaler les erreurs et continuer au lieu de s'arrêter.", en: "In a script, report errors and go on instead of stopping.")))
    var continueOnError = false

    func run() throws {
        let language = Console.language
        let session: Session
        do {
            let model = try EstateModel.bundled()
            session = Session(
                estateModel: model, scenario: try Scenario.named(scenario, model: model), language: language,
                styling: .forStandardOutput(), width: TerminalWidth.forStandardOutput())
        } catch {
            Console.error(error)
            throw ExitCode.failure
        }
        if let script {
            guard let file = fopen(script, "r") else {
                Console.error(
                    language == .fr ? "Impossible de lire le script \(script) : vérifiez le chemin."
                        : "Cannot read script \(script): check the path.")
                throw ExitCode.failure
            }
            defer { fclose(file) }
            try runScript(session, lines: { Self.readLine(from: file) })
            return
        }
        let reader = LineReader(historyFile: LineReader.defaultHistoryURL(appName: "quartier"))
        if reader.isInteractive {
            interact(session, reader: reader)
        } else {
            try runScript(session, lines: {
                if case .line(let line) = reader.readLine(prompt: "") { return line }
                return nil
            })
        }
    }

    /// The interactive loop: errors and Ctrl-C never end it; Ctrl-D and `quit` do.
    private func interact(_ start: Session, reader: LineReader) {
        var session = start
        let vocabulary = SharedVocabulary(session.vocabulary)
        reader.setCompletion { context in vocabulary.candidates(precedingWords: context.precedingWords, word: context.word) }
        session.isInterrupted = { InterruptFlag.isSet }
        session.confirmsDiscardingChanges = true
        Console.outputLine(session.banner)
        loop: while true {
            let input = reader.readLine(prompt: session.prompt)
            if let error = reader.takeHistoryError() { Console.error(error.message(inFrench: Console.language == .fr)) }
            switch input {
            case .endOfInput:
                // Ctrl-D is `quit`: with unsaved changes it warns once, and a second Ctrl-D leaves.
                let outcome = session.execute("quit")
                if outcome.shouldQuit { break loop }
                Console.outputLine("\n" + outcome.output)  // the cursor is still after the prompt
            case .interrupted: continue loop
            case .line(let line):
                InterruptFlag.clear()
                session.width = TerminalWidth.forStandardOutput()  // the window may have been resized
                let outcome = session.execute(line)
                if !outcome.output.isEmpty {
                    if outcome.isError {
                        // On a terminal, messages too are wrapped at spaces to its width.
                        Console.error(outcome.output.fitted(toWidth: session.width))
                    } else {
                        Console.outputLine(outcome.output)
                    }
                }
                if outcome.shouldQuit { break loop }
                vocabulary.update(session.vocabulary)
            }
        }
    }

    /// Runs lines unattended; the first error ends the run with exit status 1 unless
    /// `--continue-on-error`, in which case the status is still 1 when any line failed.
    private func runScript(_ start: Session, lines next: () -> String?) throws {
        var session = start
        var failed = false
        var number = 0
        while let line = next() {
            number += 1
            let outcome = session.execute(line)
            if outcome.isError {
                failed = true
                let place = script ?? (session.language == .fr ? "entrée" : "input")
                Console.error("\(place):\(number): \(outcome.output)")
                if !continueOnError { throw ExitCode.failure }
            } else if !outcome.output.isEmpty {
                Console.outputLine(outcome.output)
            }
            if outcome.shouldQuit { break }
        }
        if failed { throw ExitCode.failure }
    }

    /// One line of a script file, without its line ending; nil at the end.
    private static func readLine(from file: UnsafeMutablePointer<FILE>) -> String? {
        var buffer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(buffer) }
        let count = getline(&buffer, &capacity, file)
        guard count >= 0, let buffer else { return nil }
        var bytes = UnsafeRawBufferPointer(start: buffer, count: count)[...]
        if bytes.last == UInt8(ascii: "\n") { bytes = bytes.dropLast() }
        if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
