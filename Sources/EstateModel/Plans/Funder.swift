/// Who pays for an action.
public enum Funder: String, Sendable, Hashable, CaseIterable, Codable {
    /// The landlord (organisme Hlm), from its own funds and loans.
    case landlord
    /// The tenants, through recoverable charges.
    case tenants
    /// The State and the city (CUCS credits, ANRU subsidies, TFPB abatement).
    case stateAndCity = "state_city"

    /// The funder's name in `language` ("fr" or "en").
    public func name(language: String) -> String {
        let french = language.lowercased().hasPrefix("fr")
        switch self {
        case .landlord: return french ? "bailleur" : "landlord"
        case .tenants: return french ? "locataires (charges)" : "tenants (charges)"
        case .stateAndCity: return french ? "État et ville" : "State and city"
        }
    }
}
