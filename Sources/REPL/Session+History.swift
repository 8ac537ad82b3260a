import EstateModel
import Reports

/// Undo, redo, replay and the log of changes.
extension Session {
    mutating func undo() throws(CommandError) -> String {
        guard let last = undoStack.popLast() else {
            throw CommandError(earlierChanges.isEmpty ? .nothingToUndo : .nothingToUndoAfterOpen(earlierChanges.count))
        }
        redoStack.append(Change(description: last.description, state: state))
        state = last.state
        return text(.undone(text(last.description)))
    }

    mutating func redo() throws(CommandError) -> String {
        guard let next = redoStack.popLast() else { throw CommandError(.nothingToRedo) }
        undoStack.append(Change(description: next.description, state: state))
        state = next.state
        return text(.redone(text(next.description)))
    }

    /// Undoes the last change and redoes it, showing the current plan's results before and after: the
    /// workshop's "replay last change". The session ends as it was.
    mutating func replay() throws(CommandError) -> String {
        guard let last = undoStack.last else { throw CommandError(.nothingToReplay) }
        var before = self
        before.state = last.state
        let afterPlan = currentPlan
        let beforePlan = before.state.scenario.plans.first { $0.name == afterPlan.name } ?? before.currentPlan
        var beforeRun = try before.runPlan(beforePlan)
        var afterRun = try runPlan(afterPlan)
        // Each side's points per M€ against the baseline plan under the same assumptions: measured
        // against "before", an unchanged satisfaction would read 0 however much the costs rose.
        let isBaseline = afterPlan.name == baselinePlan.name
        let baselineBefore = isBaseline ? beforeRun : try before.runPlan(before.baselinePlan)
        let baselineAfter = isBaseline ? afterRun : try runPlan(baselinePlan)
        beforeRun.plan = beforeRun.plan.copy(named: text(.beforeWord))
        afterRun.plan = afterRun.plan.copy(named: text(.afterWord))
        let outputs = try HeadlineOutputs.identifiers.map { word throws(CommandError) in try resolveOutput(word) }
        return text(.replaying(text(last.description), plan: afterPlan.name)) + "\n"
            + ComparisonReport.render(
                PlanComparison(runs: [beforeRun, afterRun]), outputs: outputs, style: reportStyle,
                efficiencyBaselines: [baselineBefore, baselineAfter])
    }

    func listChanges() -> String {
        let all = earlierChanges + undoStack.map(\.description)
        guard !all.isEmpty else { return text(.noChanges(loadedScenario.name)) }
        let numbered = all.enumerated().map { "\($0.offset + 1). \(text($0.element))" }
        guard !earlierChanges.isEmpty else { return ([text(.changesTitle(loadedScenario.name))] + numbered).joined(separator: "\n") }
        // Changes read from a session file cannot be undone (save keeps their wording, not the states
        // between them): say so where they are listed.
        let sessionPart = undoStack.isEmpty ? [] : [text(.sinceOpenHeader)] + numbered.dropFirst(earlierChanges.count)
        return ([text(.changesTitle(loadedScenario.name)), text(.beforeSaveHeader)] + numbered.prefix(earlierChanges.count)
            + sessionPart).joined(separator: "\n")
    }
}
