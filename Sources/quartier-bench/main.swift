import EstateModel
import Foundation
import Localization
import REPL
import SystemDynamics

// Speed benchmark. Prints nanoseconds per step for the engine and for a hand-written Swift loop of the same
// ~100 equations over 30 years at DT = 1/4 month, PySD's time for the exported model when PySD is installed,
// and the REPL's time from Enter to the last character of `compare` (five plans, ten years).
// Run it optimised, from the repository root: `swift run -c release quartier-bench`.

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

func measure(repetitions: Int, _ body: () -> Void) -> Double {
    var times: [Double] = []
    for _ in 0..<repetitions {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start))
    }
    return median(times)
}

/// Runs two bodies alternately, so that both see the same machine (another process, a change of clock speed),
/// and returns the median time of each.
func measureAlternately(repetitions: Int, _ first: () -> Void, _ second: () -> Void) -> (Double, Double) {
    var times: ([Double], [Double]) = ([], [])
    for _ in 0..<repetitions {
        times.0.append(measure(repetitions: 1, first))
        times.1.append(measure(repetitions: 1, second))
    }
    return (median(times.0), median(times.1))
}

let benchmark = BenchmarkModel(sectors: 20)
let steps = 1440
let repetitions = 51
do {
    let model = try Model(source: benchmark.source, fileName: "benchmark.sdm")
    let compiled = try model.compile()
    var sink = 0.0
    let (engine, handWritten) = measureAlternately(
        repetitions: repetitions, { sink += (try? compiled.run())?.finalValue("s19") ?? 0 },
        { sink += HandWrittenLoop.run(sectors: 20, steps: steps, dt: 0.25).last! })
    let engineFinal = try compiled.run().finalValue("s19")!
    let handFinal = HandWrittenLoop.run(sectors: 20, steps: steps, dt: 0.25)[19]
    print("model: \(benchmark.variableCount) variables, \(steps) steps (30 years at DT = 1/4 month), median of \(repetitions) runs of each, alternately")
    print(String(format: "engine:             %10.1f ns/step  (%.2f ms per run)", engine / Double(steps + 1), engine / 1e6))
    print(String(format: "hand-written loop:  %10.1f ns/step  (%.2f ms per run)", handWritten / Double(steps + 1), handWritten / 1e6))
    print(String(format: "engine / hand-written: %.2f× (target ≤ 3×)", engine / handWritten))
    print(String(format: "same result: %@ (s19 = %.9g vs %.9g)", abs(engineFinal - handFinal) < 1e-9 * abs(handFinal) ? "yes" : "NO", engineFinal, handFinal))
    if sink.isNaN { print("") }

    // PySD, when installed: the exported model through Tests/Tools/pysd_run.py.
    let script = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Tests/Tools/pysd_run.py")
    let xmileURL = FileManager.default.temporaryDirectory.appendingPathComponent("quartier-benchmark-\(getpid()).xmile")
    try model.xmile().write(to: xmileURL, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: xmileURL) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script.path, xmileURL.path, "--out", "/dev/null", "--time-it", "5"]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    if FileManager.default.fileExists(atPath: script.path), (try? process.run()) != nil {
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus == 0,
            let line = text.split(separator: "\n").last(where: { $0.contains("median run ") }),
            let milliseconds = line.components(separatedBy: "median run ").last?.split(separator: " ").first.flatMap({ Double($0) })
        {
            let seconds = milliseconds / 1e3
            let pysdPerStep = seconds * 1e9 / Double(steps + 1)
            print(String(format: "PySD:               %10.1f ns/step  (%.1f ms per run)", pysdPerStep, seconds * 1e3))
            print(String(format: "PySD / engine: %.0f× (target ≥ 1000×)", seconds * 1e9 / engine))
        } else {
            print("PySD: not measured (\(text.split(separator: "\n").last ?? "no output"))")
        }
    } else {
        print("PySD: not measured (run from the repository root with python3 and `pip install pysd`)")
    }

    // The REPL: what happens between Enter and the last character printed for `compare` of the five
    // Kremlin-Bicêtre plans over ten years (five simulations, the report, its rendering).
    let estate = try EstateModel.bundled()
    var session = Session(
        estateModel: estate, scenario: try Scenario.named("kremlin-bicetre", model: estate), language: .fr, styling: .plain,
        width: 160)
    var printed = 0
    let compare = measure(repetitions: 21) { printed += session.execute("compare").output.count }
    print(String(format: "REPL compare, 5 plans × 10 years: %.1f ms median of 21 (target < 50 ms), %d characters", compare / 1e6, printed / 21))
} catch {
    print("benchmark failed: \(error)")
    exit(1)
}
