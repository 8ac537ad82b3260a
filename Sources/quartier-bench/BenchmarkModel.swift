import Foundation

/// The benchmark model: `sectors` identical sectors of five variables each (about 100 variables for 20
/// sectors), coupled in a chain so that no sector can be computed alone. Each sector has a stock that
/// adjusts toward a goal, slowed by a crowding effect read from a graphical function, and exchanges with
/// its neighbour. The same equations are written by hand in ``HandWrittenLoop``.
struct BenchmarkModel {
    let sectors: Int

    /// The model in the model language, 30 years at DT = 1/4 month.
    var source: String {
        var text = """
            model "Benchmark"
            simulation
                start: 0
                stop: 360
                dt: 0.25
                method: euler
                time_units: month

            parameter goal [unit] = 100
            parameter capacity [unit] = 80
            parameter exchange [1/month] = 0.01

            """
        for i in 0..<sectors {
            let neighbour = i == 0 ? "0" : "exchange * (s\(i - 1) - s\(i))"
            text += """
                stock s\(i) [unit] = \(10 + i)
                    in: f\(i)
                parameter tau\(i) [month] = \(3 + i % 5)
                aux pressure\(i) [dmnl] = s\(i) / capacity
                aux effect\(i) [dmnl] = pressure\(i)
                    graph: (0, 1.2) (1, 1) (2, 0.5) (3, 0.2)
                flow f\(i) [unit/month] = IF s\(i) < goal THEN (goal - s\(i)) / tau\(i) * effect\(i) + \(neighbour) ELSE \(neighbour) - MIN(s\(i) - goal, 1) / tau\(i)

                """
        }
        return text
    }

    var variableCount: Int { 3 + 5 * sectors }
}

/// The same equations as ``BenchmarkModel``, written by hand as a Swift loop: the practical speed limit.
enum HandWrittenLoop {
    /// Runs the model and returns the final stocks (so the optimiser cannot drop the work).
    static func run(sectors: Int, steps: Int, dt: Double) -> [Double] {
        let goal = 100.0, capacity = 80.0, exchange = 0.01
        let xs: [Double] = [0, 1, 2, 3]
        let ys: [Double] = [1.2, 1, 0.5, 0.2]
        var s = (0..<sectors).map { Double(10 + $0) }
        let tau = (0..<sectors).map { Double(3 + $0 % 5) }
        var f = [Double](repeating: 0, count: sectors)
        var saved = [Double](repeating: 0, count: sectors * 5)
        var checksum = 0.0
        func effect(_ x: Double) -> Double {
            if x <= xs[0] { return ys[0] }
            if x >= xs[3] { return ys[3] }
            var i = 0
            while x > xs[i + 1] { i += 1 }
            return ys[i] + (x - xs[i]) * (ys[i + 1] - ys[i]) / (xs[i + 1] - xs[i])
        }
        for _ in 0...steps {
            for i in 0..<sectors {
                let pressure = s[i] / capacity
                let e = effect(pressure)
                let neighbour = i == 0 ? 0 : exchange * (s[i - 1] - s[i])
                f[i] = s[i] < goal ? (goal - s[i]) / tau[i] * e + neighbour : neighbour - min(s[i] - goal, 1) / tau[i]
                // Keep every value, as the engine saves every variable at every step.
                saved[i * 5] = s[i]
                saved[i * 5 + 1] = pressure
                saved[i * 5 + 2] = e
                saved[i * 5 + 3] = f[i]
                saved[i * 5 + 4] = tau[i]
            }
            checksum += saved[saved.count - 2]
            for i in 0..<sectors { s[i] += dt * f[i] }
        }
        return s + [checksum]
    }
}
