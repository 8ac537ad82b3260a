import Testing
@testable import EstateModel

@Suite("Simulated surveys")
struct SurveyTests {
    @Test("a survey wave is reproducible with its seed and its interval contains the truth most of the time")
    func reproducibleWithSeed() throws {
        let run = try TestSupport.run(try TestSupport.scenario("national-2011"), "statu-quo", years: 3)
        let first = try #require(SurveyWave(run: run, month: 36, sampleSize: 700, seed: 42))
        let again = try #require(SurveyWave(run: run, month: 36, sampleSize: 700, seed: 42))
        let other = try #require(SurveyWave(run: run, month: 36, sampleSize: 700, seed: 43))
        #expect(first == again)
        #expect(first.results.map(\.measuredShare) != other.results.map(\.measuredShare))
        #expect(first.results.map(\.domain) == OutputVariable.surveyDomains)
        var covered = 0
        var total = 0
        for seed in 0..<40 {
            let wave = try #require(SurveyWave(run: run, month: 36, sampleSize: 700, seed: UInt64(seed)))
            for result in wave.results {
                total += 1
                if result.lower <= result.trueShare && result.trueShare <= result.upper { covered += 1 }
                // n = 700: half-width about ±3 points (research/domain.md §1.5).
                #expect(result.upper - result.lower < 8)
            }
        }
        #expect(Double(covered) / Double(total) > 0.9)
    }

    @Test("triennial waves fall every 36 months; no wave for an empty sample")
    func triennial() throws {
        let run = try TestSupport.run(try TestSupport.scenario("kremlin-bicetre"), "statu-quo", years: 10)
        #expect(SurveyWave.triennial(run: run, sampleSize: 300, seed: 1).map(\.month) == [0, 36, 72, 108])
        #expect(SurveyWave(run: run, month: 0, sampleSize: 0, seed: 1) == nil)
    }

    @Test("waves: a year gives that one wave, no year the triennial waves")
    func waves() throws {
        let run = try TestSupport.run(try TestSupport.scenario("kremlin-bicetre"), "statu-quo", years: 10)
        #expect(SurveyWave.waves(run: run, year: 2.5, sampleSize: 300, seed: 1).map(\.month) == [30])
        #expect(SurveyWave.waves(run: run, year: nil, sampleSize: 300, seed: 1).map(\.month) == [0, 36, 72, 108])
        #expect(SurveyWave.waves(run: run, year: 2.5, sampleSize: 0, seed: 1).isEmpty)
    }

    @Test("the Wilson interval matches a hand computation")
    func wilson() {
        let (lower, upper) = SurveyWave.wilsonInterval(successes: 61, trials: 100)
        #expect(abs(lower - 0.5120) < 0.001)
        #expect(abs(upper - 0.7000) < 0.001)
    }
}
