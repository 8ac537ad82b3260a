/// The numerical integration method.
public enum IntegrationMethod: String, Sendable, Hashable, CaseIterable {
    /// Euler's method: cheap, first order; what PySD and most SD tools use by default.
    case euler
    /// Classical fourth-order Runge–Kutta.
    case rk4
}

/// When a model runs and how: start, stop, time step, method, time unit, save interval.
public struct SimulationSpecs: Sendable, Hashable {
    /// Start time, in time units.
    public var start: Double
    /// Stop time, in time units (included in the results).
    public var stop: Double
    /// Time step.
    public var dt: Double
    /// Integration method.
    public var method: IntegrationMethod
    /// The time unit's name (`month`).
    public var timeUnits: String
    /// Save interval, a multiple of `dt`; `nil` saves every step.
    public var saveEvery: Double?

    /// Creates specs; defaults are those of a one-step-per-unit Euler run from 0 to 100.
    public init(
        start: Double = 0, stop: Double = 100, dt: Double = 1, method: IntegrationMethod = .euler,
        timeUnits: String = "time", saveEvery: Double? = nil
    ) {
        self.start = start
        self.stop = stop
        self.dt = dt
        self.method = method
        self.timeUnits = timeUnits
        self.saveEvery = saveEvery
    }
}
