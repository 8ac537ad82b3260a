import EstateModel
import Localization
import Reports

/// The REPL's commands, with their usage and help in both languages.
///
/// Names are short English words, as in sqlite3 and psql; `exit` and `show` are aliases of `quit` and
/// `estate`.
enum Command: String, CaseIterable, Sendable {
    case help, scenarios, load, estate, params, set, assumptions, levers, plans, plan, action, run, table, chart
    case compare, survey, predict, undo, redo, replay, changes, save, open, export, lang, quit

    /// Other spellings accepted for a command.
    static let aliases: [String: Command] = ["exit": .quit, "show": .estate, "?": .help]

    /// The command typed as `word`, if any.
    init?(word: String) {
        let lowered = word.lowercased()
        guard let command = Command(rawValue: lowered) ?? Self.aliases[lowered] else { return nil }
        self = command
    }

    /// The longest run in years, as help texts write it (a whole number in both languages).
    private static let longestRun = String(Int(EstateModel.maximumYears))

    /// Every word that names a command, for completion and suggestions.
    static var allWords: [String] { allCases.map(\.rawValue) + aliases.keys.filter { $0 != "?" }.sorted() }

    /// How the command is written.
    /// The first form of the usage: forms are separated by " | " outside brackets; a `|` inside brackets
    /// or between words (`csv|json`) is part of the form.
    var firstUsage: String {
        var depth = 0
        let characters = Array(usage)
        for (index, character) in characters.enumerated() {
            if character == "[" { depth += 1 }
            if character == "]" { depth -= 1 }
            if character == "|", depth == 0, index > 0, characters[index - 1] == " " {
                return String(characters[..<(index - 1)])
            }
        }
        return usage
    }

    var usage: String {
        switch self {
        case .help: "help [COMMAND | NAME]"
        case .scenarios: "scenarios"
        case .load: "load NAME | PATH"
        case .estate: "estate"
        case .params: "params [FILTER]"
        case .set: "set PARAMETER VALUE"
        case .assumptions: "assumptions [FILTER]"
        case .levers: "levers"
        case .plans: "plans"
        case .plan: "plan [NAME] | plan new NAME [DESCRIPTION] | plan copy [FROM] NAME | plan remove NAME | plan rename [OLD] NEW"
        case .action: "action add LEVER level=L [start=YEAR] [years=N | until=YEAR] | action edit N KEY=VALUE… | action remove N"
        case .run: "run [YEARS] [OUTPUT…]"
        case .table: "table OUTPUT… [years=N]"
        case .chart: "chart OUTPUT… [years=N]"
        case .compare: "compare [PLAN…] [years=N]"
        case .survey: "survey [PLAN] [YEAR] [SAMPLE] [SEED]"
        case .predict: "predict OUTPUT VALUE [YEAR] | predict | predict clear"
        case .undo: "undo"
        case .redo: "redo"
        case .replay: "replay"
        case .changes: "changes"
        case .save: "save FILE"
        case .open: "open FILE"
        case .export: "export csv|json FILE"
        case .lang: "lang fr|en"
        case .quit: "quit"
        }
    }

    /// One line saying what the command does.
    var summary: LocalizedText {
        switch self {
        case .help:
            .init(fr: "Aide sur une commande ou sur un nom (équation, unités, plage, sens, source).",
                  en: "Help on a command or on any name (equation, units, range, meaning, source).")
        case .scenarios: .init(fr: "Liste les scénarios disponibles.", en: "List the scenarios available.")
        case .load:
            .init(fr: "Charge un scénario par son nom ou son chemin (efface l'historique des modifications).",
                  en: "Load a scenario by name or path (clears the change history).")
        case .estate: .init(fr: "Décrit le patrimoine du scénario.", en: "Describe the scenario's estate.")
        case .params:
            .init(fr: "Liste les paramètres (valeur, unité, plage), filtrés par nom.",
                  en: "List the parameters (value, unit, range), filtered by name.")
        case .set:
            .init(fr: "Change la valeur d'un paramètre (contrôlée par sa plage ; annulable).",
                  en: "Change a parameter's value (checked against its range; undoable).")
        case .assumptions:
            .init(fr: "Toutes les hypothèses : chaque paramètre, sa valeur, sa plage, sa source ; les changements marqués *.",
                  en: "Every assumption: each parameter, its value, range and source; changes marked *.")
        case .levers: .init(fr: "Le catalogue des leviers d'action.", en: "The catalogue of action levers.")
        case .plans: .init(fr: "Liste les plans du scénario.", en: "List the scenario's plans.")
        case .plan:
            .init(fr: "Montre le plan courant, en choisit un autre, ou crée, copie, supprime, renomme un plan.",
                  en: "Show the current plan, select another, or create, copy, remove, rename a plan.")
        case .action:
            .init(fr: "Ajoute, modifie ou retire une action du plan courant (années de 0 à \(Self.longestRun) ; sans years= ni until=, l'action dure jusqu'à l'an \(Self.longestRun)).",
                  en: "Add, edit or remove an action of the current plan (years 0 to \(Self.longestRun); without years= or until=, it lasts until year \(Self.longestRun)).")
        case .run:
            .init(fr: "Projette le plan courant sur N années, la référence à côté, et révèle les prédictions.",
                  en: "Project the current plan over N years, the baseline beside it, and reveal predictions.")
        case .table:
            .init(fr: "Valeurs année par année d'indicateurs, plan courant et référence.",
                  en: "Year-by-year values of outputs, current plan and baseline.")
        case .chart:
            .init(fr: "Graphique d'indicateurs dans le temps, plan courant et référence.",
                  en: "Chart of outputs over time, current plan and baseline.")
        case .compare:
            .init(fr: "Compare des plans (tous par défaut) au premier : écarts et coûts par financeur.",
                  en: "Compare plans (all by default) with the first: differences and costs by funder.")
        case .survey:
            .init(fr: "Enquête de satisfaction simulée (échantillon, intervalle à 95 %).",
                  en: "Simulated satisfaction survey (sample, 95% interval).")
        case .predict:
            .init(fr: "Note la prédiction du groupe ; le prochain run la confronte au résultat.",
                  en: "Record the group's prediction; the next run sets it against the result.")
        case .undo: .init(fr: "Annule la dernière modification.", en: "Undo the last change.")
        case .redo: .init(fr: "Rétablit la modification annulée.", en: "Redo the change undone.")
        case .replay:
            .init(fr: "Rejoue la dernière modification : résultats avant et après.",
                  en: "Replay the last change: results before and after.")
        case .changes: .init(fr: "Ce qui a changé depuis le chargement.", en: "What changed since loading.")
        case .save: .init(fr: "Enregistre la séance (JSON).", en: "Save the session (JSON).")
        case .open: .init(fr: "Rouvre une séance enregistrée.", en: "Reopen a saved session.")
        case .export:
            .init(fr: "Exporte les derniers résultats en CSV ou JSON.", en: "Export the latest results as CSV or JSON.")
        case .lang: .init(fr: "Change la langue (fr ou en).", en: "Switch the language (fr or en).")
        case .quit: .init(fr: "Quitte (aussi exit, Ctrl-D).", en: "Quit (also exit, Ctrl-D).")
        }
    }
}
