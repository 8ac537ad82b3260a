import EstateModel
import Foundation
import Localization
import REPL
import SystemDynamics

// Speed benchmark. Prints nanoseconds per step for the engine and for a hand-written Swift loop of the same
// ~100 equations over 30 years at DT = 1/4 month, PySD's time for the exported model when PySD is installed,
// and the REPL's time from Enter to the last character of `compare` (five plans, ten years).
// Run it optimised, from the repository root: `swift run -c release quartier-bench`.
//
// Speeds are compared on the best of several runs, as Python's timeit advises: slower runs are the same work
// disturbed by other processes, and on a shared machine the disturbance can last for seconds, long enough to
// hit one tool's runs and not the other's. Medians are printed beside them. The REPL's time is a latency a
// user feels, so its target is on the median.

/// Wall times of `repetitions` runs of `body`, in nanoseconds.
func times(repetitions: Int, _ body: () -> Void) -> [Double] {
    (0..<repetitions).map { _ in
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start)
    }
}

/// The best and the median of a set of times.
struct Timing {
    let best: Double
    let median: Double

    init(_ times: [Double]) {
        let sorted = times.sorted()
        best = sorted[0]
        median = sorted[sorted.count / 2]
    }

    init(best: Double, median: Double) {
        self.best = best
        self.median = median
    }
}

/// Runs two bodies alternately, so that both see the same machine (another process, a change of clock speed).
func timeAlternately(repetitions: Int, _ first: () -> Void, _ second: () -> Void) -> ([Double], [Double]) {
    var results: ([Double], [Double]) = ([], [])
    for _ in 0..<repetitions {
        results.0 += times(repetitions: 1, first)
        results.1 += times(repetitions: 1, second)
    }
    return results
}

/// PySD's times for a model exported to XMILE, through Tests/Tools/pysd_run.py (5 runs), or why there are none.
func timePySD(_ model: Model) -> Result<Timing, PySDUnavailable> {
    let script = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Tests/Tools/pysd_run.py")
    guard FileManager.default.fileExists(atPath: script.path) else {
        return .failure(PySDUnavailable(reason: "run from the repository root with python3 and `pip install pysd`"))
    }
    let xmileURL = FileManager.default.temporaryDirectory.appendingPathComponent("quartier-benchmark-\(getpid()).xmile")
    defer { try? FileManager.default.removeItem(at: xmileURL) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script.path, xmileURL.path, "--out", "/dev/null", "--time-it", "5"]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    do {
        try model.xmile().write(to: xmileURL, atomically: true, encoding: .utf8)
        try process.run()
    } catch {
        return .failure(PySDUnavailable(reason: "\(error)"))
    }
    let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    func nanoseconds(after label: String) -> Double? {
        guard let line = text.split(separator: "\n").last(where: { $0.contains(label) }) else { return nil }
        return line.components(separatedBy: label).last?.split(separator: " ").first.flatMap { Double($0) }.map { $0 * 1e6 }
    }
    guard process.terminationStatus == 0, let best = nanoseconds(after: "best run "), let median = nanoseconds(after: "median run ") else {
        return .failure(PySDUnavailable(reason: String(text.split(separator: "\n").last ?? "no output")))
    }
    return .success(Timing(best: best, median: median))
}

struct PySDUnavailable: Error {
    let reason: String
}

let benchmark = BenchmarkModel(sectors: 20)
let steps = 1440
let repetitions = 50
do {
    let model = try Model(source: benchmark.source, fileName: "benchmark.sdm")
    let compiled = try model.compile()
    var sink = 0.0
    func timeEngineAndLoop() -> ([Double], [Double]) {
        timeAlternately(
            repetitions: repetitions / 2, { sink += (try? compiled.run())?.finalValue("s19") ?? 0 },
            { sink += HandWrittenLoop.run(sectors: 20, steps: steps, dt: 0.25).last! })
    }
    // Half the runs before PySD's and half after, so that a disturbance during one tool's runs does not
    // decide the ratio.
    let before = timeEngineAndLoop()
    let pysd = timePySD(model)
    let after = timeEngineAndLoop()
    let engine = Timing(before.0 + after.0)
    let handWritten = Timing(before.1 + after.1)
    if sink.isNaN { print("") }

    let engineFinal = try compiled.run().finalValue("s19")!
    let handFinal = HandWrittenLoop.run(sectors: 20, steps: steps, dt: 0.25)[19]
    func perStep(_ nanoseconds: Double) -> Double { nanoseconds / Double(steps + 1) }
    func line(_ name: String, _ timing: Timing) -> String {
        name.padding(toLength: 20, withPad: " ", startingAt: 0)
            + String(format: "%10.1f ns/step at best, %.1f median  (%.2f ms per run)", perStep(timing.best), perStep(timing.median), timing.best / 1e6)
    }
    print("model: \(benchmark.variableCount) variables, \(steps) steps (30 years at DT = 1/4 month), \(repetitions) runs of each, alternately")
    print(line("engine:", engine))
    print(line("hand-written loop:", handWritten))
    print(String(format: "engine / hand-written: %.2f× (target ≤ 3×; %.2f× on medians)", engine.best / handWritten.best, engine.median / handWritten.median))
    print(String(format: "same result: %@ (s19 = %.9g vs %.9g)", abs(engineFinal - handFinal) < 1e-9 * abs(handFinal) ? "yes" : "NO", engineFinal, handFinal))
    switch pysd {
    case .success(let timing):
        print(line("PySD:", timing))
        print(String(format: "PySD / engine: %.0f× (target ≥ 1000×; %.0f× on medians)", timing.best / engine.best, timing.median / engine.median))
    case .failure(let unavailable):
        print("PySD: not measured (\(unavailable.reason))")
    }

    // The REPL: what happens between Enter and the last character printed for `compare` of the five
    // Kremlin-Bicêtre plans over ten years (five simulations, the report, its rendering).
    let estate = try EstateModel.bundled()
    var session = Session(
        estateModel: estate, scenario: try Scenario.named("kremlin-bicetre", model: estate), language: .fr, styling: .plain,
        width: 160)
    var printed = 0
    let compare = Timing(times(repetitions: 21) { printed += session.execute("compare").output.count })
    print(String(format: "REPL compare, 5 plans × 10 years: %.1f ms median of 21 (target < 50 ms), %d characters", compare.median / 1e6, printed / 21))
} catch {
    print("benchmark failed: \(error)")
    exit(1)
}
