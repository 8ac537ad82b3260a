import Foundation
import EstateModel
import Localization
import Reports
import SystemDynamics

/// Running plans: `run`, `table`, `chart`, `compare`, `survey` and `predict`.
extension Session {
    /// Runs one plan over the session's horizon.
    func runPlan(_ plan: Plan) throws(CommandError) -> PlanRun {
        try checkInterruption()
        do {
            return try estateModel.run(state.scenario, plan: plan, years: years)
        } catch {
            throw CommandError(.runFailed(plan.name, userText(error, in: language)))
        }
    }

    /// Runs several plans at once (see ``EstateModel/run(_:plans:years:)``).
    func runPlans(_ plans: [Plan]) throws(CommandError) -> [PlanRun] {
        try checkInterruption()
        do {
            return try estateModel.run(state.scenario, plans: plans, years: years)
        } catch {
            throw CommandError(.runFailed(plans.map(\.name).joined(separator: ", "), userText(error, in: language)))
        }
    }

    /// The baseline's run and, when another plan is selected, the current plan's.
    func runBaselineAndCurrent() throws(CommandError) -> (baseline: PlanRun?, current: PlanRun) {
        let current = try runPlan(currentPlan)
        guard currentPlan.name != baselinePlan.name else { return (nil, current) }
        return (try runPlan(baselinePlan), current)
    }

    mutating func run(_ arguments: ArraySlice<String>) throws(CommandError) -> String {
        var words = arguments
        var horizon = years
        if let first = words.first, CommandWords.number(first) != nil {
            horizon = try self.horizon(first)
            words = words.dropFirst()
        }
        let outputs = try words.isEmpty ? HeadlineOutputs.identifiers.map { word throws(CommandError) in try resolveOutput(word) }
            : words.map { word throws(CommandError) in try resolveOutput(word) }
        var trial = self
        trial.years = horizon
        let (baseline, current) = try trial.runBaselineAndCurrent()
        years = horizon
        lastRuns = [baseline, current].compactMap { $0 }
        var report = PlanRunReport.render(current, baseline: baseline, outputs: outputs, style: reportStyle)
        let revealed = predictions.filter { $0.plan == current.plan.name }
        if !revealed.isEmpty {
            report += "\n\n" + reveal(revealed, run: current)
            // Revealed predictions are done with; one whose year the run did not reach waits for a longer run.
            let plan = current.plan.name
            predictions.removeAll { $0.plan == plan && ($0.year ?? current.years) <= current.years + 1e-9 }
        }
        return report
    }

    /// Predictions against results, with the difference.
    private func reveal(_ revealed: [Prediction], run: PlanRun) -> String {
        let numbers = NumberFormatting(language: language)
        var table = TextTable(
            title: text(.predictionsTitle(run.plan.name)),
            columns: [TableColumn(text(.outputHeader)), TableColumn.number(text(.yearHeader)),
                      TableColumn.number(text(.predictedHeader)), TableColumn.number(text(.resultHeader)),
                      TableColumn.number(text(.differenceHeader))])
        for prediction in revealed {
            let year = prediction.year ?? years
            // A year beyond the run has no result: say so rather than show the last value as that year's.
            guard year <= run.years + 1e-9 else {
                table.append([
                    TableCell(prediction.output), TableCell(plain(year)), TableCell(plain(prediction.value)),
                    TableCell(text(.notReached(run: run.years)), style: .yellow), TableCell("—"),
                ])
                continue
            }
            let result = run.value(prediction.output, atMonth: year * 12) ?? .nan
            let difference = result - prediction.value
            table.append([
                TableCell(prediction.output), TableCell(plain(year)), TableCell(plain(prediction.value)),
                TableCell(numbers.decimal(result, fractionDigits: 1), style: .bold),
                TableCell(numbers.signedDifference(difference, fractionDigits: 1)),
            ])
        }
        return table.render(styling: styling, width: width)
    }

    mutating func series(_ arguments: ArraySlice<String>, chart: Bool) throws(CommandError) -> String {
        let (options, words) = CommandWords.options(arguments)
        let command: Command = chart ? .chart : .table
        guard !words.isEmpty else { throw CommandError(.usage(command.usage)) }
        try allowOnly(["years"], in: options)
        let outputs = try words.map { word throws(CommandError) in try resolveOutput(word) }
        var trial = self
        if let value = options["years"] { trial.years = try horizon(value) }
        let (baseline, current) = try trial.runBaselineAndCurrent()
        years = trial.years
        let runs = [baseline, current].compactMap { $0 }
        lastRuns = runs
        return chart
            ? OutputSeriesReport.chart(runs, outputs: outputs, style: reportStyle)
            : OutputSeriesReport.table(runs, outputs: outputs, style: reportStyle)
    }

    /// Compares plans with the baseline; Ctrl-C between two runs stops it and leaves the session as it was.
    mutating func compare(_ arguments: ArraySlice<String>) throws(CommandError) -> String {
        let (options, words) = CommandWords.options(arguments)
        try allowOnly(["years"], in: options)
        var trial = self
        if let value = options["years"] { trial.years = try horizon(value) } else if let first = words.first,
            CommandWords.number(first) != nil, words.count == 1
        {
            trial.years = try horizon(first)
        }
        let named = words.filter { CommandWords.number($0) == nil }
        if let repeated = named.enumerated().first(where: { named[..<$0.offset].contains($0.element) })?.element {
            throw CommandError(.duplicatePlan(repeated))
        }
        var plans = try named.map { word throws(CommandError) in try resolvePlan(word) }
        if plans.isEmpty { plans = state.scenario.plans }
        if plans.first?.name != baselinePlan.name { plans.insert(baselinePlan, at: 0) }
        // As many plans at once as there are cores; Ctrl-C is honoured between groups.
        var runs: [PlanRun] = []
        let group = max(1, ProcessInfo.processInfo.activeProcessorCount)
        for start in stride(from: 0, to: plans.count, by: group) {
            runs += try trial.runPlans(Array(plans[start..<min(start + group, plans.count)]))
        }
        years = trial.years
        lastRuns = runs
        let outputs = try HeadlineOutputs.identifiers.map { word throws(CommandError) in try resolveOutput(word) }
        return ComparisonReport.render(PlanComparison(runs: runs), outputs: outputs, style: reportStyle)
    }

    mutating func survey(_ arguments: ArraySlice<String>) throws(CommandError) -> String {
        var (options, words) = CommandWords.options(arguments)
        try allowOnly(["year", "sample", "seed"], in: options)
        var plan = currentPlan
        if let first = words.first, CommandWords.number(first) == nil {
            plan = try resolvePlan(first)
            words.removeFirst()
        }
        for (key, word) in zip(["year", "sample", "seed"], words) where options[key] == nil { options[key] = word }
        try require(words.count <= 3, .usage(Command.survey.usage))
        let year = try options["year"].map { word throws(CommandError) in try number(word, for: "year") }
        let sample = try options["sample"].map { word throws(CommandError) in try number(word, for: "sample") }
            ?? Double(SurveyWave.defaultSampleSize)
        let seed = try options["seed"].map { word throws(CommandError) in try number(word, for: "seed") }
            ?? Double(SurveyWave.defaultSeed)
        try require(
            sample >= 1 && sample <= Double(SurveyWave.maximumSampleSize) && sample == sample.rounded(),
            .sampleOutOfRange(sample))
        try require(seed >= 0 && seed == seed.rounded() && seed < 1e15, .badSeed(options["seed"] ?? ""))
        var trial = self
        if let year {
            try require(year >= 0 && year <= EstateModel.maximumYears, .surveyYearOutOfRange(year))
            trial.years = max(years, year)
        }
        let run = try trial.runPlan(plan)
        lastRuns = [run]
        let waves = SurveyWave.waves(run: run, year: year, sampleSize: Int(sample), seed: UInt64(seed))
        return SurveyReport.render(waves, plan: plan.name, model: estateModel, style: reportStyle)
    }

    mutating func predict(_ arguments: ArraySlice<String>) throws(CommandError) -> String {
        let words = Array(arguments)
        if words.isEmpty {
            guard !predictions.isEmpty else { return text(.noPredictions) }
            return predictions.map { prediction in
                text(.predictionRecorded(prediction.output, value: plain(prediction.value),
                                         year: plain(prediction.year ?? years), plan: prediction.plan))
            }.joined(separator: "\n")
        }
        if words == ["clear"] {
            predictions.removeAll()
            return text(.predictionsCleared)
        }
        guard words.count == 2 || words.count == 3 else { throw CommandError(.usage(Command.predict.usage)) }
        let output = try resolveOutput(words[0])
        let value = try number(words[1], for: output.id)
        // Without a year, the prediction is about the end of the current horizon, and says so: a later run
        // over another horizon shows it as not reached rather than compare it with another year's value.
        let year = words.count == 3 ? try number(words[2], for: "year") : years
        try require(year >= 0 && year <= EstateModel.maximumYears, .predictionYearOutOfRange(year))
        if let range = physicalRange(of: output) {
            try require(range.contains(value), .predictionOutOfRange(output.id, value: value, low: range.lowerBound, high: range.upperBound))
        }
        let plan = currentPlan.name
        predictions.removeAll { $0.output == output.id && $0.plan == plan && $0.year == year }
        predictions.append(Prediction(output: output.id, value: value, year: year, plan: plan))
        return text(.predictionRecorded(output.id, value: plain(value), year: plain(year), plan: plan))
    }

    /// The values an output can take: the model's range when it declares one, else 0–100 for a
    /// percentage and at least 0 for the other outputs (counts, delays, money); nil for other variables.
    private func physicalRange(of output: OutputVariable) -> ClosedRange<Double>? {
        if let range = estateModel.model.variable(named: output.id)?.range { return range }
        guard OutputVariable.identifiers.contains(output.id) else { return nil }
        return output.units == "%" ? 0...100 : 0...Double.greatestFiniteMagnitude
    }
}
