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
            issues.append(ScenarioIssue(location: nil, message: "\(file): cannot read the YAML: \(error)"))
            return nil
        }
        guard let root, let mapping = root.mapping else {
            issue(
                "a scenario file must be a mapping with the keys \(Self.topKeys.joined(separator: ", ")).",
                at: root ?? Node("", Tag(.str)))
            return nil
        }
        var scenario = Scenario(name: defaultName, plans: [])
        for (keyNode, value) in mapping {
            guard let key = keyName(keyNode, allowed: Self.topKeys, section: "the top level") else { continue }
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
        if scenario.plans.isEmpty, issues.isEmpty {
            issue("the scenario has no plan; add 'plans:' with at least a 'statu-quo' plan without actions.", at: root)
        }
        return issues.isEmpty ? scenario : nil
    }

    // MARK: Sections

    private mutating func readParameters(
        _ node: Node, section: String, keys: [String], prefix: String, into scenario: inout Scenario
    ) {
        guard let mapping = mapping(node, key: section) else { return }
        for (keyNode, value) in mapping {
            guard let key = keyName(keyNode, allowed: keys, section: "'\(section)'") else { continue }
            let parameter = prefix + key
            if let number = checkedNumber(value, parameter: parameter, key: key) {
                scenario.parameterValues[parameter] = number
            }
        }
    }

    private mutating func readOverrides(_ node: Node, into scenario: inout Scenario) {
        guard let mapping = mapping(node, key: "parameters") else { return }
        let names = model.parameterNames.filter { !$0.hasPrefix("lever_") }
        for (keyNode, value) in mapping {
            guard let raw = keyNode.scalar?.string else {
                issue("a parameter name must be a plain word.", at: keyNode)
                continue
            }
            let name = canonicalName(raw)
            if name.hasPrefix("lever_") {
                issue("'\(raw)' is a lever: set it through a plan's actions, not under 'parameters'.", at: keyNode)
                continue
            }
            guard model.hasParameter(name) else {
                issue(
                    "unknown model parameter '\(raw)'.\(NameSuggestion.didYouMean(name, in: names)) "
                        + "See docs/model-reference.md for the parameters.", at: keyNode)
                continue
            }
            if let number = checkedNumber(value, parameter: name, key: raw) { scenario.parameterValues[name] = number }
        }
    }

    private mutating func readShares(_ node: Node, into scenario: inout Scenario) {
        guard let mapping = mapping(node, key: "state_city_share") else { return }
        for (keyNode, value) in mapping {
            guard let lever = keyName(keyNode, allowed: LeverCatalogue.identifiers, section: "'state_city_share' (levers)")
            else { continue }
            guard let share = number(value, key: lever) else { continue }
            if !(0...1).contains(share) {
                issue("the State/city share of '\(lever)' must be between 0 and 1, not \(Plan.format(share)).", at: value)
                continue
            }
            scenario.stateAndCityShares[lever] = share
        }
    }

    private mutating func readPlans(_ node: Node) -> [Plan] {
        guard let sequence = node.sequence else {
            issue("'plans' must be a list of plans (each starting with '- name:').", at: node)
            return []
        }
        var plans: [Plan] = []
        for planNode in sequence {
            guard let mapping = mapping(planNode, key: "a plan") else { continue }
            var plan = Plan(name: "")
            var actionNodes: [Node] = []
            for (keyNode, value) in mapping {
                guard let key = keyName(keyNode, allowed: Self.planKeys, section: "a plan") else { continue }
                switch key {
                case "name": plan.name = string(value, key: key) ?? ""
                case "description": if let text = localizedText(value, key: key) { plan.description = text }
                case "actions":
                    guard let actions = value.sequence else {
                        issue("'actions' must be a list of actions (each starting with '- lever:'), or [] for none.", at: value)
                        continue
                    }
                    actionNodes = Array(actions)
                default: break
                }
            }
            if plan.name.isEmpty {
                issue("every plan needs a 'name'.", at: planNode)
                continue
            }
            if plans.contains(where: { $0.name == plan.name }) {
                issue("two plans are called '\(plan.name)'; give each plan its own name.", at: planNode)
                continue
            }
            for actionNode in actionNodes {
                guard let action = readAction(actionNode, plan: plan.name) else { continue }
                if let other = plan.actions.first(where: { $0.overlaps(action) }) {
                    issue(
                        "in plan '\(plan.name)', this '\(action.lever)' action (months \(Plan.format(action.startMonth))-"
                            + "\(Plan.format(action.endMonth))) overlaps another on the same lever (months "
                            + "\(Plan.format(other.startMonth))-\(Plan.format(other.endMonth))); make the periods follow each other.",
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
        guard let mapping = mapping(node, key: "an action") else { return nil }
        var lever: String?
        var level: Double?
        var start: (months: Double, node: Node)?
        var end: (months: Double, node: Node)?
        var duration: (months: Double, node: Node)?
        for (keyNode, value) in mapping {
            guard let key = keyName(keyNode, allowed: Self.actionKeys, section: "an action") else { continue }
            switch key {
            case "lever":
                guard let name = string(value, key: key) else { continue }
                guard LeverCatalogue.lever(name) != nil else {
                    issue(
                        "unknown lever '\(name)'.\(NameSuggestion.didYouMean(name, in: LeverCatalogue.identifiers)) "
                            + "Levers: \(LeverCatalogue.identifiers.joined(separator: ", ")).", at: value)
                    continue
                }
                lever = name
            case "level": level = number(value, key: key)
            case "start_year", "start_month":
                guard let value_ = number(value, key: key) else { continue }
                if start != nil { issue("give either 'start_year' or 'start_month', not both.", at: keyNode) }
                start = (key == "start_year" ? value_ * 12 : value_, value)
            case "until_year", "until_month":
                guard let value_ = number(value, key: key) else { continue }
                if end != nil || duration != nil { issue("give one of 'duration_years', 'duration_months', 'until_year', 'until_month'.", at: keyNode) }
                end = (key == "until_year" ? value_ * 12 : value_, value)
            case "duration_years", "duration_months":
                guard let value_ = number(value, key: key) else { continue }
                if end != nil || duration != nil { issue("give one of 'duration_years', 'duration_months', 'until_year', 'until_month'.", at: keyNode) }
                duration = (key == "duration_years" ? value_ * 12 : value_, value)
            default: break
            }
        }
        guard let lever else {
            if !mapping.keys.contains(where: { $0.scalar?.string == "lever" }) {
                issue("an action needs a 'lever' (one of \(LeverCatalogue.identifiers.joined(separator: ", "))).", at: node)
            }
            return nil
        }
        guard let level else {
            if !mapping.keys.contains(where: { $0.scalar?.string == "level" }) {
                issue("the '\(lever)' action needs a 'level' (\(levelHelp(lever))).", at: node)
            }
            return nil
        }
        guard let start else {
            issue("the '\(lever)' action needs a start: 'start_year' (0 = the first year) or 'start_month'.", at: node)
            return nil
        }
        if start.months < 0 {
            issue("the '\(lever)' action starts before the simulation; use a start of 0 or more.", at: start.node)
            return nil
        }
        let endMonth: Double
        if let duration {
            guard duration.months > 0 else {
                issue("the '\(lever)' action must last more than 0; its duration is \(Plan.format(duration.months)) months.", at: duration.node)
                return nil
            }
            endMonth = start.months + duration.months
        } else if let end {
            guard end.months > start.months else {
                issue(
                    "the '\(lever)' action ends (month \(Plan.format(end.months))) before it starts (month "
                        + "\(Plan.format(start.months))); the end must come after the start.", at: end.node)
                return nil
            }
            endMonth = end.months
        } else {
            issue("the '\(lever)' action needs an end: 'duration_years', 'duration_months', 'until_year' or 'until_month'.", at: node)
            return nil
        }
        if let range = model.range(of: "lever_" + lever), !range.contains(level) {
            issue(
                "level \(Plan.format(level)) of '\(lever)' is out of range: allowed \(Plan.format(range.lowerBound)) .. "
                    + "\(Plan.format(range.upperBound)) (\(levelHelp(lever))).", at: mapping.first { $0.key.scalar?.string == "level" }?.value ?? node)
            return nil
        }
        return Action(lever: lever, startMonth: start.months, endMonth: endMonth, level: level)
    }

    private func levelHelp(_ lever: String) -> String {
        LeverCatalogue.lever(lever)?.levelUnit.en ?? "see the lever catalogue"
    }

    // MARK: Values

    private mutating func keyName(_ node: Node, allowed: [String], section: String) -> String? {
        guard let key = node.scalar?.string else {
            issue("keys in \(section) must be plain words.", at: node)
            return nil
        }
        guard allowed.contains(key) else {
            issue(
                "unknown key '\(key)' in \(section).\(NameSuggestion.didYouMean(key, in: allowed)) "
                    + "Allowed: \(allowed.joined(separator: ", ")).", at: node)
            return nil
        }
        return key
    }

    private mutating func mapping(_ node: Node, key: String) -> Node.Mapping? {
        guard let mapping = node.mapping else {
            issue("\(key.hasPrefix("a") && key.contains(" ") ? key : "'\(key)'") must be a mapping of 'key: value' lines.", at: node)
            return nil
        }
        return mapping
    }

    private mutating func string(_ node: Node, key: String) -> String? {
        guard let scalar = node.scalar else {
            issue("'\(key)' must be a single text value.", at: node)
            return nil
        }
        return scalar.string
    }

    private mutating func number(_ node: Node, key: String) -> Double? {
        guard let text = node.scalar?.string, let value = Double(text), value.isFinite else {
            issue("'\(key)' must be a number, not \(describe(node)).", at: node)
            return nil
        }
        return value
    }

    /// A number checked against the model parameter's declared range.
    private mutating func checkedNumber(_ node: Node, parameter: String, key: String) -> Double? {
        guard let value = number(node, key: key) else { return nil }
        if let range = model.range(of: parameter), !range.contains(value) {
            let meaning = model.model.variable(named: parameter)?.meaning.map { " (\($0))" } ?? ""
            issue(
                "'\(key)' = \(Plan.format(value)) is out of range: allowed \(Plan.format(range.lowerBound)) .. "
                    + "\(Plan.format(range.upperBound))\(meaning).", at: node)
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
            guard let language = keyName(keyNode, allowed: ["fr", "en"], section: "'\(key)'") else { continue }
            if language == "fr" { fr = string(value, key: "\(key).fr") } else { en = string(value, key: "\(key).en") }
        }
        guard fr != nil || en != nil else { return nil }
        return LocalizedText(fr: fr ?? en ?? "", en: en ?? fr ?? "")
    }

    private func describe(_ node: Node) -> String {
        if let text = node.scalar?.string { return "'\(text)'" }
        return node.mapping != nil ? "a mapping" : "a list"
    }

    // MARK: Issues

    private mutating func issue(_ message: String, at node: Node) {
        let location = node.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
        issues.append(ScenarioIssue(location: location, message: message))
    }

    private mutating func report(yamlError error: YamlError) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { " (\($0.text))" } ?? ""
            issues.append(
                ScenarioIssue(
                    location: SourceLocation(file: file, line: mark.line, column: mark.column),
                    message: "YAML syntax: \(problem)\(detail). Check the indentation and the ':' after each key."))
        case .duplicatedKeysInMapping(let duplicates, let context):
            issues.append(
                ScenarioIssue(
                    location: SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                    message: "the key(s) \(duplicates.joined(separator: ", ")) appear twice in the same mapping; keep one."))
        default:
            issues.append(ScenarioIssue(location: nil, message: "\(file): cannot read the YAML: \(error)"))
        }
    }
}
