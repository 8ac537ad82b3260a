import EstateModel
import Foundation
import Localization
import REPL
import Reports

/// A fresh English session on Kremlin-Bicêtre, plain text, 200 columns so tables keep their labels.
func makeSession(language: Language = .en) throws -> Session {
    let model = try EstateModel.bundled()
    let scenario = try Scenario.named(scenariosFolder() + "/kremlin-bicetre.yaml", model: model)
    return Session(estateModel: model, scenario: scenario, language: language, styling: .plain, width: 200)
}

/// The package's Scenarios folder, found from this source file.
func scenariosFolder() -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Scenarios").path
}

/// A temporary folder removed by the caller.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("repl-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

extension Session {
    /// Runs lines that must all succeed and returns the last output.
    @discardableResult
    mutating func succeed(_ lines: String...) -> String {
        var last = ""
        for line in lines {
            let outcome = execute(line)
            if outcome.isError { return "ERROR in '\(line)': \(outcome.output)" }
            last = outcome.output
        }
        return last
    }
}
