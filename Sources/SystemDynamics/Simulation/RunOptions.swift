import Localization

/// A value at a point in time, for input series.
public struct TimedValue: Sendable, Hashable, Codable {
    /// When the value starts to hold, in the model's time units.
    public var time: Double
    /// The value.
    public var value: Double

    /// Creates a timed value.
    public init(time: Double, value: Double) {
        self.time = time
        self.value = value
    }
}

/// A value supplied from outside the model for one parameter during one run.
public enum InputSeries: Sendable, Hashable {
    /// The parameter takes this value for the whole run.
    case constant(Double)
    /// Piecewise constant: each value holds from its time until the next one; before the first time the
    /// parameter keeps its own value. Times must be increasing.
    case steps([TimedValue])
}

/// How to run a compiled model: anything left `nil` comes from the model's simulation specs.
public struct RunOptions: Sendable {
    /// Start time.
    public var start: Double?
    /// Stop time.
    public var stop: Double?
    /// Time step.
    public var dt: Double?
    /// Integration method.
    public var method: IntegrationMethod?
    /// Save interval (a multiple of dt).
    public var saveEvery: Double?
    /// Values for parameters, by name in any spelling.
    public var inputs: [String: InputSeries]

    /// Creates options.
    public init(
        start: Double? = nil, stop: Double? = nil, dt: Double? = nil, method: IntegrationMethod? = nil,
        saveEvery: Double? = nil, inputs: [String: InputSeries] = [:]
    ) {
        self.start = start
        self.stop = stop
        self.dt = dt
        self.method = method
        self.saveEvery = saveEvery
        self.inputs = inputs
    }
}

/// Why a run could not be made, written for the user.
public struct SimulationError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedMessage {
    /// What is wrong and what to change, in both languages.
    public var message: LocalizedText

    /// Creates an error with a message for the user.
    public init(_ message: LocalizedText) { self.message = message }

    /// Creates an error from the message's two translations.
    public init(fr: String, en: String) { self.message = LocalizedText(fr: fr, en: en) }

    /// The message in both languages.
    public var localized: LocalizedText { message }

    /// The message in English.
    public var description: String { message.en }
}
