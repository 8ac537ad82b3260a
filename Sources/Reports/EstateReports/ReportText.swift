import Localization

/// The words of the estate reports, in French and English.
enum ReportText: LocalizedMessage {
    case indicator, unit, start, difference, trend, funder, total, pointsPerMillion, year, domain, measured
    case interval, model, parameter, value, range, source, origin, wave(Double)
    case runTitle(scenario: String, plan: String, baseline: String?, years: Double)
    case compareTitle(scenario: String, baseline: String, years: Double)
    case costTitle, averageCharges, surveyTitle(plan: String, year: Double?, sampleSize: Int, seed: UInt64)
    case assumptionsTitle(scenario: String), parametersTitle(scenario: String), assumptionsLegend, originModel, originScenario, originSession
    case seriesTitle(output: String, unit: String)
    case legendEntry(identifier: String, label: String)

    var localized: LocalizedText {
        switch self {
        case .indicator: LocalizedText(fr: "Indicateur", en: "Indicator")
        case .unit: LocalizedText(fr: "Unité", en: "Unit")
        case .start: LocalizedText(fr: "Départ", en: "Start")
        case .difference: LocalizedText(fr: "Écart", en: "Difference")
        case .trend: LocalizedText(fr: "Évolution", en: "Trend")
        case .funder: LocalizedText(fr: "Financeur", en: "Funder")
        case .total: LocalizedText(fr: "Total", en: "Total")
        case .pointsPerMillion:
            LocalizedText(fr: "Points de satisfaction par M€", en: "Satisfaction points per M€")
        case .year: LocalizedText(fr: "Année", en: "Year")
        case .legendEntry(let identifier, let label): LocalizedText(fr: "\(identifier) : \(label)", en: "\(identifier): \(label)")
        case .domain: LocalizedText(fr: "Domaine", en: "Domain")
        case .measured: LocalizedText(fr: "Mesuré", en: "Measured")
        case .interval: LocalizedText(fr: "Intervalle à 95 %", en: "95% interval")
        case .model: LocalizedText(fr: "Modèle", en: "Model")
        case .parameter: LocalizedText(fr: "Paramètre", en: "Parameter")
        case .value: LocalizedText(fr: "Valeur", en: "Value")
        case .range: LocalizedText(fr: "Plage", en: "Range")
        case .source: LocalizedText(fr: "Source", en: "Source")
        case .origin: LocalizedText(fr: "Origine", en: "Origin")
        case .wave(let year):
            LocalizedText(fr: Self.years(year, .fr), en: Self.years(year, .en))
        case .runTitle(let scenario, let plan, let baseline, let years):
            if let baseline {
                LocalizedText(
                    fr: "\(scenario) : plan « \(plan) » face à « \(baseline) », \(Self.duration(years, .fr))",
                    en: "\(scenario): plan '\(plan)' against '\(baseline)', \(Self.duration(years, .en))")
            } else {
                LocalizedText(
                    fr: "\(scenario) : plan « \(plan) », \(Self.duration(years, .fr))",
                    en: "\(scenario): plan '\(plan)', \(Self.duration(years, .en))")
            }
        case .compareTitle(let scenario, let baseline, let years):
            LocalizedText(
                fr: "\(scenario) : valeurs à \(Self.duration(years, .fr)), écart à « \(baseline) » entre parenthèses",
                en: "\(scenario): values after \(Self.duration(years, .en)), difference to '\(baseline)' in brackets")
        case .costTitle: LocalizedText(fr: "Coûts cumulés par financeur (€)", en: "Cumulative costs by funder (€)")
        case .averageCharges:
            LocalizedText(fr: "Charges moyennes (€/logement/mois)", en: "Average charges (€/dwelling/month)")
        case .surveyTitle(let plan, let year, let sampleSize, let seed):
            if let year {
                LocalizedText(
                    fr: "Enquête simulée, plan « \(plan) », \(Self.years(year, .fr)) : \(sampleSize) répondants, graine \(seed)",
                    en: "Simulated survey, plan '\(plan)', \(Self.years(year, .en)): \(sampleSize) respondents, seed \(seed)")
            } else {
                LocalizedText(
                    fr: "Enquête simulée, plan « \(plan) » : \(sampleSize) répondants, graine \(seed)",
                    en: "Simulated survey, plan '\(plan)': \(sampleSize) respondents, seed \(seed)")
            }
        case .assumptionsTitle(let scenario):
            LocalizedText(fr: "Hypothèses du scénario \(scenario)", en: "Assumptions of scenario \(scenario)")
        case .parametersTitle(let scenario):
            LocalizedText(fr: "Paramètres du scénario \(scenario)", en: "Parameters of scenario \(scenario)")
        case .assumptionsLegend:
            LocalizedText(
                fr: "Origine : modèle (valeur de référence), scénario (fichier du scénario), séance (modifié par set, marqué *).",
                en: "Origin: model (reference value), scenario (scenario file), session (changed with set, marked *).")
        case .originModel: LocalizedText(fr: "modèle", en: "model")
        case .originScenario: LocalizedText(fr: "scénario", en: "scenario")
        case .originSession: LocalizedText(fr: "séance", en: "session")
        case .seriesTitle(let output, let unit): LocalizedText(fr: "\(output) (\(unit))", en: "\(output) (\(unit))")
        }
    }

    /// A length of time in years, singular for one: `1 year`, `10 years`, `1 an`, `10 ans`.
    static func duration(_ years: Double, _ language: Language) -> String {
        let unit = language == .fr ? (years == 1 ? "an" : "ans") : (years == 1 ? "year" : "years")
        return "\(plain(years, language)) \(unit)"
    }

    /// A point in time: `year 3`, `an 3`.
    static func years(_ year: Double, _ language: Language) -> String {
        language == .fr ? "an \(plain(year, language))" : "year \(plain(year, language))"
    }

    /// A number of years without needless decimals, as the language writes it (`10`, `2.5`, `2,5`).
    static func plain(_ value: Double, _ language: Language) -> String {
        ParameterValue.text(value, numbers: NumberFormatting(language: language))
    }
}
