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

    /// What is wrong with the plan, one sentence per problem in both languages (empty when it can run):
    /// unknown levers, levels outside the lever's range, periods that end before they start or begin before
    /// month 0, and actions on the same lever that overlap.
    public func problems(model: EstateModel) -> [LocalizedText] {
        var found: [LocalizedText] = []
        for (index, action) in actions.enumerated() {
            let fr = "plan « \(name) », action \(index + 1) :"
            let en = "plan '\(name)', action \(index + 1):"
            let (frLever, enLever) = ("\(fr) « \(action.lever) »", "\(en) '\(action.lever)'")
            guard let lever = LeverCatalogue.lever(action.lever) else {
                let hint = NameSuggestion.didYouMean(action.lever, in: LeverCatalogue.identifiers)
                let levers = LeverCatalogue.identifiers.joined(separator: ", ")
                found.append(
                    LocalizedText(
                        fr: "\(fr) levier inconnu « \(action.lever) ».\(hint.fr) Leviers : \(levers).",
                        en: "\(en) unknown lever '\(action.lever)'.\(hint.en) Levers: \(levers)."))
                continue
            }
            if let range = model.range(of: lever.parameter), !range.contains(action.level) {
                let bounds = Self.format(range)
                found.append(
                    LocalizedText(
                        fr: "\(fr) le niveau \(Self.format(action.level)) de « \(action.lever) » "
                            + "sort de son intervalle \(bounds) (\(lever.levelUnit.fr)).",
                        en: "\(en) level \(Self.format(action.level)) of '\(action.lever)' is outside its range "
                            + "\(bounds) (\(lever.levelUnit.en))."))
            }
            if !(action.startMonth >= 0) {
                let year = Self.year(action.startMonth)
                found.append(
                    LocalizedText(
                        fr: "\(frLever) commence avant la simulation (année \(year)) ; commencez à l'année 0 ou après.",
                        en: "\(enLever) starts before the simulation (year \(year)); start at year 0 or later."))
            }
            if !(action.endMonth > action.startMonth) {
                let (start, end) = (Self.year(action.startMonth), Self.year(action.endMonth))
                found.append(
                    LocalizedText(
                        fr: "\(frLever) se termine (année \(end)) avant de commencer (année \(start)) ; donnez une durée positive.",
                        en: "\(enLever) ends (year \(end)) before it starts (year \(start)); give a positive duration."))
            }
            for (otherIndex, other) in actions.enumerated() where otherIndex < index && other.overlaps(action) {
                let years = Self.years(other.startMonth, other.endMonth)
                found.append(
                    LocalizedText(
                        fr: "\(frLever) chevauche l'action \(otherIndex + 1) sur le même levier (années \(years)) ; "
                            + "faites se suivre les périodes ou fusionnez-les.",
                        en: "\(enLever) overlaps action \(otherIndex + 1) on the same lever (years \(years)); "
                            + "make the periods follow each other or merge them."))
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
            inputs[Lever.parameterPrefix + lever] = .steps(steps)
        }
        return inputs
    }

    /// A number as messages write it: whole numbers without decimals, others in full.
    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// A time given in months, as messages write it: in years, the unit of plans (`2`, `0.5`).
    static func year(_ month: Double) -> String { format(month / 12) }

    /// A period given in months, in years: `2-5`.
    static func years(_ start: Double, _ end: Double) -> String { "\(year(start))-\(year(end))" }

    /// A range as messages write it: `low .. high`.
    static func format(_ range: ClosedRange<Double>) -> String { "\(format(range.lowerBound)) .. \(format(range.upperBound))" }
}
