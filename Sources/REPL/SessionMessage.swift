import EstateModel
import Localization
import Reports
import SystemDynamics

/// Every message of the REPL, in French and English (one exhaustive switch: a message cannot ship in
/// one language only).
enum SessionMessage: LocalizedMessage, Sendable {
    // Session and commands.
    case banner(scenario: String, plans: Int)
    case unknownCommand(String, suggestion: String?)
    case usage(String)
    case interrupted
    case languageSet
    // Names.
    case unknownOutput(String, suggestion: String?)
    case unknownParameter(String, suggestion: String?)
    case leverIsNotParameter(String)
    case unknownPlan(String, suggestion: String?, plans: [String])
    case unknownLever(String, suggestion: String?)
    case unknownName(String, suggestion: String?)
    case unknownKey(String, suggestion: String?, known: [String])
    case notANumber(String, what: String)
    case yearsOutOfRange(Double)
    case notAParameter(String, kind: VariableKind)
    case duplicatePlan(String)
    case surveyYearOutOfRange(Double)
    case predictionYearOutOfRange(Double)
    case predictionOutOfRange(String, value: Double, low: Double, high: Double)
    case notReached(run: Double)
    case actionTimeOutOfRange(String, Double)
    case actionLengthNotPositive(Double)
    case fileProblem(LocalizedText)
    // Help.
    case commandsTitle, commandHeader, whatHeader, helpFooter, kindLabel, unitsLabel, equationLabel, valueLabel
    case rangeLabel, meaningLabel, sourceLabel, levelLabel, effectsLabel, stateCityShareLabel, example
    case initialValueLabel, inflowsLabel, outflowsLabel
    case kind(VariableKind)
    // Scenarios and parameters.
    case noScenarios
    case cannotLoad(String)
    case loaded(scenario: String, plans: [String])
    case fileLabel, parameterHeader, valueHeader
    case plansSummary([String], current: String)
    case noParameterMatches(String, suggestion: String?)
    case outOfRange(name: String, value: Double, low: Double, high: Double)
    case setParameter(String, from: String, to: String)
    // Plans and actions.
    case leverHeader, nameHeader, planHeader, actionsHeader, descriptionHeader, baselineWord, startHeader, yearUnit
    case untilHeader
    case planCreated(String)
    case planCopied(String, to: String)
    case cannotRemoveBaseline(String)
    case cannotRenameBaseline(String)
    case planRemoved(String)
    case planRenamed(String, to: String)
    case reservedPlanName(String)
    case planExists(String)
    case planTitle(String, baseline: Bool)
    case noActionBaseline, noActionYet
    case baselineIsReadOnly(String)
    case unexpectedWords([String], usage: String)
    case levelRequired(String, range: String)
    case actionAdded(String, summary: String)
    case actionEdited(String, number: Int, summary: String)
    case actionRemoved(String, number: Int, summary: String)
    case planProblems([String])
    case yearsOrUntil
    case noSuchAction(String, plan: String, count: Int)
    // Runs, surveys and predictions.
    case runFailed(String, String)
    case predictionsTitle(String)
    case outputHeader, yearHeader, predictedHeader, resultHeader, differenceHeader
    case sampleOutOfRange(Double)
    case badSeed(String)
    case noPredictions, predictionsCleared
    case predictionRecorded(String, value: String, year: String, plan: String)
    // History.
    case nothingToUndo, nothingToRedo, nothingToReplay
    case nothingToUndoAfterOpen(Int)
    case beforeSaveHeader, sinceOpenHeader
    case undone(String), redone(String)
    case beforeWord, afterWord
    case replaying(String, plan: String)
    case noChanges(String)
    case changesTitle(String)
    case recorded(LocalizedText)
    // Files.
    case writeFailed(String)
    case saved(String)
    case unsavedChanges(again: String, quitting: Bool)
    case unknownExportFormat(String)
    case cannotRead(String)
    case corruptSession(String, [LocalizedText])
    case newerSession(String, Int)
    case opened(String, scenario: String, plan: String)
    case nothingToExport
    case exported(String, plans: [String])

    var localized: LocalizedText {
        switch self {
        case .banner(let scenario, let plans):
            .init(fr: "Quartier — scénario \(scenario) (\(plans) plans). « help » pour l'aide, Tab pour compléter, Ctrl-D pour quitter.",
                  en: "Quartier — scenario \(scenario) (\(plans) plans). 'help' for help, Tab to complete, Ctrl-D to quit.")
        case .unknownCommand(let word, let suggestion):
            .init(fr: "Commande inconnue « \(word) ».\(Self.hintFR(suggestion)) Tapez « help » pour la liste.",
                  en: "Unknown command '\(word)'.\(Self.hintEN(suggestion)) Type 'help' for the list.")
        case .usage(let usage):
            .init(fr: "Usage : \(UsagePlaceholders.text(usage, in: .fr))", en: "Usage: \(usage)")
        case .interrupted:
            .init(fr: "Interrompu : la séance est inchangée.", en: "Interrupted: the session is unchanged.")
        case .languageSet: .init(fr: "Langue : français.", en: "Language: English.")
        case .unknownOutput(let word, let suggestion):
            .init(fr: "Pas d'indicateur « \(word) ».\(Self.hintFR(suggestion)) Indicateurs : \(Self.outputs).",
                  en: "No output '\(word)'.\(Self.hintEN(suggestion)) Outputs: \(Self.outputs).")
        case .unknownParameter(let word, let suggestion):
            .init(fr: "Pas de paramètre « \(word) ».\(Self.hintFR(suggestion)) « params » les liste.",
                  en: "No parameter '\(word)'.\(Self.hintEN(suggestion)) 'params' lists them.")
        case .leverIsNotParameter(let lever):
            .init(fr: "« \(lever) » est un levier : les plans le règlent. Utilisez « action add \(lever) level=… ».",
                  en: "'\(lever)' is a lever: plans set it. Use 'action add \(lever) level=…'.")
        case .unknownPlan(let word, let suggestion, let plans):
            .init(fr: "Pas de plan « \(word) ».\(Self.hintFR(suggestion)) Plans : \(plans.joined(separator: ", ")).",
                  en: "No plan '\(word)'.\(Self.hintEN(suggestion)) Plans: \(plans.joined(separator: ", ")).")
        case .unknownLever(let word, let suggestion):
            .init(fr: "Pas de levier « \(word) ».\(Self.hintFR(suggestion)) « levers » les liste.",
                  en: "No lever '\(word)'.\(Self.hintEN(suggestion)) 'levers' lists them.")
        case .unknownName(let word, let suggestion):
            .init(fr: "Ni commande ni nom « \(word) ».\(Self.hintFR(suggestion)) « help » liste les commandes, « params » les paramètres, « levers » les leviers.",
                  en: "No command or name '\(word)'.\(Self.hintEN(suggestion)) 'help' lists the commands, 'params' the parameters, 'levers' the levers.")
        case .unknownKey(let key, let suggestion, let known):
            .init(fr: "Clé inconnue « \(key) ».\(Self.hintFR(suggestion)) Clés : \(known.map { $0 + "=" }.joined(separator: ", ")).",
                  en: "Unknown key '\(key)'.\(Self.hintEN(suggestion)) Keys: \(known.map { $0 + "=" }.joined(separator: ", ")).")
        case .notANumber(let word, let what):
            .init(fr: "« \(word) » n'est pas un nombre (\(what)).", en: "'\(word)' is not a number (\(what)).")
        case .yearsOutOfRange(let value):
            .init(fr: "Durée de \(Self.number(value, .fr)) \(abs(value) < 2 ? "an" : "ans") : choisissez entre 1 et \(Self.number(EstateModel.maximumYears, .fr)).",
                  en: "A run of \(Self.number(value, .en)) years: choose between 1 and \(Self.number(EstateModel.maximumYears, .en)).")
        case .notAParameter(let name, let kind):
            .init(fr: "« \(name) » est un résultat du modèle (\(Self.kindName(kind, .fr))), pas un paramètre : on ne le règle pas, on le lit (run \(name)). « params » liste les paramètres.",
                  en: "'\(name)' is computed by the model (\(Self.kindName(kind, .en))), not a parameter: read it with 'run \(name)'. 'params' lists the parameters.")
        case .duplicatePlan(let name):
            .init(fr: "Le plan \(name) est nommé deux fois ; nommez chaque plan une fois.",
                  en: "Plan \(name) is named twice; name each plan once.")
        case .surveyYearOutOfRange(let value):
            .init(fr: "Enquête à l'an \(Self.number(value, .fr)) : choisissez une année de 0 à \(Self.number(EstateModel.maximumYears, .fr)).",
                  en: "Survey at year \(Self.number(value, .en)): choose a year from 0 to \(Self.number(EstateModel.maximumYears, .en)).")
        case .predictionYearOutOfRange(let value):
            .init(fr: "Prédiction à l'an \(Self.number(value, .fr)) : choisissez une année de 0 à \(Self.number(EstateModel.maximumYears, .fr)).",
                  en: "Prediction at year \(Self.number(value, .en)): choose a year from 0 to \(Self.number(EstateModel.maximumYears, .en)).")
        case .predictionOutOfRange(let name, let value, let low, let high):
            high == .greatestFiniteMagnitude
                ? .init(fr: "\(Self.number(value, .fr)) est impossible pour \(name) : la valeur est positive ou nulle.",
                        en: "\(Self.number(value, .en)) is impossible for \(name): it is zero or more.")
                : .init(fr: "\(Self.number(value, .fr)) est impossible pour \(name) : choisissez entre \(Self.number(low, .fr)) et \(Self.number(high, .fr)).",
                        en: "\(Self.number(value, .en)) is impossible for \(name): choose between \(Self.number(low, .en)) and \(Self.number(high, .en)).")
        case .notReached(let years):
            .init(fr: "non atteint (projection de \(Self.number(years, .fr)) ans)", en: "not reached (\(Self.number(years, .en))-year run)")
        case .actionTimeOutOfRange(let key, let value):
            .init(fr: "\(key)=\(Self.number(value, .fr)) : une action a lieu entre l'an 0 et l'an \(Self.number(EstateModel.maximumYears, .fr)) (la plus longue projection).",
                  en: "\(key)=\(Self.number(value, .en)): an action takes place between year 0 and year \(Self.number(EstateModel.maximumYears, .en)) (the longest run).")
        case .actionLengthNotPositive(let value):
            .init(fr: "years=\(Self.number(value, .fr)) : une action dure plus de 0 an ; donnez years=N avec N > 0, ou until=ANNÉE.",
                  en: "years=\(Self.number(value, .en)): an action lasts more than 0 years; give years=N with N > 0, or until=YEAR.")
        case .fileProblem(let text): text
        case .commandsTitle: .init(fr: "Commandes", en: "Commands")
        case .commandHeader: .init(fr: "Commande", en: "Command")
        case .whatHeader: .init(fr: "Rôle", en: "What it does")
        case .helpFooter:
            .init(fr: "« help COMMANDE » pour l'usage complet, « help NOM » pour un paramètre, un indicateur ou un levier.",
                  en: "'help COMMAND' for full usage, 'help NAME' for a parameter, output or lever.")
        case .kindLabel: .init(fr: "Nature", en: "Kind")
        case .unitsLabel: .init(fr: "Unité", en: "Unit")
        case .equationLabel: .init(fr: "Équation", en: "Equation")
        case .initialValueLabel: .init(fr: "Valeur initiale", en: "Initial value")
        case .inflowsLabel: .init(fr: "Entrées", en: "Inflows")
        case .outflowsLabel: .init(fr: "Sorties", en: "Outflows")
        case .valueLabel: .init(fr: "Valeur dans le scénario", en: "Value in the scenario")
        case .rangeLabel: .init(fr: "Plage", en: "Range")
        case .meaningLabel: .init(fr: "Sens", en: "Meaning")
        case .sourceLabel: .init(fr: "Source", en: "Source")
        case .levelLabel: .init(fr: "Niveau", en: "Level")
        case .effectsLabel: .init(fr: "Effets", en: "Effects")
        case .stateCityShareLabel: .init(fr: "Part État/ville", en: "State/city share")
        case .example: .init(fr: "Exemple", en: "Example")
        case .kind(let kind):
            switch kind {
            case .stock: .init(fr: "stock", en: "stock")
            case .flow: .init(fr: "flux", en: "flow")
            case .aux: .init(fr: "variable calculée", en: "auxiliary")
            case .parameter: .init(fr: "paramètre", en: "parameter")
            }
        case .noScenarios:
            .init(fr: "Aucun scénario trouvé : placez des fichiers .yaml dans ./Scenarios ou indiquez QUARTIER_SCENARIOS.",
                  en: "No scenario found: put .yaml files in ./Scenarios or set QUARTIER_SCENARIOS.")
        // The problem already says what failed to load and where: a second header would stack on the
        // REPL's own error prefix.
        case .cannotLoad(let problem): .init(fr: problem, en: problem)
        case .loaded(let scenario, let plans):
            .init(fr: "Scénario \(scenario) chargé. Plans : \(plans.joined(separator: ", ")).",
                  en: "Scenario \(scenario) loaded. Plans: \(plans.joined(separator: ", ")).")
        case .fileLabel: .init(fr: "Fichier", en: "File")
        case .parameterHeader: .init(fr: "Paramètre", en: "Parameter")
        case .valueHeader: .init(fr: "Valeur", en: "Value")
        case .plansSummary(let plans, let current):
            .init(fr: "Plans : \(plans.joined(separator: ", ")) (courant : \(current)).",
                  en: "Plans: \(plans.joined(separator: ", ")) (current: \(current)).")
        case .noParameterMatches(let filter, let suggestion):
            .init(fr: "Aucun paramètre ne contient « \(filter) ».\(Self.hintFR(suggestion))", en: "No parameter contains '\(filter)'.\(Self.hintEN(suggestion))")
        case .outOfRange(let name, let value, let low, let high):
            .init(fr: "\(Self.number(value, .fr)) est hors de la plage de \(name) : \(Self.number(low, .fr)) .. \(Self.number(high, .fr)).",
                  en: "\(Self.number(value, .en)) is outside the range of \(name): \(Self.number(low, .en)) .. \(Self.number(high, .en)).")
        case .setParameter(let name, let from, let to):
            .init(fr: "\(name) : \(from) → \(to)", en: "\(name): \(from) → \(to)")
        case .leverHeader: .init(fr: "Levier", en: "Lever")
        case .nameHeader: .init(fr: "Nom", en: "Name")
        case .planHeader: .init(fr: "Plan", en: "Plan")
        case .actionsHeader: .init(fr: "Actions", en: "Actions")
        case .descriptionHeader: .init(fr: "Description", en: "Description")
        case .baselineWord: .init(fr: "référence", en: "baseline")
        case .startHeader: .init(fr: "Début", en: "Start")
        case .yearUnit: .init(fr: "an", en: "year")
        case .untilHeader: .init(fr: "Fin", en: "Until")
        case .planCreated(let name):
            .init(fr: "Plan \(name) créé et sélectionné.", en: "Plan \(name) created and selected.")
        case .planCopied(let source, let name):
            .init(fr: "Plan \(source) copié en \(name), sélectionné.", en: "Plan \(source) copied to \(name), selected.")
        case .cannotRemoveBaseline(let name):
            .init(fr: "Le plan \(name) est la référence de toutes les comparaisons ; il ne peut être supprimé.",
                  en: "Plan \(name) is the baseline of every comparison; it cannot be removed.")
        case .planRemoved(let name): .init(fr: "Plan \(name) supprimé.", en: "Plan \(name) removed.")
        case .planRenamed(let old, let new): .init(fr: "Plan \(old) renommé \(new).", en: "Plan \(old) renamed \(new).")
        case .reservedPlanName(let name):
            .init(fr: "« \(name) » ne peut pas nommer un plan (mot réservé : new, copy, remove, rename, ou « = »).",
                  en: "'\(name)' cannot name a plan (reserved word: new, copy, remove, rename, or '=').")
        case .planExists(let name):
            .init(fr: "Un plan \(name) existe déjà ; choisissez un autre nom.", en: "A plan \(name) already exists; choose another name.")
        case .planTitle(let name, let baseline):
            baseline ? .init(fr: "Plan \(name) (référence)", en: "Plan \(name) (baseline)")
                : .init(fr: "Plan \(name)", en: "Plan \(name)")
        case .noActionBaseline:
            .init(fr: "La référence des comparaisons reste sans action : créez un plan à construire avec plan new NOM.",
                  en: "The baseline of comparisons stays without actions: create a plan to build with plan new NAME.")
        case .noActionYet:
            .init(fr: "Aucune action. Ajoutez-en : action add LEVIER level=… (« levers » les liste).",
                  en: "No action yet. Add one: action add LEVER level=… ('levers' lists them).")
        case .cannotRenameBaseline(let name):
            .init(fr: "Le plan \(name) est la référence de toutes les comparaisons ; il ne peut être renommé. Copiez-le : plan copy \(name) NOM.",
                  en: "Plan \(name) is the baseline of every comparison; it cannot be renamed. Copy it: plan copy \(name) NAME.")
        case .baselineIsReadOnly(let name):
            .init(fr: "Le plan \(name) est la référence de toutes les comparaisons. Créez un plan : plan new NOM (ou plan copy \(name) NOM).",
                  en: "Plan \(name) is the baseline of every comparison. Create a plan: plan new NAME (or plan copy \(name) NAME).")
        case .unexpectedWords(let words, let usage):
            .init(fr: "Mots inattendus : \(words.joined(separator: " ")). Usage : \(UsagePlaceholders.text(usage, in: .fr))",
                  en: "Unexpected words: \(words.joined(separator: " ")). Usage: \(usage)")
        case .levelRequired(let lever, let range):
            .init(fr: "Donnez le niveau de \(lever) : level=… dans \(range).",
                  en: "Give the level of \(lever): level=… within \(range).")
        case .actionAdded(let plan, let summary):
            .init(fr: "Action ajoutée au plan \(plan) : \(summary)", en: "Action added to plan \(plan): \(summary)")
        case .actionEdited(let plan, let number, let summary):
            .init(fr: "Action \(number) du plan \(plan) modifiée : \(summary)", en: "Action \(number) of plan \(plan) edited: \(summary)")
        case .actionRemoved(let plan, let number, let summary):
            .init(fr: "Action \(number) retirée du plan \(plan) : \(summary)", en: "Action \(number) removed from plan \(plan): \(summary)")
        case .planProblems(let problems):
            // One line, as every error is in a script's report (`FILE:LINE: message`).
            .init(fr: "Modification refusée : " + problems.joined(separator: " ; "),
                  en: "Change refused: " + problems.joined(separator: "; "))
        case .yearsOrUntil:
            .init(fr: "Donnez years= ou until=, pas les deux.", en: "Give years= or until=, not both.")
        case .noSuchAction(let word, let plan, let count):
            .init(fr: "Pas d'action « \(word) » dans le plan \(plan) : numéros de 1 à \(count).",
                  en: "No action '\(word)' in plan \(plan): numbers 1 to \(count).")
        case .runFailed(let plan, let problem):
            .init(fr: "Le plan \(plan) ne peut pas tourner :\n\(problem)", en: "Plan \(plan) cannot run:\n\(problem)")
        case .predictionsTitle(let plan):
            .init(fr: "Prédictions et résultats, plan \(plan)", en: "Predictions and results, plan \(plan)")
        case .outputHeader: .init(fr: "Indicateur", en: "Output")
        case .yearHeader: .init(fr: "Année", en: "Year")
        case .predictedHeader: .init(fr: "Prédit", en: "Predicted")
        case .resultHeader: .init(fr: "Résultat", en: "Result")
        case .differenceHeader: .init(fr: "Écart", en: "Difference")
        case .sampleOutOfRange(let value):
            .init(fr: "Échantillon de \(Self.number(value, .fr)) : un nombre entier de 1 à 100 000.",
                  en: "Sample of \(Self.number(value, .en)): a whole number from 1 to 100,000.")
        case .badSeed(let word):
            .init(fr: "Graine « \(word) » : un nombre entier positif.", en: "Seed '\(word)': a whole non-negative number.")
        case .noPredictions:
            .init(fr: "Aucune prédiction. predict INDICATEUR VALEUR [ANNÉE]", en: "No prediction. predict OUTPUT VALUE [YEAR]")
        case .predictionsCleared: .init(fr: "Prédictions effacées.", en: "Predictions cleared.")
        case .predictionRecorded(let output, let value, let year, let plan):
            .init(fr: "Prédiction : \(output) = \(value) à l'année \(year), plan \(plan). « run » la révélera.",
                  en: "Prediction: \(output) = \(value) at year \(year), plan \(plan). 'run' will reveal it.")
        case .nothingToUndo: .init(fr: "Rien à annuler.", en: "Nothing to undo.")
        case .nothingToUndoAfterOpen(let count):
            .init(fr: "Rien à annuler depuis l'ouverture : \(count == 1 ? "la modification d'avant l'enregistrement reste listée" : "les \(count) modifications d'avant l'enregistrement restent listées") par « changes », mais l'historique d'annulation n'est pas conservé par save et open.",
                  en: "Nothing to undo since the session was opened: \(count == 1 ? "the change" : "the \(count) changes") made before it was saved \(count == 1 ? "is" : "are") still listed by 'changes', but the undo history is not kept across save and open.")
        case .beforeSaveHeader:
            .init(fr: "Avant l'enregistrement de la séance (non annulables) :", en: "Before the session was saved (cannot be undone):")
        case .sinceOpenHeader: .init(fr: "Depuis l'ouverture :", en: "Since the session was opened:")
        case .nothingToRedo: .init(fr: "Rien à rétablir.", en: "Nothing to redo.")
        case .nothingToReplay:
            .init(fr: "Aucune modification à rejouer depuis le chargement.", en: "No change to replay since loading.")
        case .undone(let what): .init(fr: "Annulé : \(what)", en: "Undone: \(what)")
        case .redone(let what): .init(fr: "Rétabli : \(what)", en: "Redone: \(what)")
        case .beforeWord: .init(fr: "avant", en: "before")
        case .afterWord: .init(fr: "après", en: "after")
        case .replaying(let what, let plan):
            .init(fr: "Rejeu de « \(what) » sur le plan \(plan) : avant, puis après (écart entre parenthèses).",
                  en: "Replaying '\(what)' on plan \(plan): before, then after (difference in brackets).")
        case .noChanges(let scenario):
            .init(fr: "Aucune modification depuis le chargement de \(scenario).", en: "No change since \(scenario) was loaded.")
        case .changesTitle(let scenario):
            .init(fr: "Modifications depuis le chargement de \(scenario) :", en: "Changes since \(scenario) was loaded:")
        case .recorded(let text): text
        case .writeFailed(let problem): .init(fr: "Écriture impossible : \(problem)", en: "Cannot write: \(problem)")
        case .saved(let path): .init(fr: "Séance enregistrée dans \(path).", en: "Session saved to \(path).")
        case .unknownExportFormat(let format):
            .init(fr: "Format d'export inconnu « \(format) » : csv (tableur) ou json. Exemple : export csv resultats.csv",
                  en: "Unknown export format '\(format)': csv (spreadsheet) or json. Example: export csv results.csv")
        case .unsavedChanges(let again, let quitting):
            quitting
                ? .init(
                    fr: "Des modifications ne sont pas enregistrées. « save FICHIER » pour les garder, ou « quit » (ou Ctrl-D) de nouveau pour quitter sans elles.",
                    en: "Some changes are not saved. 'save FILE' to keep them, or 'quit' (or Ctrl-D) again to leave without them.")
                : .init(
                    fr: "Des modifications ne sont pas enregistrées. « save FICHIER » pour les garder, ou « \(again) » de nouveau pour le faire sans elles.",
                    en: "Some changes are not saved. 'save FILE' to keep them, or '\(again)' again to do it without them.")
        case .cannotRead(let path):
            .init(fr: "Impossible de lire \(path) : vérifiez le chemin.", en: "Cannot read \(path): check the path.")
        case .corruptSession(let path, let problems):
            .init(fr: "\(path) n'est pas une séance Quartier valide (\(problems.map(\.fr).joined(separator: " ; "))) ; la séance en cours est inchangée.",
                  en: "\(path) is not a valid Quartier session (\(problems.map(\.en).joined(separator: "; "))); the current session is unchanged.")
        case .newerSession(let path, let version):
            .init(fr: "\(path) vient d'une version plus récente de Quartier (format \(version)) ; mettez Quartier à jour.",
                  en: "\(path) comes from a newer Quartier (format \(version)); update Quartier.")
        case .opened(let path, let scenario, let plan):
            .init(fr: "Séance \(path) ouverte : scénario \(scenario), plan \(plan).",
                  en: "Session \(path) opened: scenario \(scenario), plan \(plan).")
        case .nothingToExport:
            .init(fr: "Rien à exporter : lancez d'abord run, compare ou survey.", en: "Nothing to export: run, compare or survey first.")
        case .exported(let path, let plans):
            .init(fr: "Résultats exportés pour \(Self.frenchList(plans)) dans \(path).",
                  en: "Results of \(plans.joined(separator: ", ")) exported to \(path).")
        }
    }

    /// Names joined the French way: `a`, `a et b`, `a, b et c`.
    private static func frenchList(_ names: [String]) -> String {
        guard let last = names.last, names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " et " + last
    }

    /// The engine's suggestion wording, so that the session and the model files say it the same way.
    private static func hintFR(_ suggestion: String?) -> String { NameSuggestion.hint(suggestion).fr }
    private static func hintEN(_ suggestion: String?) -> String { NameSuggestion.hint(suggestion).en }
    private static var outputs: String { OutputVariable.identifiers.joined(separator: ", ") }

    private static func number(_ value: Double, _ language: Language) -> String {
        ParameterValue.text(value, numbers: NumberFormatting(language: language))
    }

    private static func kindName(_ kind: VariableKind, _ language: Language) -> String {
        SessionMessage.kind(kind).localized.text(in: language)
    }
}
