/// One action of a plan: a lever held at a level over a period.
///
/// Times are months from the start of the simulation. The lever's parameter takes `level` from
/// `startMonth` (included) to `endMonth` (excluded) and 0 afterwards; works programmes (renovation,
/// residentialisation, lift modernisation, energy retrofit) keep their effect afterwards through the
/// model's stocks.
public struct Action: Sendable, Hashable {
    /// Lever identifier from `LeverCatalogue`.
    public var lever: String
    /// First month of the action.
    public var startMonth: Double
    /// Month the action stops.
    public var endMonth: Double
    /// Level of the lever during the action, in the lever's unit.
    public var level: Double

    /// Creates an action.
    public init(lever: String, startMonth: Double, endMonth: Double, level: Double) {
        self.lever = lever
        self.startMonth = startMonth
        self.endMonth = endMonth
        self.level = level
    }

    /// Creates an action from years (the unit of scenario files).
    public init(lever: String, startYear: Double, durationYears: Double, level: Double) {
        self.init(lever: lever, startMonth: startYear * 12, endMonth: (startYear + durationYears) * 12, level: level)
    }

    /// True when the two actions use the same lever over periods that share some time.
    public func overlaps(_ other: Action) -> Bool {
        lever == other.lever && startMonth < other.endMonth && other.startMonth < endMonth
    }
}
