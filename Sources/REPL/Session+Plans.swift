import EstateModel
import Reports
import SystemDynamics

/// Plans and their actions, and the lever catalogue.
extension Session {
    /// Words that follow `plan` as subcommands, so they cannot be plan names.
    static let planSubcommands = ["new", "copy", "remove", "rename"]
    /// Words that follow `action`.
    static let actionSubcommands = ["add", "edit", "remove"]
    /// The keys of `action add` and `action edit`.
    static let actionKeys = ["level=", "start=", "years=", "until=", "lever="]

    func listLevers() -> String {
        var table = TextTable(
            columns: [TableColumn(text(.leverHeader)), TableColumn.wrapping(text(.nameHeader)), TableColumn.wrapping(text(.levelLabel)),
                      TableColumn(text(.rangeLabel)), TableColumn.number(text(.stateCityShareLabel))])
        for lever in LeverCatalogue.all {
            let range = estateModel.range(of: lever.parameter).map { ParameterValue.text($0, numbers: NumberFormatting(language: language)) }
            table.append([TableCell(lever.id), TableCell(lever.name.text(in: language)), TableCell(lever.levelUnit.text(in: language)),
                          TableCell(range ?? ""), TableCell(NumberFormatting(language: language).percent(lever.stateAndCityShare))])
        }
        return table.render(styling: styling, width: width)
    }

    func listPlans() -> String {
        var table = TextTable(
            columns: [TableColumn(""), TableColumn(text(.planHeader)), TableColumn.number(text(.actionsHeader)),
                      TableColumn.wrapping(text(.descriptionHeader))])
        for (index, plan) in state.scenario.plans.enumerated() {
            var description = plan.description.text(in: language)
            if index == 0 { description = "(\(text(.baselineWord))) " + description }
            table.append([TableCell(plan.name == state.currentPlan ? "*" : ""), TableCell(plan.name, style: .bold),
                          TableCell(String(plan.actions.count)), TableCell(description)])
        }
        return table.render(styling: styling, width: width)
    }

    mutating func plan(_ arguments: ArraySlice<String>) throws(CommandError) -> String {
        let words = Array(arguments)
        guard let first = words.first else { return showPlan(currentPlan) }
        switch first.lowercased() {
        case "new":
            guard words.count >= 2 else { throw CommandError(.usage(Command.plan.usage)) }
            let name = try newPlanName(words[1])
            let description = words.dropFirst(2).joined(separator: " ")
            try change(.planCreated(name)) { state throws(CommandError) in
                state.scenario.setPlan(Plan(name: name, description: .init(fr: description, en: description)))
                state.currentPlan = name
            }
            return text(.planCreated(name))
        case "copy":
            guard words.count == 2 || words.count == 3 else { throw CommandError(.usage(Command.plan.usage)) }
            let source = words.count == 3 ? try resolvePlan(words[1]) : currentPlan
            let name = try newPlanName(words[words.count - 1])
            try change(.planCopied(source.name, to: name)) { state throws(CommandError) in
                state.scenario.setPlan(source.copy(named: name))
                state.currentPlan = name
            }
            return text(.planCopied(source.name, to: name))
        case "remove":
            guard words.count == 2 else { throw CommandError(.usage(Command.plan.usage)) }
            let plan = try resolvePlan(words[1])
            try require(plan.name != baselinePlan.name, .cannotRemoveBaseline(plan.name))
            let baseline = baselinePlan.name
            try change(.planRemoved(plan.name)) { state throws(CommandError) in
                state.scenario.removePlan(named: plan.name)
                if state.currentPlan == plan.name { state.currentPlan = baseline }
            }
            return text(.planRemoved(plan.name))
        case "rename":
            guard words.count == 2 || words.count == 3 else { throw CommandError(.usage(Command.plan.usage)) }
            let plan = words.count == 3 ? try resolvePlan(words[1]) : currentPlan
            try require(plan.name != baselinePlan.name, .cannotRenameBaseline(plan.name))
            let name = try newPlanName(words[words.count - 1])
            try change(.planRenamed(plan.name, to: name)) { state throws(CommandError) in
                guard let index = state.scenario.plans.firstIndex(where: { $0.name == plan.name }) else { return }
                state.scenario.plans[index].name = name
                if state.currentPlan == plan.name { state.currentPlan = name }
            }
            return text(.planRenamed(plan.name, to: name))
        default:
            guard words.count == 1 else { throw CommandError(.usage(Command.plan.usage)) }
            let plan = try resolvePlan(first)
            state.currentPlan = plan.name
            return showPlan(plan)
        }
    }

    /// A name for a new plan: one word, not a subcommand, not taken.
    private func newPlanName(_ word: String) throws(CommandError) -> String {
        try require(!Self.planSubcommands.contains(word.lowercased()) && !word.contains("="), .reservedPlanName(word))
        try require(!state.scenario.plans.contains { $0.name == word }, .planExists(word))
        return word
    }

    func showPlan(_ plan: Plan) -> String {
        let isBaseline = plan.name == baselinePlan.name
        var lines = [text(.planTitle(plan.name, baseline: isBaseline))]
        let description = plan.description.text(in: language)
        if !description.isEmpty { lines.append(description) }
        guard !plan.actions.isEmpty else {
            lines.append(text(isBaseline ? .noActionBaseline : .noActionYet))
            return lines.joined(separator: "\n")
        }
        var table = TextTable(
            columns: [TableColumn.number("#"), TableColumn(text(.leverHeader)), TableColumn.number(text(.startHeader), unit: text(.yearUnit)),
                      TableColumn.number(text(.untilHeader), unit: text(.yearUnit)), TableColumn.number(text(.levelLabel)),
                      TableColumn.wrapping(text(.unitsLabel))])
        for (index, action) in plan.actions.enumerated() {
            let unit = LeverCatalogue.lever(action.lever)?.levelUnit.text(in: language) ?? ""
            table.append([TableCell(String(index + 1)), TableCell(action.lever), TableCell(plain(action.startMonth / 12)),
                          TableCell(plain(action.endMonth / 12)), TableCell(plain(action.level)), TableCell(unit)])
        }
        lines.append(table.render(styling: styling, width: width))
        return lines.joined(separator: "\n")
    }

    mutating func action(_ arguments: ArraySlice<String>) throws(CommandError) -> String {
        guard let sub = arguments.first?.lowercased(), Self.actionSubcommands.contains(sub) else {
            throw CommandError(.usage(Command.action.usage))
        }
        let plan = currentPlan
        try require(plan.name != baselinePlan.name, .baselineIsReadOnly(plan.name))
        var edited = plan
        let description: SessionMessage
        switch sub {
        case "add":
            guard arguments.count >= 2 else { throw CommandError(.usage(Command.action.usage)) }
            let lever = try resolveLever(arguments[arguments.startIndex + 1])
            let (options, extra) = CommandWords.options(arguments.dropFirst(2))
            try require(extra.isEmpty, .unexpectedWords(extra, usage: Command.action.usage))
            guard options["level"] != nil else { throw CommandError(.levelRequired(lever.id, range: levelRange(lever))) }
            // Without years= or until=, an action lasts to the end of the longest run (help action says so).
            let action = try actionValues(
                options, base: Action(lever: lever.id, startMonth: 0, endMonth: EstateModel.maximumYears * 12, level: 0))
            edited.add(action)
            description = .actionAdded(plan.name, summary: summary(action))
        case "edit":
            let index = try actionIndex(arguments.dropFirst().first, in: plan)
            let (options, extra) = CommandWords.options(arguments.dropFirst(2))
            try require(extra.isEmpty && !options.isEmpty, .unexpectedWords(extra, usage: Command.action.usage))
            var action = plan.actions[index]
            if let leverWord = options["lever"] { action.lever = try resolveLever(leverWord).id }
            action = try actionValues(options, base: action)
            edited.replaceAction(at: index, with: action)
            description = .actionEdited(plan.name, number: index + 1, summary: summary(action))
        default:
            let index = try actionIndex(arguments.dropFirst().first, in: plan)
            edited.removeAction(at: index)
            description = .actionRemoved(plan.name, number: index + 1, summary: summary(plan.actions[index]))
        }
        let problems = edited.problems(model: estateModel).map { $0.text(in: language) }
        try require(problems.isEmpty, .planProblems(problems))
        try change(description) { state throws(CommandError) in state.scenario.setPlan(edited) }
        return text(description) + "\n" + showPlan(edited)
    }

    /// An action with the values of `start=`, `years=`, `until=` and `level=` (years from 0) applied.
    private func actionValues(_ options: [String: String], base: Action) throws(CommandError) -> Action {
        var action = base
        try allowOnly(Self.actionKeys.map { String($0.dropLast()) }, in: options)
        let duration = action.endMonth - action.startMonth
        let lastMonth = EstateModel.maximumYears * 12
        if let start = options["start"] {
            let year = try number(start, for: "start")
            try require(year >= 0 && year < EstateModel.maximumYears, .actionTimeOutOfRange("start", year))
            action.startMonth = year * 12
            action.endMonth = min(action.startMonth + duration, lastMonth)
        }
        try require(options["years"] == nil || options["until"] == nil, .yearsOrUntil)
        if let length = options["years"] {
            let value = try number(length, for: "years")
            try require(value > 0, .actionLengthNotPositive(value))
            action.endMonth = action.startMonth + value * 12
        }
        if let until = options["until"] { action.endMonth = try number(until, for: "until") * 12 }
        try require(action.endMonth <= lastMonth + 1e-9, .actionTimeOutOfRange("until", action.endMonth / 12))
        if let level = options["level"] { action.level = try number(level, for: "level") }
        return action
    }

    private func actionIndex(_ word: String?, in plan: Plan) throws(CommandError) -> Int {
        guard let word else { throw CommandError(.usage(Command.action.usage)) }
        guard let number = Int(word), plan.actions.indices.contains(number - 1) else {
            throw CommandError(.noSuchAction(word, plan: plan.name, count: plan.actions.count))
        }
        return number - 1
    }

    private func levelRange(_ lever: Lever) -> String {
        let range = estateModel.range(of: lever.parameter).map { ParameterValue.text($0, numbers: NumberFormatting(language: language)) } ?? "?"
        return "\(range) (\(lever.levelUnit.text(in: language)))"
    }

    /// `mediators level=0,5 start=0 until=10`.
    func summary(_ action: Action) -> String {
        "\(action.lever) level=\(plain(action.level)) start=\(plain(action.startMonth / 12)) until=\(plain(action.endMonth / 12))"
    }
}
