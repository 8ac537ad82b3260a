import Localization

/// The levers of MODEL.md's catalogue, in the order users see them.
///
/// Funding shares are defaults a scenario can override (`state_city_share` in a scenario file): they follow
/// research/domain.md where it says something (charges recovery §2.2-2.3, CUCS credits §2.9, ANRU subsidies
/// §2.4: 12.35 of 42 bn€ ≈ 30%) and are estimates otherwise.
public enum LeverCatalogue {
    /// Every lever.
    public static let all: [Lever] = [
        Lever(
            id: "renovation",
            name: LocalizedText(fr: "Réhabilitation (PSP)", en: "Renovation (PSP)"),
            levelUnit: LocalizedText(fr: "part des logements engagés par an", en: "share of dwellings launched per year"),
            effects: LocalizedText(
                fr: "Après le délai des études et la durée des travaux, remet le bâti et les équipements à neuf ; "
                    + "gêne pendant les travaux ; élève les attentes.",
                en: "After the lead time and the works, restores buildings and equipment; disrupts during works; "
                    + "raises expectations."),
            stateAndCityShare: 0.3),
        Lever(
            id: "residentialisation",
            name: LocalizedText(fr: "Résidentialisation", en: "Residentialisation"),
            levelUnit: LocalizedText(fr: "part des logements traités par an", en: "share of dwellings treated per year"),
            effects: LocalizedText(
                fr: "Clôture et affecte les espaces extérieurs : un peu moins d'incivilités (effet discuté).",
                en: "Encloses and assigns outdoor spaces: slightly fewer incivilities (a contested effect)."),
            stateAndCityShare: 0.3),
        Lever(
            id: "lift_modernisation",
            name: LocalizedText(fr: "Modernisation des ascenseurs", en: "Lift modernisation"),
            levelUnit: LocalizedText(fr: "part des ascenseurs modernisés par an", en: "share of lifts modernised per year"),
            effects: LocalizedText(
                fr: "Fiabilité des équipements, moins de pannes et de réclamations.",
                en: "Equipment reliability, fewer breakdowns and requests."),
            stateAndCityShare: 0),
        Lever(
            id: "maintenance_contract",
            name: LocalizedText(fr: "Contrats d'entretien co-construits", en: "Maintenance contracts co-built with suppliers"),
            levelUnit: LocalizedText(fr: "budget d'entretien en plus (1 = doublé)", en: "extra maintenance budget (1 = doubled)"),
            effects: LocalizedText(
                fr: "Plus d'entretien et une meilleure performance des prestataires.",
                en: "More maintenance and better supplier performance."),
            stateAndCityShare: 0, tenantShareParameter: "tenant_share_maintenance"),
        Lever(
            id: "cleaning_reinforcement",
            name: LocalizedText(fr: "Renfort du nettoyage", en: "Cleaning reinforcement"),
            levelUnit: LocalizedText(fr: "nettoyage en plus (1 = doublé)", en: "extra cleaning (1 = doubled)"),
            effects: LocalizedText(
                fr: "Propreté des parties communes ; casse la spirale du désordre.",
                en: "Cleanliness of common areas; breaks the disorder spiral."),
            stateAndCityShare: 0, tenantShareParameter: "tenant_share_cleaning"),
        Lever(
            id: "caretakers",
            name: LocalizedText(fr: "Gardiens et personnel de proximité", en: "Gardiens and proximity staff"),
            levelUnit: LocalizedText(fr: "ETP en plus pour 100 logements", en: "extra FTE per 100 dwellings"),
            effects: LocalizedText(
                fr: "Présence, nettoyage, accueil ; moins d'incivilités à forte densité.",
                en: "Presence, cleaning, reception; fewer incivilities at high density."),
            stateAndCityShare: 0, tenantShareParameter: "tenant_share_caretakers"),
        Lever(
            id: "mediators",
            name: LocalizedText(fr: "Médiateurs et correspondants de nuit", en: "Mediators and night correspondents"),
            levelUnit: LocalizedText(fr: "ETP pour 100 logements", en: "FTE per 100 dwellings"),
            effects: LocalizedText(
                fr: "Tranquillité et relations de voisinage.", en: "Tranquillity and neighbour relations."),
            stateAndCityShare: 0.5),
        Lever(
            id: "request_handling",
            name: LocalizedText(fr: "Traitement des demandes et engagements de service", en: "Request handling and service commitments"),
            levelUnit: LocalizedText(fr: "programme (1 = complet)", en: "programme (1 = full)"),
            effects: LocalizedText(
                fr: "Capacité du back-office, attention à la qualité, accueil.",
                en: "Back-office capacity, attention to quality, reception."),
            stateAndCityShare: 0),
        Lever(
            id: "communication",
            name: LocalizedText(fr: "Communication aux locataires", en: "Communication to tenants"),
            levelUnit: LocalizedText(fr: "programme (1 = complet)", en: "programme (1 = full)"),
            effects: LocalizedText(fr: "Qualité de l'information.", en: "Quality of information."),
            stateAndCityShare: 0),
        Lever(
            id: "participatory_audit",
            name: LocalizedText(fr: "Audit participatif et concertation", en: "Participatory audit and concertation"),
            levelUnit: LocalizedText(fr: "démarche (1 = complète)", en: "process (1 = full)"),
            effects: LocalizedText(
                fr: "Diagnostic partagé (mesure, attentes), engagements, plan co-écrit, suivi partagé : "
                    + "confiance et culture qualité seulement si l'organisme tient ses engagements.",
                en: "Shared diagnosis (measurement, expectations), commitments, co-written plan, shared follow-up: "
                    + "trust and a quality culture only if the organisation delivers."),
            stateAndCityShare: 0),
        Lever(
            id: "internal_mobilisation",
            name: LocalizedText(fr: "Mobilisation interne", en: "Internal mobilisation"),
            levelUnit: LocalizedText(fr: "programme (1 = complet)", en: "programme (1 = full)"),
            effects: LocalizedText(
                fr: "Projet de management et formation : moral, productivité, capacité à tenir les engagements.",
                en: "Management project and training: morale, productivity, follow-through."),
            stateAndCityShare: 0),
        Lever(
            id: "social_cohesion",
            name: LocalizedText(fr: "Programme de cohésion sociale (CUCS)", en: "Social-cohesion programme (CUCS)"),
            levelUnit: LocalizedText(fr: "programme (1 = complet)", en: "programme (1 = full)"),
            effects: LocalizedText(
                fr: "Prévention, jeunesse, emploi : moins d'incivilités, meilleures relations.",
                en: "Prevention, youth, employment: fewer incivilities, better relations."),
            stateAndCityShare: 0.8),
        Lever(
            id: "video_surveillance",
            name: LocalizedText(fr: "Vidéosurveillance et contrôle d'accès", en: "Video surveillance and access control"),
            levelUnit: LocalizedText(fr: "part des bâtiments équipés", en: "share of buildings equipped"),
            effects: LocalizedText(
                fr: "Un peu moins d'incivilités, un peu plus de peur.", en: "Slightly fewer incivilities, slightly more fear."),
            stateAndCityShare: 0.2),
        Lever(
            id: "energy_retrofit",
            name: LocalizedText(fr: "Rénovation énergétique", en: "Energy retrofit"),
            levelUnit: LocalizedText(fr: "part des logements traités par an", en: "share of dwellings retrofitted per year"),
            effects: LocalizedText(
                fr: "Baisse des charges de chauffage, équipements neufs.", en: "Lower heating charges, new equipment."),
            stateAndCityShare: 0.2),
    ]

    /// The lever called `id`, if any.
    public static func lever(_ id: String) -> Lever? { all.first { $0.id == id } }

    /// Every lever identifier.
    public static var identifiers: [String] { all.map(\.id) }
}
