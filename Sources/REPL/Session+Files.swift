import EstateModel
import Foundation
import Localization
import Reports
import SystemDynamics

/// Saving and reopening sessions, and exporting results.
extension Session {
    mutating func save(_ arguments: ArraySlice<String>) throws(CommandError) -> String {
        guard arguments.count == 1, let path = arguments.first else { throw CommandError(.usage(Command.save.usage)) }
        let all = earlierChanges + undoStack.map(\.description)
        let file = SessionFile(
            format: SessionFile.formatName, version: SessionFile.currentVersion, scenario: ScenarioRecord(state.scenario),
            loadedParameters: loadedScenario.parameterValues, currentPlan: state.currentPlan, years: years,
            changes: all.map { TextRecord(fr: $0.text(in: .fr), en: $0.text(in: .en)) }, predictions: predictions)
        do {
            try AtomicFileWriter.write(try JSONOutput.encode(file), to: URL(fileURLWithPath: path))
        } catch let error as any LocalizedMessage {
            throw CommandError(.fileProblem(error.localized))
        } catch {
            throw CommandError(.writeFailed(String(describing: error)))
        }
        savedState = state
        return text(.saved(path))
    }

    /// Reopens a session file: everything is checked before anything changes, so a corrupt or
    /// inconsistent file leaves the session as it was.
    mutating func open(_ arguments: ArraySlice<String>) throws(CommandError) -> String {
        guard arguments.count == 1, let path = arguments.first else { throw CommandError(.usage(Command.open.usage)) }
        guard let data = FileManager.default.contents(atPath: path) else { throw CommandError(.cannotRead(path)) }
        let file: SessionFile
        do {
            file = try JSONDecoder().decode(SessionFile.self, from: data)
        } catch {
            throw CommandError(.corruptSession(path, [Self.decodingProblem(error)]))
        }
        try require(
            file.format == SessionFile.formatName,
            .corruptSession(path, [.init(fr: "format « \(file.format) »", en: "format '\(file.format)'")]))
        try require(file.version <= SessionFile.currentVersion, .newerSession(path, file.version))
        let scenario = file.scenario.scenario
        var problems = scenario.problems(model: estateModel)
        if !scenario.plans.isEmpty, !scenario.plans.contains(where: { $0.name == file.currentPlan }) {
            problems.append(.init(fr: "le plan courant « \(file.currentPlan) » manque", en: "the current plan '\(file.currentPlan)' is missing"))
        }
        if !(file.years > 0 && file.years <= EstateModel.maximumYears) {
            func number(_ value: Double, _ language: Language) -> String {
                ParameterValue.text(value, numbers: NumberFormatting(language: language))
            }
            let longest = EstateModel.maximumYears
            problems.append(.init(
                fr: "une durée de \(number(file.years, .fr)) ans hors de 1 .. \(number(longest, .fr))",
                en: "a run of \(number(file.years, .en)) years outside 1 .. \(number(longest, .en))"))
        }
        try require(problems.isEmpty, .corruptSession(path, problems))
        if let warning = discardWarning(for: "open \(path)") { return warning }
        state = EditableState(scenario: scenario, currentPlan: file.currentPlan)
        savedState = state
        loadedScenario = scenario
        loadedScenario.parameterValues = file.loadedParameters
        undoStack.removeAll()
        redoStack.removeAll()
        earlierChanges = file.changes.map { .recorded(.init(fr: $0.fr, en: $0.en)) }
        predictions = file.predictions
        years = file.years
        lastRuns.removeAll()
        return text(.opened(path, scenario: scenario.name, plan: file.currentPlan))
    }

    /// Where decoding failed, in a line (the key path and what was expected).
    private static func decodingProblem(_ error: Error) -> LocalizedText {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            let at = location(context)
            return .init(fr: "« \(key.stringValue) » manque \(at.fr)", en: "missing '\(key.stringValue)' \(at.en)")
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return described(context)
        case DecodingError.dataCorrupted(let context):
            return context.codingPath.isEmpty ? .init(fr: "ce n'est pas du JSON valide", en: "not valid JSON") : described(context)
        default:
            return .init(fr: String(describing: error), en: String(describing: error))
        }
    }

    /// Foundation's description of a decoding failure (English only), and where it happened.
    private static func described(_ context: DecodingError.Context) -> LocalizedText {
        let at = location(context)
        return .init(fr: "\(context.debugDescription) \(at.fr)", en: "\(context.debugDescription) \(at.en)")
    }

    /// `at scenario.plans.0.name`, or `at top level`.
    private static func location(_ context: DecodingError.Context) -> LocalizedText {
        guard !context.codingPath.isEmpty else { return .init(fr: "au premier niveau", en: "at top level") }
        let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        return .init(fr: "à \(path)", en: "at \(path)")
    }

    mutating func export(_ arguments: ArraySlice<String>) throws(CommandError) -> String {
        let words = Array(arguments)
        guard words.count == 2 else { throw CommandError(.usage(Command.export.usage)) }
        guard ["csv", "json"].contains(words[0].lowercased()) else { throw CommandError(.unknownExportFormat(words[0])) }
        let runs = try currentRuns()
        let data: Data
        if words[0].lowercased() == "csv" {
            data = Data(PlanRunExport.csv(runs).utf8)
        } else {
            do {
                data = try PlanRunExport.json(runs)
            } catch {
                throw CommandError(.fileProblem(error.localized))
            }
        }
        do {
            try AtomicFileWriter.write(data, to: URL(fileURLWithPath: words[1]))
        } catch {
            throw CommandError(.fileProblem(error.localized))
        }
        return text(.exported(words[1], plans: runs.map(\.plan.name)))
    }

    /// The plans of the last run, compare, table, chart or survey run again on the session as it is now
    /// over the same years, so that an export made after a change matches what the session holds; a
    /// plan removed since is left out.
    private func currentRuns() throws(CommandError) -> [PlanRun] {
        let plans = lastRuns.compactMap { run in state.scenario.plans.first { $0.name == run.plan.name } }
        guard let first = lastRuns.first, !plans.isEmpty else { throw CommandError(.nothingToExport) }
        var trial = self
        trial.years = first.years
        return try trial.runPlans(plans)
    }
}
