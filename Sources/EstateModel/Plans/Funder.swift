import Localization

/// Who pays for an action.
public enum Funder: String, Sendable, Hashable, CaseIterable, Codable {
    /// The landlord (organisme Hlm), from its own funds and loans.
    case landlord
    /// The tenants, through recoverable charges.
    case tenants
    /// The State and the city (CUCS credits, ANRU subsidies, TFPB abatement).
    case stateAndCity = "state_city"

    /// The funder's name, as tables show it.
    public var name: LocalizedText {
        switch self {
        case .landlord: LocalizedText(fr: "bailleur", en: "landlord")
        case .tenants: LocalizedText(fr: "locataires (charges)", en: "tenants (charges)")
        case .stateAndCity: LocalizedText(fr: "État et ville", en: "State and city")
        }
    }
}
