/// One domain's result in a simulated survey wave.
public struct SurveyResult: Sendable, Hashable {
    /// Output identifier of the domain (`satisfaction_cleanliness`, ..., `safety`).
    public var domain: String
    /// The model's true share satisfied (%).
    public var trueShare: Double
    /// The share satisfied in the sample (%).
    public var measuredShare: Double
    /// Lower bound of the 95% Wilson score interval (%).
    public var lower: Double
    /// Upper bound of the 95% Wilson score interval (%).
    public var upper: Double
}

/// A simulated satisfaction survey wave: what a landlord would see through a sample of tenants.
///
/// Each of the `sampleSize` respondents answers each question "satisfied" with the model's true share at
/// that month, independently (simple random sampling, non-response ignored). The 95% interval is the Wilson
/// score interval, which behaves better than the normal approximation near 0% and 100% and for small samples.
public struct SurveyWave: Sendable, Hashable {
    /// Tenants interviewed per wave when the user gives no sample: 400, the order of the HLM triennial
    /// surveys per estate (a ±5-point 95% interval around 50%).
    public static let defaultSampleSize = 400
    /// The largest sample accepted: beyond, sampling noise is negligible and the run only gets slower.
    public static let maximumSampleSize = 1_000_000
    /// The seed when the user gives none (the year of the national reference survey, so runs repeat).
    public static let defaultSeed: UInt64 = 2011
    /// Month of the wave.
    public var month: Double
    /// Number of respondents.
    public var sampleSize: Int
    /// Seed that reproduces the wave.
    public var seed: UInt64
    /// One result per domain, in `OutputVariable.surveyDomains` order.
    public var results: [SurveyResult]

    /// Simulates a wave at `month` of a run.
    /// - Returns: nil when the sample size is not positive.
    public init?(run: PlanRun, month: Double, sampleSize: Int, seed: UInt64) {
        guard sampleSize > 0 else { return nil }
        self.month = month
        self.sampleSize = sampleSize
        self.seed = seed
        var generator = SplitMix64(seed: seed)
        results = OutputVariable.surveyDomains.compactMap { domain in
            guard let share = run.value(domain, atMonth: month) else { return nil }
            let probability = min(1, max(0, share / 100))
            var satisfied = 0
            for _ in 0..<sampleSize where Double.random(in: 0..<1, using: &generator) < probability { satisfied += 1 }
            let (lower, upper) = Self.wilsonInterval(successes: satisfied, trials: sampleSize)
            return SurveyResult(
                domain: domain, trueShare: share, measuredShare: 100 * Double(satisfied) / Double(sampleSize),
                lower: 100 * lower, upper: 100 * upper)
        }
    }

    /// The triennial waves of a run (months 0, 36, 72, ... up to its end), each with its own seed derived
    /// from `seed`.
    public static func triennial(run: PlanRun, sampleSize: Int, seed: UInt64, interval: Double = 36) -> [SurveyWave] {
        guard let last = run.months.last, interval > 0 else { return [] }
        var waves: [SurveyWave] = []
        var month = run.months.first ?? 0
        var index: UInt64 = 0
        while month <= last + 1e-9 {
            if let wave = SurveyWave(run: run, month: month, sampleSize: sampleSize, seed: seed &+ index &* 0x9E37_79B9) {
                waves.append(wave)
            }
            month += interval
            index += 1
        }
        return waves
    }

    /// The waves a survey command asks for: the one wave at `year` (years from the start), or the triennial
    /// waves when `year` is nil.
    /// - Returns: no wave when the sample size is not positive.
    public static func waves(run: PlanRun, year: Double?, sampleSize: Int, seed: UInt64) -> [SurveyWave] {
        guard let year else { return triennial(run: run, sampleSize: sampleSize, seed: seed) }
        return SurveyWave(run: run, month: year * 12, sampleSize: sampleSize, seed: seed).map { [$0] } ?? []
    }

    /// Wilson score interval at 95% (z = 1.96) for `successes` out of `trials`.
    static func wilsonInterval(successes: Int, trials: Int) -> (Double, Double) {
        let n = Double(trials)
        let p = Double(successes) / n
        let z = 1.959964
        let denominator = 1 + z * z / n
        let centre = (p + z * z / (2 * n)) / denominator
        let half = z * ((p * (1 - p) / n + z * z / (4 * n * n)).squareRoot()) / denominator
        return (max(0, centre - half), min(1, centre + half))
    }
}
