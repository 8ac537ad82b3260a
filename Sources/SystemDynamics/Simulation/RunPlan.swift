import Foundation

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
        guard start.isFinite, stop.isFinite else { throw SimulationError("Start and stop times must be finite numbers.") }
        guard dt > 0, dt.isFinite else { throw SimulationError("The time step must be a positive number (it is \(dt)).") }
        guard stop >= start else { throw SimulationError("The stop time (\(stop)) comes before the start time (\(start)).") }
        let exactSteps = (stop - start) / dt
        guard exactSteps <= Double(CompiledModel.maximumSteps) else {
            throw SimulationError(
                "This run would take \(Int(exactSteps)) time steps, more than the \(CompiledModel.maximumSteps) allowed. Use a larger dt or a shorter horizon.")
        }
        // A horizon that is not a whole number of steps stops at the last whole step.
        steps = Int((exactSteps + 1e-9).rounded(.down))
        let save = options.saveEvery ?? model.specs.saveEvery ?? dt
        let ratio = save / dt
        guard save > 0, Swift.abs(ratio - ratio.rounded()) <= 1e-9 * Swift.max(1, ratio) else {
            throw SimulationError("The save interval (\(save)) must be a positive multiple of the time step (\(dt)).")
        }
        saveStride = Swift.max(1, Int(ratio.rounded()))
        saveCount = steps / saveStride + 1 + (steps % saveStride == 0 ? 0 : 1)
        let values = Double(saveCount) * Double(model.variables.count)
        guard values <= Double(CompiledModel.maximumSavedValues) else {
            throw SimulationError(
                "This run would save \(Int(values)) values (\(saveCount) times × \(model.variables.count) variables), more than the \(CompiledModel.maximumSavedValues) that fit in memory. Save less often (save_every) or shorten the horizon.")
        }
    }
}
