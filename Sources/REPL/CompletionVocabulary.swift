import EstateModel
import Foundation

/// The names Tab completes, copied from a session so that the line editor can use them from its
/// completion callback without touching the session.
public struct CompletionVocabulary: Sendable, Hashable {
    var scenarios: [String]
    var plans: [String]
    var parameters: [String]
    var variables: [String]
    var outputs: [String]

    /// The candidates for the word after `precedingWords` (the reader keeps those that start with what
    /// was typed): commands first, then, by command, scenarios, plans, levers, parameters, outputs or
    /// files.
    /// - Parameters:
    ///   - precedingWords: The words before the one being completed.
    ///   - word: The partial word being completed; file names are listed from the folder it names.
    public func candidates(precedingWords: [String], word: String = "") -> [String] {
        guard let first = precedingWords.first else { return Command.allWords }
        guard let command = Command(word: first) else { return [] }
        let position = precedingWords.count
        let levers = LeverCatalogue.identifiers
        switch command {
        case .help: return position == 1 ? Command.allWords + levers + variables : []
        case .load: return position == 1 ? scenarios + FileCandidates.list(word) : []
        case .save, .open: return position == 1 ? FileCandidates.list(word) : []
        case .export:
            if position == 1 { return ["csv", "json"] }
            return position == 2 ? FileCandidates.list(word) : []
        case .set: return position == 1 ? parameters : []
        case .params, .assumptions: return position == 1 ? parameters : []
        case .plan:
            if position == 1 { return Session.planSubcommands + plans }
            let sub = precedingWords[1].lowercased()
            return position == 2 && ["copy", "remove", "rename"].contains(sub) ? plans : []
        case .action:
            if position == 1 { return Session.actionSubcommands }
            if position == 2 && precedingWords[1].lowercased() == "add" { return levers }
            return Session.actionKeys
        // Only what these commands accept: outputs (their model variables are reached by typing them whole).
        case .run: return outputs
        case .table, .chart: return outputs + ["years="]
        case .predict: return position == 1 ? outputs + ["clear"] : []
        case .compare: return plans + ["years="]
        case .survey: return position == 1 ? plans : []
        case .lang: return position == 1 ? ["fr", "en"] : []
        case .scenarios, .estate, .levers, .plans, .undo, .redo, .replay, .changes, .quit: return []
        }
    }
}

extension Session {
    /// The names to complete now.
    public var vocabulary: CompletionVocabulary {
        let variables = estateModel.model.variables.map(\.name)
        return CompletionVocabulary(
            scenarios: scenarioNames, plans: state.scenario.plans.map(\.name),
            parameters: estateModel.settableParameters.map(\.name),
            variables: variables.filter { !OutputVariable.identifiers.contains($0) },
            outputs: OutputVariable.identifiers)
    }
}

/// A vocabulary shared between the loop that runs commands and the line editor's completion callback,
/// which libedit calls on the same thread but through a `@Sendable` function.
public final class SharedVocabulary: @unchecked Sendable {
    // Guarded by `lock`: the only mutable state.
    private var current: CompletionVocabulary
    private let lock = NSLock()

    /// Creates the shared vocabulary from a session's.
    public init(_ vocabulary: CompletionVocabulary) { current = vocabulary }

    /// Replaces the names (after each command).
    public func update(_ vocabulary: CompletionVocabulary) {
        lock.lock()
        defer { lock.unlock() }
        current = vocabulary
    }

    /// The candidates for `word`, the partial word after `precedingWords`.
    public func candidates(precedingWords: [String], word: String = "") -> [String] {
        lock.lock()
        defer { lock.unlock() }
        return current.candidates(precedingWords: precedingWords, word: word)
    }
}
