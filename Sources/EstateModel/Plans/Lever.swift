import Localization

/// One lever of an action plan (MODEL.md's catalogue): the model parameter it sets, the unit and range of
/// its level, and who pays for it.
///
/// The model computes each lever's spending (`spending_<id>`, €/month) and its cumulative cost
/// (`cost_<id>`, €); the catalogue only says how that spending is shared between funders.
public struct Lever: Sendable, Hashable, Identifiable {
    /// Identifier used in scenario files and commands, e.g. `cleaning_reinforcement`.
    public var id: String
    /// Name for users.
    public var name: LocalizedText
    /// What the level means.
    public var levelUnit: LocalizedText
    /// What the lever does in the model, in a sentence.
    public var effects: LocalizedText
    /// Share of the cost paid by the State and the city (CUCS, ANRU), by default.
    public var stateAndCityShare: Double
    /// Model parameter holding the tenants' share (recovered through charges), if the lever has one;
    /// otherwise tenants pay nothing.
    public var tenantShareParameter: String?

    /// What every lever parameter's name starts with: a lever `x` sets the model parameter `lever_x`.
    public static let parameterPrefix = "lever_"

    /// The model parameter the lever sets (``parameterPrefix`` + `id`).
    public var parameter: String { Self.parameterPrefix + id }
    /// The model stock accumulating the lever's spending (`cost_<id>`).
    public var costStock: String { "cost_" + id }

    /// Creates a lever description.
    public init(
        id: String, name: LocalizedText, levelUnit: LocalizedText, effects: LocalizedText,
        stateAndCityShare: Double, tenantShareParameter: String? = nil
    ) {
        self.id = id
        self.name = name
        self.levelUnit = levelUnit
        self.effects = effects
        self.stateAndCityShare = stateAndCityShare
        self.tenantShareParameter = tenantShareParameter
    }
}
