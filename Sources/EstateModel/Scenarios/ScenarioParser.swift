import Localization
import SystemDynamics
import Yams

/// Reads a scenario file's YAML into a `Scenario`, collecting every problem with its line and column.
///
/// Yams composes the document into nodes that keep their marks; the schema (docs/scenario-format.md) is
/// checked here rather than through `Decodable`, so that each message can point at the offending node and
/// name the allowed keys, values and ranges.
struct ScenarioParser {
    let file: String
    let model: EstateModel
    private(set) var issues: [ScenarioIssue] = []

    init(file: String, model: EstateModel) {
        self.file = file
        self.model = model
    }

    static let topKeys = ["name", "description", "estate", "initial", "parameters", "state_city_share", "plans"]
    static let planKeys = ["name", "description", "actions"]
    static let actionKeys = [
        "lever", "level", "start_year", "start_month", "duration_years", "duration_months", "until_year", "until_month",
    ]
    /// The estate description keys, each the name of a model parameter.
    static let estateKeys = [
        "dwellings", "buildings", "lifts", "caretakers", "back_office_staff", "cleaning_contract_level",
        "maintenance_budget", "survey_programme", "survey_interval", "social_fragility", "requests_per_dwelling_year",
        "request_volume_multiplier", "turnover_normal", "vacancy_normal", "base_charges",
    ]

    /// The initial-state keys: model parameters `initial_<key>`.
    var initialKeys: [String] {
        model.parameterNames.filter { $0.hasPrefix("initial_") }.map { String($0.dropFirst("initial_".count)) }
    }

    mutating func parse(_ text: String, defaultName: String) -> Scenario? {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            report(yamlError: error)
            return nil
        } catch {
            unreadable(error)
            return nil
        }
        let keys = Self.topKeys.joined(separator: ", ")
        guard let root else {
            issues.append(
                ScenarioIssue(
                    location: SourceLocation(file: file, line: 1, column: 1),
                    message: LocalizedText(
                        fr: "le fichier de scénario est vide. Un scénario est un dictionnaire avec les clés \(keys).",
                        en: "the scenario file is empty. A scenario is a mapping with the keys \(keys).")))
            return nil
        }
        guard let mapping = root.mapping else {
            issue(
                fr: "un fichier de scénario doit être un dictionnaire avec les clés \(keys).",
                en: "a scenario file must be a mapping with the keys \(keys).", at: root)
            return nil
        }
        var scenario = Scenario(name: defaultName, plans: [])
        for (keyNode, value) in mapping {
            guard let key = keyName(keyNode, allowed: Self.topKeys, section: LocalizedText(fr: "le niveau principal", en: "the top level")) else { continue }
            switch key {
            case "name": if let name = string(value, key: key) { scenario.name = name }
            case "description": if let text = localizedText(value, key: key) { scenario.description = text }
            case "estate": readParameters(value, section: "estate", keys: Self.estateKeys, prefix: "", into: &scenario)
            case "initial": readParameters(value, section: "initial", keys: initialKeys, prefix: "initial_", into: &scenario)
            case "parameters": readOverrides(value, into: &scenario)
            case "state_city_share": readShares(value, into: &scenario)
            case "plans": scenario.plans = readPlans(value)
            default: break
            }
        }
        if scenario.plans.isEmpty, issues.isEmpty { issue(Self.noPlan, at: root) }
        return issues.isEmpty ? scenario : nil
    }

    // MARK: Sections

    private mutating func readParameters(
        _ node: Node, section: String, keys: [String], prefix: String, into scenario: inout Scenario
    ) {
        guard let mapping = mapping(node, key: section) else { return }
        for (keyNode, value) in mapping {
            guard let key = keyName(keyNode, allowed: keys, section: Self.quoted(section)) else { continue }
            let parameter = prefix + key
            if let number = checkedNumber(value, parameter: parameter, key: key) {
                scenario.parameterValues[parameter] = number
            }
        }
    }

    private mutating func readOverrides(_ node: Node, into scenario: inout Scenario) {
        guard let mapping = mapping(node, key: "parameters") else { return }
        for (keyNode, value) in mapping {
            guard let raw = keyNode.scalar?.string else {
                issue(fr: "un nom de paramètre doit être un simple mot.", en: "a parameter name must be a plain word.", at: keyNode)
                continue
            }
            let name = canonicalName(raw)
            if name.hasPrefix(Lever.parameterPrefix) {
                issue(Self.leverAsParameter(raw), at: keyNode)
                continue
            }
            guard model.hasParameter(name) else {
                issue(Self.unknownParameter(raw, model: model), at: keyNode)
                continue
            }
            if let number = checkedNumber(value, parameter: name, key: raw) { scenario.parameterValues[name] = number }
        }
    }

    private mutating func readShares(_ node: Node, into scenario: inout Scenario) {
        guard let mapping = mapping(node, key: "state_city_share") else { return }
        for (keyNode, value) in mapping {
            guard let lever = keyName(keyNode, allowed: LeverCatalogue.identifiers, section: LocalizedText(fr: "« state_city_share » (leviers)", en: "'state_city_share' (levers)"))
            else { continue }
            guard let share = number(value, key: lever) else { continue }
            if !(0...1).contains(share) {
                issue(
                    fr: "la part État/ville de « \(lever) » doit être comprise entre 0 et 1, pas \(Plan.format(share)).",
                    en: "the State/city share of '\(lever)' must be between 0 and 1, not \(Plan.format(share)).", at: value)
                continue
            }
            scenario.stateAndCityShares[lever] = share
        }
    }

    private mutating func readPlans(_ node: Node) -> [Plan] {
        guard let sequence = node.sequence else {
            issue(
                fr: "« plans » doit être une liste de plans (chacun commençant par « - name: »).",
                en: "'plans' must be a list of plans (each starting with '- name:').", at: node)
            return []
        }
        var plans: [Plan] = []
        for planNode in sequence {
            guard let mapping = mapping(planNode, key: Self.aPlan) else { continue }
            var plan = Plan(name: "")
            var actionNodes: [Node] = []
            for (keyNode, value) in mapping {
                guard let key = keyName(keyNode, allowed: Self.planKeys, section: Self.aPlan) else { continue }
                switch key {
                case "name": plan.name = string(value, key: key) ?? ""
                case "description": if let text = localizedText(value, key: key) { plan.description = text }
                case "actions":
                    guard let actions = value.sequence else {
                        issue(
                            fr: "« actions » doit être une liste d'actions (chacune commençant par « - lever: »), ou [] pour aucune.",
                            en: "'actions' must be a list of actions (each starting with '- lever:'), or [] for none.", at: value)
                        continue
                    }
                    actionNodes = Array(actions)
                default: break
                }
            }
            if plan.name.isEmpty {
                issue(fr: "chaque plan demande un « name ».", en: "every plan needs a 'name'.", at: planNode)
                continue
            }
            if plans.contains(where: { $0.name == plan.name }) {
                issue(Self.duplicatePlan(plan.name), at: planNode)
                continue
            }
            for actionNode in actionNodes {
                guard let action = readAction(actionNode, plan: plan.name) else { continue }
                if let other = plan.actions.first(where: { $0.overlaps(action) }) {
                    let these = Plan.years(action.startMonth, action.endMonth)
                    let those = Plan.years(other.startMonth, other.endMonth)
                    issue(
                        fr: "dans le plan « \(plan.name) », cette action « \(action.lever) » (années \(these)) chevauche une autre "
                            + "sur le même levier (années \(those)) ; faites se suivre les périodes.",
                        en: "in plan '\(plan.name)', this '\(action.lever)' action (years \(these)) overlaps another on the same lever "
                            + "(years \(those)); make the periods follow each other.",
                        at: actionNode)
                    continue
                }
                plan.actions.append(action)
            }
            plans.append(plan)
        }
        return plans
    }

    private mutating func readAction(_ node: Node, plan: String) -> Action? {
        guard let mapping = mapping(node, key: Self.anAction) else { return nil }
        var lever: String?
        var level: Double?
        var start: (months: Double, node: Node)?
        var end: (months: Double, node: Node)?
        var duration: (months: Double, node: Node)?
        for (keyNode, value) in mapping {
            guard let key = keyName(keyNode, allowed: Self.actionKeys, section: Self.anAction) else { continue }
            switch key {
            case "lever":
                guard let name = string(value, key: key) else { continue }
                guard LeverCatalogue.lever(name) != nil else {
                    let hint = NameSuggestion.didYouMean(name, in: LeverCatalogue.identifiers)
                    let levers = LeverCatalogue.identifiers.joined(separator: ", ")
                    issue(
                        fr: "levier inconnu « \(name) ».\(hint.fr) Leviers : \(levers).",
                        en: "unknown lever '\(name)'.\(hint.en) Levers: \(levers).", at: value)
                    continue
                }
                lever = name
            case "level": level = number(value, key: key)
            case "start_year", "start_month":
                guard let value_ = number(value, key: key) else { continue }
                if start != nil {
                    issue(
                        fr: "donnez « start_year » ou « start_month », pas les deux.", en: "give either 'start_year' or 'start_month', not both.",
                        at: keyNode)
                }
                start = (key == "start_year" ? value_ * 12 : value_, value)
            case "until_year", "until_month":
                guard let value_ = number(value, key: key) else { continue }
                if end != nil || duration != nil { oneEnd(at: keyNode) }
                end = (key == "until_year" ? value_ * 12 : value_, value)
            case "duration_years", "duration_months":
                guard let value_ = number(value, key: key) else { continue }
                if end != nil || duration != nil { oneEnd(at: keyNode) }
                duration = (key == "duration_years" ? value_ * 12 : value_, value)
            default: break
            }
        }
        guard let lever else {
            if !mapping.keys.contains(where: { $0.scalar?.string == "lever" }) {
                let levers = LeverCatalogue.identifiers.joined(separator: ", ")
                issue(fr: "une action demande un « lever » (l'un de \(levers)).", en: "an action needs a 'lever' (one of \(levers)).", at: node)
            }
            return nil
        }
        guard let level else {
            if !mapping.keys.contains(where: { $0.scalar?.string == "level" }) {
                issue(
                    fr: "l'action « \(lever) » demande un « level » (\(levelHelp(lever).fr)).",
                    en: "the '\(lever)' action needs a 'level' (\(levelHelp(lever).en)).", at: node)
            }
            return nil
        }
        guard let start else {
            issue(
                fr: "l'action « \(lever) » demande un début : « start_year » (0 = la première année) ou « start_month ».",
                en: "the '\(lever)' action needs a start: 'start_year' (0 = the first year) or 'start_month'.", at: node)
            return nil
        }
        if start.months < 0 {
            issue(
                fr: "l'action « \(lever) » commence avant la simulation ; prenez un début de 0 ou plus.",
                en: "the '\(lever)' action starts before the simulation; use a start of 0 or more.", at: start.node)
            return nil
        }
        let endMonth: Double
        if let duration {
            guard duration.months > 0 else {
                issue(
                    fr: "l'action « \(lever) » doit durer plus de 0 ; sa durée est de \(Plan.format(duration.months)) mois.",
                    en: "the '\(lever)' action must last more than 0; its duration is \(Plan.format(duration.months)) months.", at: duration.node)
                return nil
            }
            endMonth = start.months + duration.months
        } else if let end {
            guard end.months > start.months else {
                let (from, to) = (Plan.year(start.months), Plan.year(end.months))
                issue(
                    fr: "l'action « \(lever) » se termine (année \(to)) avant de commencer (année \(from)) ; la fin doit venir après le début.",
                    en: "the '\(lever)' action ends (year \(to)) before it starts (year \(from)); the end must come after the start.",
                    at: end.node)
                return nil
            }
            endMonth = end.months
        } else {
            issue(
                fr: "l'action « \(lever) » demande une fin : « duration_years », « duration_months », « until_year » ou « until_month ».",
                en: "the '\(lever)' action needs an end: 'duration_years', 'duration_months', 'until_year' or 'until_month'.", at: node)
            return nil
        }
        if let range = model.range(of: Lever.parameterPrefix + lever), !range.contains(level) {
            let bounds = Plan.format(range)
            issue(
                fr: "le niveau \(Plan.format(level)) de « \(lever) » est hors limites : autorisé \(bounds) (\(levelHelp(lever).fr)).",
                en: "level \(Plan.format(level)) of '\(lever)' is out of range: allowed \(bounds) (\(levelHelp(lever).en)).",
                at: mapping.first { $0.key.scalar?.string == "level" }?.value ?? node)
            return nil
        }
        return Action(lever: lever, startMonth: start.months, endMonth: endMonth, level: level)
    }

    private func levelHelp(_ lever: String) -> LocalizedText {
        LeverCatalogue.lever(lever)?.levelUnit ?? LocalizedText(fr: "voir le catalogue des leviers", en: "see the lever catalogue")
    }

    private mutating func oneEnd(at node: Node) {
        issue(
            fr: "donnez un seul de « duration_years », « duration_months », « until_year », « until_month ».",
            en: "give one of 'duration_years', 'duration_months', 'until_year', 'until_month'.", at: node)
    }

    /// Section names as messages quote them.
    private static let aPlan = LocalizedText(fr: "un plan", en: "a plan")
    private static let anAction = LocalizedText(fr: "une action", en: "an action")

    private static func quoted(_ key: String) -> LocalizedText { LocalizedText(fr: "« \(key) »", en: "'\(key)'") }

    // MARK: Values

    private mutating func keyName(_ node: Node, allowed: [String], section: LocalizedText) -> String? {
        guard let key = node.scalar?.string else {
            issue(fr: "les clés dans \(section.fr) doivent être de simples mots.", en: "keys in \(section.en) must be plain words.", at: node)
            return nil
        }
        guard allowed.contains(key) else {
            let hint = NameSuggestion.didYouMean(key, in: allowed)
            let list = allowed.joined(separator: ", ")
            issue(
                fr: "clé inconnue « \(key) » dans \(section.fr).\(hint.fr) Autorisées : \(list).",
                en: "unknown key '\(key)' in \(section.en).\(hint.en) Allowed: \(list).", at: node)
            return nil
        }
        return key
    }

    private mutating func mapping(_ node: Node, key: String) -> Node.Mapping? {
        mapping(node, key: Self.quoted(key))
    }

    private mutating func mapping(_ node: Node, key: LocalizedText) -> Node.Mapping? {
        guard let mapping = node.mapping else {
            issue(
                fr: "\(key.fr) doit être un dictionnaire de lignes « clé: valeur ».", en: "\(key.en) must be a mapping of 'key: value' lines.",
                at: node)
            return nil
        }
        return mapping
    }

    private mutating func string(_ node: Node, key: String) -> String? {
        guard let scalar = node.scalar else {
            issue(fr: "« \(key) » doit être une seule valeur de texte.", en: "'\(key)' must be a single text value.", at: node)
            return nil
        }
        return scalar.string
    }

    private mutating func number(_ node: Node, key: String) -> Double? {
        guard let text = node.scalar?.string, let value = Double(text), value.isFinite else {
            issue(fr: "« \(key) » doit être un nombre, pas \(describe(node).fr).", en: "'\(key)' must be a number, not \(describe(node).en).", at: node)
            return nil
        }
        return value
    }

    /// A number checked against the model parameter's declared range.
    private mutating func checkedNumber(_ node: Node, parameter: String, key: String) -> Double? {
        guard let value = number(node, key: key) else { return nil }
        if let range = model.range(of: parameter), !range.contains(value) {
            issue(Self.outOfRange(key, value: value, range: range, variable: model.model.variable(named: parameter)), at: node)
            return nil
        }
        return value
    }

    private mutating func localizedText(_ node: Node, key: String) -> LocalizedText? {
        if let text = node.scalar?.string { return LocalizedText(fr: text, en: text) }
        guard let mapping = mapping(node, key: key) else { return nil }
        var fr: String?
        var en: String?
        for (keyNode, value) in mapping {
            guard let language = keyName(keyNode, allowed: ["fr", "en"], section: Self.quoted(key)) else { continue }
            if language == "fr" { fr = string(value, key: "\(key).fr") } else { en = string(value, key: "\(key).en") }
        }
        guard fr != nil || en != nil else { return nil }
        return LocalizedText(fr: fr ?? en ?? "", en: en ?? fr ?? "")
    }

    private func describe(_ node: Node) -> LocalizedText {
        if let text = node.scalar?.string { return Self.quoted(text) }
        return node.mapping != nil
            ? LocalizedText(fr: "un dictionnaire", en: "a mapping") : LocalizedText(fr: "une liste", en: "a list")
    }

    // MARK: Wording shared with Scenario.problems(model:)

    /// A lever given as a parameter.
    static func leverAsParameter(_ name: String) -> LocalizedText {
        LocalizedText(
            fr: "« \(name) » est un levier : réglez-le par les actions d'un plan, pas sous « parameters ».",
            en: "'\(name)' is a lever: set it through a plan's actions, not under 'parameters'.")
    }

    /// A parameter the model does not have, with the closest one it has.
    static func unknownParameter(_ name: String, model: EstateModel) -> LocalizedText {
        let hint = NameSuggestion.didYouMean(canonicalName(name), in: model.settableParameters.map(\.name))
        return LocalizedText(
            fr: "paramètre du modèle inconnu « \(name) ».\(hint.fr) Voir docs/model-reference.md pour les paramètres.",
            en: "unknown model parameter '\(name)'.\(hint.en) See docs/model-reference.md for the parameters.")
    }

    /// A parameter value outside the parameter's declared range, with the parameter's meaning.
    static func outOfRange(_ key: String, value: Double, range: ClosedRange<Double>, variable: Variable?) -> LocalizedText {
        func meaning(_ language: String) -> String {
            variable?.meaning(language: language).map { " (\($0.hasSuffix(".") ? String($0.dropLast()) : $0))" } ?? ""
        }
        let bounds = Plan.format(range)
        return LocalizedText(
            fr: "« \(key) » = \(Plan.format(value)) est hors limites : autorisé \(bounds)\(meaning("fr")).",
            en: "'\(key)' = \(Plan.format(value)) is out of range: allowed \(bounds)\(meaning("en")).")
    }

    /// A scenario without plans.
    static let noPlan = LocalizedText(
        fr: "le scénario n'a aucun plan ; ajoutez « plans: » avec au moins un plan « statu-quo » sans action.",
        en: "the scenario has no plan; add 'plans:' with at least a 'statu-quo' plan without actions.")

    /// Two plans with the same name.
    static func duplicatePlan(_ name: String) -> LocalizedText {
        LocalizedText(
            fr: "deux plans s'appellent « \(name) » ; donnez à chaque plan son propre nom.",
            en: "two plans are called '\(name)'; give each plan its own name.")
    }

    // MARK: Issues

    private mutating func issue(_ message: LocalizedText, at node: Node) {
        issue(fr: message.fr, en: message.en, at: node)
    }

    private mutating func issue(fr: String, en: String, at node: Node) {
        // A node without a mark still belongs to the file: point at its start rather than at nothing.
        let location = node.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
        issues.append(
            ScenarioIssue(location: location ?? SourceLocation(file: file, line: 1, column: 1), message: LocalizedText(fr: fr, en: en)))
    }

    private mutating func unreadable(_ error: any Error) {
        issues.append(
            ScenarioIssue(
                location: SourceLocation(file: file, line: 1, column: 1),
                message: LocalizedText(
                    fr: "impossible de lire le YAML : \(error). Vérifiez que c'est bien un fichier de scénario.",
                    en: "cannot read the YAML: \(error). Check that this is a scenario file.")))
    }

    private mutating func report(yamlError error: YamlError) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { " (\($0.text))" } ?? ""
            issues.append(
                ScenarioIssue(
                    location: SourceLocation(file: file, line: mark.line, column: mark.column),
                    message: LocalizedText(
                        fr: "syntaxe YAML : \(problem)\(detail). Vérifiez l'indentation et le « : » après chaque clé.",
                        en: "YAML syntax: \(problem)\(detail). Check the indentation and the ':' after each key.")))
        case .duplicatedKeysInMapping(let duplicates, let context):
            issues.append(
                ScenarioIssue(
                    location: SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                    message: LocalizedText(
                        fr: "la ou les clés \(duplicates.joined(separator: ", ")) apparaissent deux fois dans le même dictionnaire ; gardez-en une.",
                        en: "the key(s) \(duplicates.joined(separator: ", ")) appear twice in the same mapping; keep one.")))
        default:
            unreadable(error)
        }
    }
}
