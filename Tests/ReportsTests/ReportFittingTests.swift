import Localization
import Reports
import Testing

@Suite("Reports fit the terminal and the reader's language")
struct ReportFittingTests {
    @Test("a series at rest is drawn flat: noise below 0.1 % or below the display precision does not move")
    func flatSparkline() {
        #expect(Sparkline.render([83.0002, 83.0004, 83.0006, 83.0006]) == "▄▄▄▄")
        #expect(Sparkline.render([7.6, 7.6, 7.6, 7.58], resolution: 0.05) == "▄▄▄▄")
        #expect(Sparkline.render([7.6, 7.6, 7.6, 7.0], resolution: 0.05) == "███▁")
        #expect(Sparkline.render([0, 0.5, 1]) == "▁▅█")
    }

    @Test("French unit names keep the structure a/b; English keeps the model's words with €")
    func frenchUnits() {
        #expect(UnitNames.display("euro/dwelling/month", in: .fr) == "€/logement/mois")
        #expect(UnitNames.display("incident/month", in: .fr) == "incident/mois")
        #expect(UnitNames.display("%/year", in: .fr) == "%/an")
        #expect(UnitNames.display("fte", in: .fr) == "ETP")
        #expect(UnitNames.display("request", in: .fr) == "demande")
        #expect(UnitNames.display("euro/dwelling/month", in: .en) == "€/dwelling/month")
        #expect(UnitNames.display("request/month", in: .en) == "request/month")
        #expect(UnitNames.display("fte/hundred_dwellings", in: .en) == "FTE/100 dwellings")
        #expect(UnitNames.display("dmnl", in: .en) == "unitless")
    }

    @Test("a wrapping column is cut at blanks so that every line fits the width")
    func wrappedTable() {
        let long = "A description long enough to need several lines on a narrow terminal, word after word."
        let table = TextTable(
            columns: [TableColumn("Plan"), TableColumn.wrapping("Description")], rows: [["atelier", TableCell(long)]])
        let lines = table.render(width: 40).split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 40 })
        #expect(lines.count > 4)
        #expect(lines.last?.hasSuffix("word.") == true)
        #expect(table.render().split(separator: "\n").count == 3)
    }

    @Test("parameter values are written alike everywhere: grouped from 10 000, huge values compact")
    func parameterValues() {
        let english = NumberFormatting(language: .en)
        #expect(ParameterValue.text(35000, numbers: english) == "35,000")
        #expect(ParameterValue.text(4.5, numbers: english) == "4.5")
        #expect(ParameterValue.text(0.8195, numbers: english) == "0.8195")
        #expect(ParameterValue.text(1e99, numbers: english).count < 10)
    }

    @Test("a wrapping column keeps room for its longest word: narrowing takes from the wider column")
    func wordsAreNotCut() {
        let table = TextTable(
            columns: [TableColumn.wrapping("Name"), TableColumn.wrapping("Level")],
            rows: [[TableCell("Résidentialisation des halls"), TableCell("part des logements traités par an chaque année")]])
        let text = table.render(width: 50)
        #expect(text.contains("Résidentialisation"))
        #expect(text.split(separator: "\n").allSatisfy { String($0).displayWidth <= 50 })
    }

    @Test("a table too wide even wrapped becomes one record per row, every line within the width")
    func recordsWhenTooWide() {
        let table = TextTable(
            title: "Hypothèses",
            columns: [
                TableColumn(""), TableColumn("Paramètre"), TableColumn.number("Valeur"), TableColumn("Unité"),
                TableColumn.wrapping("Source"),
            ],
            rows: [
                ["*", "satisfaction_reference_living_environment", "78", "%", "national survey of 2011 among Hlm tenants, living environment"],
                ["", "dwellings", "500", "logement", ""],
            ])
        let text = table.render(width: 50)
        #expect(text.split(separator: "\n").allSatisfy { String($0).displayWidth <= 50 })
        #expect(text.hasPrefix("Hypothèses\nsatisfaction_reference_living_environment *\n  Valeur   78\n  Unité   %\n  Source  national survey of 2011 among Hlm\n          tenants, living environment\n"))
        #expect(text.hasSuffix("dwellings\n  Valeur  500\n  Unité   logement"), "empty cells are left out, numbers aligned")
        #expect(table.render(width: 120).contains("Paramètre"), "a table that fits stays a table")
        let help = TextTable(
            columns: [TableColumn("Command"), TableColumn.wrapping("What")],
            rows: [["action add LEVER level=L [start=YEAR] [years=N | until=YEAR]", "Adds an action to the current plan."]])
        #expect(help.render(width: 50) == "action add LEVER level=L [start=YEAR] [years=N | until=YEAR]\n  Adds an action to the current plan.", "a lone field has no label")
    }

    @Test("long lines are wrapped at blanks: indented ones hang under their text, messages stay at the margin")
    func fittedText() {
        let help = "  Équation : full_share / (1 + EXP(-(LN(satisfaction_reference / (100 - satisfaction_reference))))"
        #expect(help.fitted(toWidth: 40).split(separator: "\n") == [
            "  Équation : full_share / (1 +", "    EXP(-(LN(satisfaction_reference /", "    (100 - satisfaction_reference))))",
        ])
        let message = "Quartier — scénario kremlin-bicetre (5 plans). « help » pour l'aide."
        #expect(message.fitted(toWidth: 40) == "Quartier — scénario kremlin-bicetre (5\nplans). « help » pour l'aide.")
        let table = "a     b\n──────"
        #expect(table.fitted(toWidth: 40) == table, "lines that fit keep their spacing")
    }

    @Test("French typography: no line starts with « : », « ? » or « » », and « help » is never split")
    func frenchNonBreakingSpaces() {
        let message = "Pas de paramètre « mediator_cost ». Vouliez-vous dire « mediator_cost » ? « params » les liste."
        for width in 20...60 {  // the longest unbreakable group, « mediator_cost »., is 18 columns
            let lines = message.wrapped(toWidth: width)
            #expect(lines.allSatisfy { line in !(line.first.map { ";:!?»".contains($0) } ?? false) }, "width \(width): \(lines)")
            #expect(lines.allSatisfy { !$0.hasSuffix("«") }, "width \(width): \(lines)")
        }
        #expect("Plage : 0 .. 1".wrapped(toWidth: 8) == ["Plage :", "0 .. 1"])
    }

    @Test("two wrapping columns too wide together share the width rather than one of them taking it all")
    func wrappingColumnsShareTheWidth() {
        let usage = "action add LEVER level=L [start=YEAR] [years=N | until=YEAR] and more words to wrap"
        let summary = "Adds, edits or removes an action of the current plan, with its level, its start and its end."
        let table = TextTable(columns: [TableColumn.wrapping("Command"), TableColumn.wrapping("What")], rows: [[TableCell(usage), TableCell(summary)]])
        let header = table.render(width: 80).split(separator: "\n")[0]
        let second = header.range(of: "What")!.lowerBound
        let commandWidth = header.distance(from: header.startIndex, to: second) - 2
        #expect(abs(commandWidth - (80 - 2 - commandWidth)) <= 1, "\(header)")
    }
}
