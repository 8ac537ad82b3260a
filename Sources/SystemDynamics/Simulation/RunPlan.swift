import Foundation
import Localization

/// Time settings of one run, validated.
struct RunPlan {
    var start: Double
    var stop: Double
    var dt: Double
    var method: IntegrationMethod
    var steps: Int
    var saveStride: Int
    var saveCount: Int

    init(model: Model, options: RunOptions) throws(SimulationError) {
        start = options.start ?? model.specs.start
        stop = options.stop ?? model.specs.stop
        dt = options.dt ?? model.specs.dt
        method = options.method ?? model.specs.method
        guard start.isFinite, stop.isFinite else { throw SimulationError(fr: "Les instants de départ et de fin doivent être des nombres finis.", en: "Start and stop times must be finite numbers.") }
        // Numbers in messages are formatted only when a message is written: every run passes here.
        guard dt > 0, dt.isFinite else {
            let step = LocalizedText.number(dt)
            throw SimulationError(fr: "Le pas de temps doit être un nombre positif (il vaut \(step.fr)).", en: "The time step must be a positive number (it is \(step.en)).")
        }
        guard stop >= start else {
            let (first, last) = (LocalizedText.number(start), LocalizedText.number(stop))
            throw SimulationError(
                fr: "L'instant de fin (\(last.fr)) vient avant l'instant de départ (\(first.fr)).", en: "The stop time (\(last.en)) comes before the start time (\(first.en)).")
        }
        let exactSteps = (stop - start) / dt
        guard exactSteps <= Double(CompiledModel.maximumSteps) else {
            // Formatted, never converted to Int: the count can exceed any integer (stop = 1e300).
            let count = LocalizedText.number(exactSteps.rounded(.up))
            throw SimulationError(
                fr: "Cette simulation demanderait \(count.fr) pas de temps, plus que les \(CompiledModel.maximumSteps) permis. Prenez un dt plus grand ou un horizon plus court.",
                en: "This run would take \(count.en) time steps, more than the \(CompiledModel.maximumSteps) allowed. Use a larger dt or a shorter horizon.")
        }
        // A horizon that is not a whole number of steps stops at the last whole step.
        steps = Int((exactSteps + 1e-9).rounded(.down))
        let save = options.saveEvery ?? model.specs.saveEvery ?? dt
        let ratio = save / dt
        guard save > 0, Swift.abs(ratio - ratio.rounded()) <= 1e-9 * Swift.max(1, ratio) else {
            let (every, step) = (LocalizedText.number(save), LocalizedText.number(dt))
            throw SimulationError(
                fr: "L'intervalle d'enregistrement (\(every.fr)) doit être un multiple positif du pas de temps (\(step.fr)).",
                en: "The save interval (\(every.en)) must be a positive multiple of the time step (\(step.en)).")
        }
        // A save interval longer than the run saves the first and last rows only.
        saveStride = Swift.max(1, Int(Swift.min(ratio.rounded(), Double(steps + 1))))
        saveCount = steps / saveStride + 1 + (steps % saveStride == 0 ? 0 : 1)
        let values = Double(saveCount) * Double(model.variables.count)
        guard values <= Double(CompiledModel.maximumSavedValues) else {
            throw SimulationError(
                fr: "Cette simulation enregistrerait \(Int(values)) valeurs (\(saveCount) instants × \(model.variables.count) variables), plus que les \(CompiledModel.maximumSavedValues) qui tiennent en mémoire. Enregistrez moins souvent (save_every) ou raccourcissez l'horizon.",
                en: "This run would save \(Int(values)) values (\(saveCount) times × \(model.variables.count) variables), more than the \(CompiledModel.maximumSavedValues) that fit in memory. Save less often (save_every) or shorten the horizon.")
        }
    }
}
