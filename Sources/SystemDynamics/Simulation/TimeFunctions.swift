import Foundation

/// PULSE(magnitude, first, interval): a quantity `magnitude` delivered within one time step, so the rate is
/// magnitude / DT during the step at `first` and every `interval` after it (XMILE 1.0 §3.5.4); an interval
/// of 0 (or none) means once. The tolerances are PySD's (pysd 3.14 `functions.pulse`), so that start times
/// on the step grid fire identically in both engines.
enum Pulse {
    static func value(magnitude: Double, first: Double, interval: Double, time: Double, dt: Double) -> Double {
        if interval <= 0 {
            return time >= first - 1e-6 && time < first + dt / 2 ? magnitude / dt : 0
        }
        return time >= first && fmod(time - first + 1e-6, interval) < dt / 2 ? magnitude / dt : 0
    }
}

/// The pipeline behind one DELAY: a ring of the last `order` inputs.
struct PipelineRing {
    var values: [Double]
    var head = 0

    /// Stores this step's input and returns the value that leaves the pipeline for the next step.
    mutating func push(_ value: Double) -> Double {
        values[head] = value
        head = (head + 1) % values.count
        return values[head]
    }
}

