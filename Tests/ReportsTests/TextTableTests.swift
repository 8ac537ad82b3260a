import Testing

@testable import Reports

@Suite("Text tables")
struct TextTableTests {
    /// A baseline-and-difference table as the REPL shows one.
    let table = TextTable(
        columns: [TableColumn("Indicateur"), .number("Base", unit: "%"), .number("Écart", unit: "pt")],
        rows: [
            ["Qualité de service", "62,0", "+9,0"],
            ["Sûreté", "48,5", "−1,5"],
        ])

    @Test("columns line up by display width, numbers to the right, units under their headers")
    func exactLayout() {
        let expected = """
            Indicateur          Base  Écart
                                   %     pt
            ───────────────────────────────
            Qualité de service  62,0   +9,0
            Sûreté              48,5   −1,5
            """
        #expect(table.render() == expected)
    }

    @Test("a decomposed accent counts as one column")
    func combiningAccents() {
        let decomposed = TextTable(
            columns: [TableColumn("Nom"), .number("Valeur")],
            rows: [["Su\u{302}rete\u{301}", "1"], ["Parc", "22"]])
        let lines = decomposed.render().split(separator: "\n").map(String.init)
        #expect(lines.map(\.displayWidth) == [14, 14, 14, 14])
    }

    @Test("wide characters take two columns")
    func wideCharacters() {
        let wide = TextTable(columns: [TableColumn("名前"), .number("N")], rows: [["日本", "1"], ["ab", "22"]])
        #expect(wide.render() == "名前   N\n────────\n日本   1\nab    22")
    }

    @Test("a title comes first and no line has trailing spaces")
    func title() {
        let titled = TextTable(
            title: "Confiance", columns: [TableColumn("A"), TableColumn("Bbbbbb")], rows: [["x", ""]])
        #expect(titled.render() == "Confiance\nA  Bbbbbb\n─────────\nx")
    }

    @Test("short rows are completed and long rows add columns")
    func raggedRows() {
        let ragged = TextTable(columns: [TableColumn("A"), TableColumn("B")], rows: [["1"], ["2", "3", "4"]])
        #expect(ragged.render() == "A  B\n───────\n1\n2  3  4")
    }

    @Test("without colour there is no escape sequence")
    func plain() {
        let cells = [TableCell("x"), TableCell.difference(2, text: "+2"), TableCell.difference(-2, text: "−2")]
        let coloured = TextTable(columns: [TableColumn("a"), TableColumn("b"), TableColumn("c")], rows: [cells])
        #expect(!coloured.render(styling: .plain).contains("\u{1B}"))
    }

    @Test("with colour the header is bold and differences are green or red")
    func colour() {
        let output = table.render(styling: Styling(colour: true))
        #expect(output.contains("\u{1B}[1mIndicateur\u{1B}[0m"))
        let row = TextTable(
            columns: [TableColumn("Δ"), TableColumn("Δ")],
            rows: [[TableCell.difference(0.5, text: "+0,5"), TableCell.difference(-0.5, text: "−0,5")]]
        ).render(styling: Styling(colour: true)).split(separator: "\n").last.map(String.init)
        #expect(row == "\u{1B}[32m+0,5\u{1B}[0m  \u{1B}[31m−0,5\u{1B}[0m")
    }

    @Test("the colour of a difference follows which direction is better")
    func lowerIsBetter() {
        #expect(TableCell.difference(3, text: "+3", higherIsBetter: false).style == .red)
        #expect(TableCell.difference(-3, text: "−3", higherIsBetter: false).style == .green)
        #expect(TableCell.difference(0, text: "0").style == nil)
        #expect(TableCell.difference(.nan, text: "—").style == nil)
    }

    @Test("colour does not change the alignment")
    func colourKeepsAlignment() {
        let plainLines = table.render().split(separator: "\n").map { String($0).displayWidth }
        let colourLines = table.render(styling: Styling(colour: true)).split(separator: "\n").map {
            String($0).displayWidth
        }
        #expect(plainLines == colourLines)
    }
}
