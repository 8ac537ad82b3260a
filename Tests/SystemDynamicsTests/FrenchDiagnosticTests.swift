import Foundation
import Testing
@testable import SystemDynamics

@Suite("Diagnostics in French and English")
struct FrenchDiagnosticTests {
    static let misspelt = """
        parameter lever = 0
        aux effect = levr * 2
        stock s = 0
            in: flo

        """

    @Test("each diagnostic reads FILE:LINE:COLUMN : erreur : message in French, with French quotes and spacing")
    func errorsInFrench() throws {
        let error = try #require(throws: ModelError.self) { try Model(source: Self.misspelt, fileName: "m.sdm") }
        #expect(error.text(in: .fr) == """
            m.sdm:2:14 : erreur : Nom inconnu « levr » dans l'équation de « effect ». Vouliez-vous dire « lever » ?
            m.sdm:3:1 : erreur : Le stock « s » cite un flux inconnu « flo ».
            """)
        #expect(error.text(in: .en) == error.description)
        #expect(error.description == """
            m.sdm:2:14: error: Unknown name 'levr' in the equation of 'effect'. Did you mean 'lever'?
            m.sdm:3:1: error: Stock 's' lists an unknown flow 'flo'.
            """)
    }

    @Test("warnings are « avertissement » in French")
    func warningsInFrench() throws {
        let model = try Model(source: "parameter p = 1\n    range: 0 .. 0.5\n", fileName: "w.sdm")
        #expect(model.warnings.map { $0.text(in: .fr) } == [
            "w.sdm:1:1 : avertissement : Le paramètre « p » = 1 sort de son intervalle 0 .. 0,5."
        ])
        #expect(model.warnings.map { $0.text(in: .en) } == ["w.sdm:1:1: warning: Parameter 'p' = 1 lies outside its range 0 .. 0.5."])
    }

    @Test("a syntax error names the token found in the reader's language")
    func syntaxInFrench() throws {
        let error = try #require(throws: ModelError.self) { try Model(source: "aux a = (1 + 2\n", fileName: "s.sdm") }
        #expect(error.text(in: .fr) == "s.sdm:1:15 : erreur : « ) » attendu pour fermer la parenthèse, trouvé la fin de l'équation.")
    }

    @Test("the summary of a flood of errors comes last, in both languages")
    func summaryComesLast() throws {
        let text = (1...70).map { "garbage line \($0)" }.joined(separator: "\n")
        let error = try #require(throws: ModelError.self) { try Model(source: text, fileName: "g.sdm") }
        #expect(error.diagnostics.count == Model.maximumDiagnostics + 1)
        #expect(error.diagnostics.first?.location?.line == 1)
        let last = try #require(error.diagnostics.last)
        #expect(last.location == nil)
        #expect(last.text(in: .en) == "error: … and 20 more. Is this really a model file?")
        #expect(last.text(in: .fr) == "erreur : … et 20 de plus. Est-ce bien un fichier de modèle ?")
    }

    @Test("a binary model file is refused in both languages")
    func binaryFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("quartier-\(UUID().uuidString).sdm").path
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = try #require(throws: ModelError.self) { try Model.load(contentsOf: path) }
        #expect(
            error.text(in: .fr)
                == "\(path):1:1 : erreur : Ce n'est pas un fichier texte en UTF-8 (il contient des données binaires). Est-ce le bon fichier ?")
    }

    @Test("run errors are given in both languages")
    func simulationErrorInFrench() throws {
        let compiled = try Model(source: "parameter lever = 0\n", fileName: "m.sdm").compile()
        let error = try #require(throws: SimulationError.self) { try compiled.run(RunOptions(start: 5, stop: 1)) }
        #expect(error.text(in: .fr) == "L'instant de fin (1) vient avant l'instant de départ (5).")
        #expect(error.description == "The stop time (1) comes before the start time (5).")
    }
}
