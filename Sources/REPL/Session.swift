import EstateModel
import Foundation
import Localization
import Reports
import SystemDynamics

/// An interactive session on a scenario: the state of the REPL and the interpreter of its commands.
///
/// A session needs no terminal: the binary feeds it lines from libedit or a script, and tests call
/// ``execute(_:)`` directly. Every change (parameters, plans, actions) can be undone and redone; a
/// failed command leaves the session as it was.
///
/// ```swift
/// var session = Session(estateModel: try .bundled(), scenario: scenario, language: .fr)
/// print(session.execute("plan new atelier").output)
/// print(session.execute("action add mediators level=0.5").output)
/// print(session.execute("run 10").output)
/// ```
public struct Session {
    /// The estate model every run uses.
    public let estateModel: EstateModel
    /// The language of messages and tables.
    public var language: Language
    /// Colour or plain text for tables and charts.
    public var styling: Styling
    /// The columns available for tables and charts.
    public var width: Int
    /// Asked between simulation runs: returning true stops a long command (Ctrl-C); the session is
    /// then left as it was.
    public var isInterrupted: @Sendable () -> Bool

    /// The scenario and the current plan, with the session's changes.
    var state: EditableState
    /// The scenario as it was loaded, to say what changed since.
    var loadedScenario: Scenario
    /// Changes that can be undone, oldest first.
    var undoStack: [Change] = []
    /// Changes undone that can be redone, the next to redo last.
    var redoStack: [Change] = []
    /// Changes recorded in a session file that was opened; they cannot be undone.
    var earlierChanges: [SessionMessage] = []
    /// Predictions waiting for a run.
    var predictions: [Prediction] = []
    /// The runs of the last run, compare, table or chart, for export.
    var lastRuns: [PlanRun] = []
    /// The horizon of runs, in years, changed by `run N` and `years=N`.
    var years: Double
    /// Scenario names found, refreshed by `scenarios` and `load`.
    var scenarioNames: [String]
    /// Whether `quit` and `load` warn before discarding unsaved changes, going on only when repeated (an
    /// interactive session); a script does what it says.
    public var confirmsDiscardingChanges = false
    /// The state as it was last loaded, opened or saved: there is something to lose when `state` differs.
    var savedState: EditableState
    /// The command the previous line warned about (unsaved changes), which the next line may repeat to go on.
    var warnedCommand: String?
    /// The command the line being executed confirms by repeating it, if any.
    var confirmedCommand: String?

    /// Starts a session on a scenario, with its first plan selected.
    /// - Parameters:
    ///   - estateModel: The model, usually `EstateModel.bundled()`.
    ///   - scenario: The scenario, from `Scenario.named(_:model:)`.
    ///   - language: The language of messages, usually `Language.fromEnvironment(_:)`.
    ///   - styling: Colour for a terminal, plain otherwise.
    ///   - width: The terminal's columns.
    public init(
        estateModel: EstateModel, scenario: Scenario, language: Language, styling: Styling = .plain,
        width: Int = TerminalWidth.fallback
    ) {
        self.estateModel = estateModel
        self.language = language
        self.styling = styling
        self.width = width
        self.isInterrupted = { false }
        state = EditableState(scenario: scenario, currentPlan: scenario.plans.first?.name ?? "")
        savedState = state
        loadedScenario = scenario
        years = estateModel.model.specs.stop / 12
        scenarioNames = ScenarioLocator.availableNames()
    }

    /// The scenario with the session's changes.
    public var scenario: Scenario { state.scenario }

    /// The name of the plan being edited and run.
    public var currentPlanName: String { state.currentPlan }

    /// The prompt for the next line, e.g. `kremlin-bicetre:atelier> `.
    public var prompt: String { "\(state.scenario.name):\(state.currentPlan)> " }

    /// The welcome shown when an interactive session opens.
    public var banner: String {
        text(.banner(scenario: state.scenario.name, plans: state.scenario.plans.count)).fitted(toWidth: width)
    }

    /// Runs one command line.
    ///
    /// Blank lines and lines starting with `#` do nothing. Errors come back as an outcome with
    /// ``CommandOutcome/isError`` set and the session unchanged.
    public mutating func execute(_ line: String) -> CommandOutcome {
        var outcome = executeUnfitted(line)
        // Tables and charts are drawn to the width; help and other texts are wrapped to it here. Error
        // messages are left whole: a script reports each on one line, after its file and line number.
        if !outcome.isError { outcome.output = outcome.output.fitted(toWidth: width) }
        return outcome
    }

    private mutating func executeUnfitted(_ line: String) -> CommandOutcome {
        let words = CommandWords.split(line)
        guard let first = words.first, !first.hasPrefix("#") else { return CommandOutcome(output: "") }
        guard let command = Command(word: first) else {
            let hint = NameSuggestion.closest(to: first, in: Command.allWords)
            return CommandOutcome(output: text(.unknownCommand(first, suggestion: hint)), isError: true)
        }
        let arguments = words.dropFirst()
        let typed = ([command.rawValue] + arguments).joined(separator: " ")  // `exit` repeats `quit`
        confirmedCommand = warnedCommand == typed ? warnedCommand : nil
        warnedCommand = nil
        do throws(CommandError) {
            if command == .quit {
                if let warning = discardWarning(for: "quit") { return CommandOutcome(output: warning) }
                return CommandOutcome(output: "", shouldQuit: true)
            }
            return CommandOutcome(output: try perform(command, arguments))
        } catch {
            return CommandOutcome(
                output: text(error.message), isError: !error.isInterruption, wasInterrupted: error.isInterruption)
        }
    }

    /// Sends a command to its handler.
    private mutating func perform(_ command: Command, _ arguments: ArraySlice<String>) throws(CommandError) -> String {
        switch command {
        case .help: return try help(arguments)
        case .scenarios: return listScenarios()
        case .load: return try load(arguments)
        case .estate: return showEstate()
        case .params: return parameters(filter: arguments.first, showsOrigin: false)
        case .set: return try setParameter(arguments)
        case .assumptions: return parameters(filter: arguments.first, showsOrigin: true)
        case .levers: return listLevers()
        case .plans: return listPlans()
        case .plan: return try plan(arguments)
        case .action: return try action(arguments)
        case .run: return try run(arguments)
        case .table: return try series(arguments, chart: false)
        case .chart: return try series(arguments, chart: true)
        case .compare: return try compare(arguments)
        case .survey: return try survey(arguments)
        case .predict: return try predict(arguments)
        case .undo: return try undo()
        case .redo: return try redo()
        case .replay: return try replay()
        case .changes: return listChanges()
        case .save: return try save(arguments)
        case .open: return try open(arguments)
        case .export: return try export(arguments)
        case .lang: return try switchLanguage(arguments)
        case .quit: return ""
        }
    }

    /// A message in the session's language.
    func text(_ message: SessionMessage) -> String { message.text(in: language) }

    /// How reports are drawn now.
    var reportStyle: ReportStyle { ReportStyle(language: language, styling: styling, width: width) }

    /// Fails with `message` unless `condition` holds.
    func require(_ condition: Bool, _ message: @autoclosure () -> SessionMessage) throws(CommandError) {
        if !condition { throw CommandError(message()) }
    }

    /// Stops with an interruption when the user pressed Ctrl-C.
    func checkInterruption() throws(CommandError) {
        if isInterrupted() { throw CommandError.interrupted }
    }

    /// Applies a change to the scenario or the plans, recording it for undo; nothing is recorded when the
    /// edit fails.
    mutating func change(
        _ description: SessionMessage, _ edit: (inout EditableState) throws(CommandError) -> Void
    ) throws(CommandError) {
        var edited = state
        try edit(&edited)
        undoStack.append(Change(description: description, state: state))
        redoStack.removeAll()
        state = edited
    }

    /// Refuses `key=value` words whose key is not one of `known`, naming the closest and listing them all.
    func allowOnly(_ known: [String], in options: [String: String]) throws(CommandError) {
        if let unknown = options.keys.sorted().first(where: { !known.contains($0) }) {
            throw CommandError(.unknownKey(unknown, suggestion: NameSuggestion.closest(to: unknown, in: known), known: known))
        }
    }

    /// The warning to show instead of running `command` (`quit`, `load NAME`) when it would discard unsaved
    /// changes and the user has not just been warned; nil when it may go on. Repeating the command confirms.
    mutating func discardWarning(for command: String) -> String? {
        guard confirmsDiscardingChanges, state != savedState, confirmedCommand != command else { return nil }
        warnedCommand = command
        return text(.unsavedChanges(again: command, quitting: command == "quit"))
    }
}
