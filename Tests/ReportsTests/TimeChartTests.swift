import Foundation
import Testing

@testable import Reports

@Suite("Time charts")
struct TimeChartTests {
    let english = NumberFormatting(language: .en)
    let french = NumberFormatting(language: .fr)

    @Test("a small chart, exactly")
    func exact() {
        let chart = TimeChart(
            series: [ChartSeries(name: "Base", times: [0, 1, 2], values: [0, 1, 2])],
            width: 12, height: 3, formatting: english, valueDigits: 0)
        let expected = """
            2 ┤      ●●●
              │  ●●●●
            0 ┤●●
              └─────────
               0       2
            ● Base
            """
        #expect(chart.render() == expected)
    }

    @Test("no line is wider than the width asked for", arguments: [1, 5, 12, 20, 40, 80, 132])
    func fitsWidth(width: Int) {
        let chart = TimeChart(
            title: "Confiance des locataires dans le bailleur (0–1)",
            series: [
                ChartSeries(
                    name: "Référence", start: 2025, step: 0.25, values: (0..<41).map { 0.4 + Double($0) / 200 }),
                ChartSeries(name: "Plan « tranquillité »", start: 2025, step: 1, values: [0.4, 0.45, 0.5, 0.6]),
                ChartSeries(name: "日本", start: 2030, step: 1, values: [12_345.678, .nan, -3]),
            ],
            width: width, height: 6, formatting: french)
        let lines = chart.render(styling: Styling(colour: true))
            .split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines { #expect(String(line).displayWidth <= width) }
    }

    @Test("the rows are the height asked for, plus axis, time labels and legend")
    func height() {
        let chart = TimeChart(
            series: [ChartSeries(name: "A", start: 2025, step: 1, values: [1, 2, 3])],
            width: 40, height: 8, formatting: english)
        #expect(chart.render().split(separator: "\n").count == 8 + 2 + 1)
    }

    @Test("axes are labelled with the value range and the first and last years, in the user's language")
    func labels() {
        let chart = TimeChart(
            series: [
                ChartSeries(name: "Base", start: 2025, step: 1, values: [0.25, 0.5, 0.75]),
                ChartSeries(name: "Plan", start: 2025, step: 1, values: [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]),
            ],
            width: 40, height: 5, formatting: french)
        let lines = chart.render().split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("1,00 ┤"))
        #expect(lines[4].hasPrefix("0,25 ┤"))
        #expect(lines[6].trimmingCharacters(in: .whitespaces).hasPrefix("2025"))
        #expect(lines[6].hasSuffix("2032"))
        #expect(lines[7] == "● Base   ◆ Plan")
    }

    @Test("each series has its own glyph, and its own colour when colour is on")
    func glyphsAndColours() {
        let series = [
            ChartSeries(name: "Haut", start: 0, step: 1, values: [10, 10]),
            ChartSeries(name: "Bas", start: 0, step: 1, values: [0, 0]),
        ]
        let plain = TimeChart(series: series, width: 20, height: 3, formatting: english).render()
        #expect(plain.contains("●"))
        #expect(plain.contains("◆"))
        #expect(!plain.contains("\u{1B}"))
        let coloured = TimeChart(series: series, width: 20, height: 3, formatting: english)
            .render(styling: Styling(colour: true))
        #expect(coloured.contains("\u{1B}[36m●\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[35m◆\u{1B}[0m"))
    }

    @Test("a NaN leaves a gap rather than a line through it")
    func gap() {
        let chart = TimeChart(
            series: [ChartSeries(name: "S", start: 0, step: 1, values: [1, .nan, 1, 1])],
            width: 12, height: 1, formatting: english, valueDigits: 0)
        let row = chart.render().split(separator: "\n")[0]
        // Nine plot columns: times 0, 1, 2, 3 fall in columns 0, 3, 5, 8; the NaN at time 1 leaves 1…4 empty.
        #expect(row == "1 ┤●    ●●●●")
    }

    @Test("a chart without any finite value says so instead of drawing")
    func noData() {
        let empty = TimeChart(
            series: [ChartSeries(name: "S", start: 0, step: 1, values: [.nan, .infinity])],
            width: 30, height: 4, formatting: french)
        #expect(empty.render() == "(aucune donnée)\n● S")
        #expect(TimeChart(series: [], width: 30, formatting: english).render() == "(no data)")
    }

    @Test("a constant series sits between two distinct labels")
    func constant() {
        let chart = TimeChart(
            series: [ChartSeries(name: "C", start: 0, step: 1, values: [5, 5, 5])],
            width: 20, height: 3, formatting: english, valueDigits: 1)
        let lines = chart.render().split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("5.5 ┤"))
        #expect(lines[1] == "    │" + String(repeating: "●", count: 15))
        #expect(lines[2] == "4.5 ┤")
    }

    @Test("the legend wraps to the width")
    func legendWraps() {
        let series = (1...6).map { ChartSeries(name: "Scénario \($0)", start: 0, step: 1, values: [Double($0)]) }
        let lines = TimeChart(series: series, width: 30, height: 2, formatting: english).render()
            .split(separator: "\n").map(String.init)
        let expected = ["● Scénario 1   ◆ Scénario 2", "▲ Scénario 3   ■ Scénario 4", "○ Scénario 5   ◇ Scénario 6"]
        #expect(lines.suffix(3) == expected)
    }
}
