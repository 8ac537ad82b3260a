import Testing

@testable import Reports

@Suite("Sparklines")
struct SparklineTests {
    @Test("a rising series climbs through all eight levels")
    func rising() {
        #expect(Sparkline.render([1, 2, 3, 4, 5, 6, 7, 8]) == "▁▂▃▄▅▆▇█")
    }

    @Test("values are scaled between the series' own minimum and maximum")
    func scaled() {
        #expect(Sparkline.render([0, 0.5, 1]) == "▁▅█")
        #expect(Sparkline.render([100, 50, 0, 50]) == "█▅▁▅")
    }

    @Test("a constant series is drawn at mid height")
    func constant() {
        #expect(Sparkline.render([3, 3, 3]) == "▄▄▄")
    }

    @Test("NaN and infinities leave gaps and do not distort the scale")
    func nonFinite() {
        #expect(Sparkline.render([1, .nan, 8, .infinity]) == "▁ █ ")
        #expect(Sparkline.render([.nan, .nan]) == "  ")
        #expect(Sparkline.render([]) == "")
    }

    @Test("extreme values do not overflow the scale")
    func extremes() {
        #expect(Sparkline.render([-Double.greatestFiniteMagnitude, 0, Double.greatestFiniteMagnitude]) == "▁▅█")
    }

    @Test("a long series is averaged down to the width")
    func resampled() {
        #expect(Sparkline.render([1, 2, 3, 4, 5, 6, 7, 8], width: 4) == "▁▃▆█")
        #expect(Sparkline.render(Array(repeating: 1, count: 500), width: 60).count == 60)
        #expect(Sparkline.render([1, 2], width: 10) == "▁█")
    }
}
