import Localization

/// Unit names as readers see them. The model writes units in English (`euro/dwelling/month`); French
/// tables translate each part and keep the structure `a/b` (`€/logement/mois`). English keeps the model's
/// words but writes euros `€` too, so that money reads the same in every row and both languages, and spells
/// out its abbreviations (`FTE`, `100 dwellings`, `unitless`).
public enum UnitNames {
    /// French names of the model's unit words (estate.sdm's units; `dmnl` is Vensim's "dimensionless").
    static let french: [String: String] = [
        "month": "mois", "year": "an", "day": "jour", "hour": "heure", "euro": "€", "dwelling": "logement",
        "dwellings": "logements", "hundred_dwellings": "100 logements", "request": "demande", "incident": "incident",
        "fte": "ETP", "person": "personne", "building": "immeuble", "lift": "ascenseur", "commitment": "engagement",
        "dmnl": "sans unité",
    ]

    /// English names that differ from the model's unit words.
    static let english: [String: String] = [
        "euro": "€", "fte": "FTE", "hundred_dwellings": "100 dwellings", "dmnl": "unitless",
    ]

    /// `units` in `language`: each part between `/` translated when the language has a name for it.
    public static func display(_ units: String, in language: Language) -> String {
        let names = language == .fr ? french : english
        return units.split(separator: "/", omittingEmptySubsequences: false)
            .map { part in names[String(part)] ?? String(part) }
            .joined(separator: "/")
    }
}
