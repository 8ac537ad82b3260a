import EstateModel
import Foundation
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
        } catch let error as FileWriteError {
            throw CommandError(.fileProblem(.init(fr: error.text(in: .fr), en: error.text(in: .en))))
        } catch let error as JSONOutputError {
            throw CommandError(.fileProblem(.init(fr: error.text(in: .fr), en: error.text(in: .en))))
        } catch {
            throw CommandError(.writeFailed(String(describing: error)))
        }
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
            throw CommandError(.corruptSession(path, Self.decodingProblem(error)))
        }
        try require(file.format == SessionFile.formatName, .corruptSession(path, "format '\(file.format)'"))
        try require(file.version <= SessionFile.currentVersion, .newerSession(path, file.version))
        let scenario = file.scenario.scenario
        var problems: [String] = []
        for (name, value) in scenario.parameterValues.sorted(by: { $0.key < $1.key }) {
            guard let variable = estateModel.model.variable(named: name), variable.kind == .parameter else {
                problems.append("unknown parameter '\(name)'")
                continue
            }
            if let range = variable.range, !range.contains(value) {
                problems.append("\(name) = \(value) outside \(range.lowerBound) .. \(range.upperBound)")
            }
        }
        let names = scenario.plans.map(\.name)
        if names.isEmpty { problems.append("no plan") }
        if Set(names).count != names.count { problems.append("two plans with the same name") }
        if !names.contains(file.currentPlan) { problems.append("current plan '\(file.currentPlan)' missing") }
        if !(file.years > 0 && file.years <= 50) { problems.append("years \(file.years) outside 1 .. 50") }
        for plan in scenario.plans { problems += plan.problems(model: estateModel).map { $0.text(in: language) } }
        try require(problems.isEmpty, .corruptSession(path, problems.joined(separator: "; ")))
        state = EditableState(scenario: scenario, currentPlan: file.currentPlan)
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
    private static func decodingProblem(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing '\(key.stringValue)' at \(path(context))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "\(context.debugDescription) at \(path(context))"
        case DecodingError.dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not valid JSON" : "\(context.debugDescription) at \(path(context))"
        default:
            return String(describing: error)
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        context.codingPath.isEmpty ? "top level" : context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }

    mutating func export(_ arguments: ArraySlice<String>) throws(CommandError) -> String {
        let words = Array(arguments)
        guard words.count == 2, ["csv", "json"].contains(words[0].lowercased()) else {
            throw CommandError(.usage(Command.export.usage))
        }
        try require(!lastRuns.isEmpty, .nothingToExport)
        let data: Data
        if words[0].lowercased() == "csv" {
            data = Data(PlanRunExport.csv(lastRuns).utf8)
        } else {
            do {
                data = try PlanRunExport.json(lastRuns)
            } catch {
                throw CommandError(.fileProblem(.init(fr: error.text(in: .fr), en: error.text(in: .en))))
            }
        }
        do {
            try AtomicFileWriter.write(data, to: URL(fileURLWithPath: words[1]))
        } catch {
            throw CommandError(.fileProblem(.init(fr: error.text(in: .fr), en: error.text(in: .en))))
        }
        return text(.exported(words[1], plans: lastRuns.map(\.plan.name)))
    }
}
