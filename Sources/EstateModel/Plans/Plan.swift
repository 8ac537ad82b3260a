import Localization
import SystemDynamics

/// A named set of actions. The first plan of a scenario is by convention `statu-quo`, with no action.
///
/// Plans are values: the REPL edits a copy (add, remove, change actions) and calls `problems(model:)` before
/// running it.
public struct Plan: Sendable, Hashable {
    /// Name used in commands (`statu-quo`, `deux-axes`, ...).
    public var name: String
    /// What the plan is about.
    public var description: LocalizedText
    /// The actions, in the order written.
    public var actions: [Action]

    /// Creates a plan.
    public init(name: String, description: LocalizedText = LocalizedText(fr: "", en: ""), actions: [Action] = []) {
        self.name = name
        self.description = description
        self.actions = actions
    }

    /// A copy of the plan under another name.
    public func copy(named newName: String) -> Plan {
        var plan = self
        plan.name = newName
        return plan
    }

    /// Adds an action at the end.
    public mutating func add(_ action: Action) { actions.append(action) }

    /// Removes the action at `index`; returns it, or nil if the index is out of range.
    @discardableResult
    public mutating func removeAction(at index: Int) -> Action? {
        guard actions.indices.contains(index) else { return nil }
        return actions.remove(at: index)
    }

    /// Replaces the action at `index`; returns false if the index is out of range.
    @discardableResult
    public mutating func replaceAction(at index: Int, with action: Action) -> Bool {
        guard actions.indices.contains(index) else { return false }
        actions[index] = action
        return true
    }

    /// What is wrong with the plan, one sentence per problem (empty when it can run): unknown levers,
    /// levels outside the lever's range, periods that end before they start or begin before month 0, and
    /// actions on the same lever that overlap.
    public func problems(model: EstateModel) -> [String] {
        var found: [String] = []
        for (index, action) in actions.enumerated() {
            let where_ = "plan '\(name)', action \(index + 1)"
            guard let lever = LeverCatalogue.lever(action.lever) else {
                found.append(
                    "\(where_): unknown lever '\(action.lever)'.\(NameSuggestion.didYouMean(action.lever, in: LeverCatalogue.identifiers)) "
                        + "Levers: \(LeverCatalogue.identifiers.joined(separator: ", ")).")
                continue
            }
            if let range = model.range(of: lever.parameter), !range.contains(action.level) {
                found.append(
                    "\(where_): level \(Self.format(action.level)) of '\(action.lever)' is outside its range "
                        + "\(Self.format(range.lowerBound)) .. \(Self.format(range.upperBound)) (\(lever.levelUnit.en)).")
            }
            if !(action.startMonth >= 0) {
                found.append("\(where_): '\(action.lever)' starts before the simulation (month \(Self.format(action.startMonth))); start at year 0 or later.")
            }
            if !(action.endMonth > action.startMonth) {
                found.append(
                    "\(where_): '\(action.lever)' ends (month \(Self.format(action.endMonth))) before it starts "
                        + "(month \(Self.format(action.startMonth))); give a positive duration.")
            }
            for (otherIndex, other) in actions.enumerated() where otherIndex < index && other.overlaps(action) {
                found.append(
                    "\(where_): '\(action.lever)' overlaps action \(otherIndex + 1) on the same lever "
                        + "(months \(Self.format(other.startMonth))-\(Self.format(other.endMonth))); "
                        + "make the periods follow each other or merge them.")
            }
        }
        return found
    }

    /// The model inputs that carry out the plan: one piecewise-constant series per lever used.
    public func inputs() -> [String: InputSeries] {
        var byLever: [String: [Action]] = [:]
        for action in actions { byLever[action.lever, default: []].append(action) }
        var inputs: [String: InputSeries] = [:]
        for (lever, leverActions) in byLever {
            // Change points: the level from each start, 0 from each end unless another action starts then.
            var points: [Double: Double] = [:]
            for action in leverActions where points[action.endMonth] == nil { points[action.endMonth] = 0 }
            for action in leverActions { points[action.startMonth] = action.level }
            let steps = points.keys.sorted().map { TimedValue(time: $0, value: points[$0] ?? 0) }
            inputs["lever_" + lever] = .steps(steps)
        }
        return inputs
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
