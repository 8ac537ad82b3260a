import Localization

/// Unit names as readers see them. The model writes units in English (`euro/dwelling/month`); French
/// tables translate each part and keep the structure `a/b` (`€/logement/mois`). English keeps the model's
/// spelling, which is also what `help NAME` and the model reference show.
public enum UnitNames {
    /// French names of the model's unit words (estate.sdm's units; `dmnl` is Vensim's "dimensionless").
    static let french: [String: String] = [
        "month": "mois", "year": "an", "day": "jour", "hour": "heure", "euro": "€", "dwelling": "logement",
        "dwellings": "logements", "hundred_dwellings": "100 logements", "request": "demande", "incident": "incident",
        "fte": "ETP", "person": "personne", "building": "immeuble", "lift": "ascenseur", "commitment": "engagement",
        "dmnl": "sans unité",
    ]

    /// `units` in `language`: each part between `/` translated when the language has a name for it.
    public static func display(_ units: String, in language: Language) -> String {
        guard language == .fr else { return units }
        return units.split(separator: "/", omittingEmptySubsequences: false)
            .map { part in french[String(part)] ?? String(part) }
            .joined(separator: "/")
    }
}
