import Localization
import SystemDynamics

/// A model output users look at: its stable identifier, labels and units.
public struct OutputVariable: Sendable, Hashable, Identifiable {
    /// Stable identifier (a model variable name), e.g. `satisfaction_requests`.
    public var id: String
    /// Label in French and English.
    public var label: LocalizedText
    /// Units as written in the model, e.g. `%` or `euro/dwelling/month`.
    public var units: String
    /// One-line meaning from the model, in French and English.
    public var meaning: LocalizedText

    /// Creates an output description.
    public init(id: String, label: LocalizedText, units: String, meaning: LocalizedText) {
        self.id = id
        self.label = label
        self.units = units
        self.meaning = meaning
    }

    /// Describes a model variable as an output: its labels, units and meaning from the model. A missing
    /// variable keeps `id` as its label, with no units and no meaning.
    public init(variable: Variable?, id: String) {
        self.init(
            id: id,
            label: LocalizedText(fr: variable?.label(language: "fr") ?? id, en: variable?.label(language: "en") ?? id),
            units: variable?.units ?? "",
            meaning: LocalizedText(fr: variable?.meaning(language: "fr") ?? "", en: variable?.meaning ?? ""))
    }

    /// The stable output identifiers, in the order of tables and CSV columns. Percentages are 0-100.
    public static let identifiers = [
        "satisfaction", "satisfaction_cleanliness", "satisfaction_equipment", "satisfaction_requests",
        "satisfaction_reception", "satisfaction_communication", "satisfaction_living_environment", "safety", "trust",
        "cohesion", "incivilities", "backlog", "handling_delay_days", "building_condition", "cleanliness", "turnover",
        "vacancy", "charges_per_month", "cost_cumulative",
    ]

    /// The satisfaction domains a survey asks about (the overall question first).
    public static let surveyDomains = [
        "satisfaction", "satisfaction_cleanliness", "satisfaction_equipment", "satisfaction_requests",
        "satisfaction_reception", "satisfaction_communication", "satisfaction_living_environment", "safety",
    ]
}
