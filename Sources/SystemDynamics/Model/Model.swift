import Foundation
import Localization

/// A checked system-dynamics model: its variables, simulation specs and warnings.
///
/// Build it from the model language (``init(source:fileName:)``), from XMILE (``init(xmile:fileName:)``) or
/// from a file (``load(contentsOf:)``). Errors come all at once as a ``ModelError``; warnings stay readable in
/// ``warnings``. Compile it with ``compile()`` to run it.
public struct Model: Sendable {
    /// The model's name.
    public var name: String
    /// Start, stop, time step, method, time unit.
    public var specs: SimulationSpecs
    /// Every declared variable, in declaration order.
    public private(set) var variables: [Variable]
    /// Findings that do not prevent running the model, such as unit mismatches.
    public private(set) var warnings: [Diagnostic]
    private let index: [String: Int]

    /// More diagnostics than this are summarised: a file that is not a model would otherwise flood the screen.
    static let maximumDiagnostics = 50

    /// Parses and checks text in the model language (`docs/model-language.md`).
    /// - Parameters:
    ///   - source: the model text.
    ///   - fileName: the name used in messages.
    /// - Throws: ``ModelError`` with every error found (and the warnings).
    public init(source: String, fileName: String) throws(ModelError) {
        let declarations = ModelFileParser(file: fileName).parse(source)
        try self.init(declarations: declarations, fileName: fileName, specsLocation: declarations.specsLocation)
    }

    /// Checks declarations however they were read (model language or XMILE).
    init(declarations: ModelDeclarations, fileName: String, specsLocation: SourceLocation? = nil) throws(ModelError) {
        var diagnostics = declarations.diagnostics
        if declarations.variables.isEmpty && !diagnostics.contains(where: { $0.severity == .error }) {
            diagnostics.append(
                Diagnostic(
                    .error,
                    LocalizedText(
                        fr: "Le modèle ne déclare aucune variable. Déclarez au moins un stock, flow, aux ou parameter.",
                        en: "The model declares no variable. Declare at least one stock, flow, aux or parameter."),
                    at: SourceLocation(file: fileName, line: 1, column: 1)))
        }
        diagnostics += ModelChecker(variables: declarations.variables, specs: declarations.specs, specsLocation: specsLocation ?? SourceLocation(file: fileName, line: 1, column: 1)).diagnostics()
        let errors = diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty {
            var error = ModelError(diagnostics)
            if error.diagnostics.count > Self.maximumDiagnostics {
                let hidden = error.diagnostics.count - Self.maximumDiagnostics
                error.diagnostics = Array(error.diagnostics.prefix(Self.maximumDiagnostics))
                // Appended after sorting: the summary closes the list.
                error.diagnostics.append(
                    Diagnostic(
                        .error,
                        LocalizedText(
                            fr: "… et \(hidden) de plus. Est-ce bien un fichier de modèle ?",
                            en: "… and \(hidden) more. Is this really a model file?"),
                        at: nil))
            }
            throw error
        }
        name = declarations.name.isEmpty ? (fileName as NSString).lastPathComponent : declarations.name
        specs = declarations.specs
        variables = declarations.variables
        warnings = ModelError(diagnostics).diagnostics
        index = Dictionary(variables.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Reads a model file: XMILE when the name ends in `.xmile`, `.stmx` or `.xml`, the model language otherwise.
    /// - Throws: ``ModelError`` when the file is missing, unreadable, not text, empty or not a valid model.
    public static func load(contentsOf path: String) throws(ModelError) -> Model {
        let text = try readModelText(path)
        let lower = path.lowercased()
        if lower.hasSuffix(".xmile") || lower.hasSuffix(".stmx") || lower.hasSuffix(".xml") {
            return try Model(xmile: text, fileName: path)
        }
        return try Model(source: text, fileName: path)
    }

    /// Files larger than this are refused before reading: no model is anywhere near it.
    static let maximumFileSize = 64 * 1024 * 1024

    static func readModelText(_ path: String) throws(ModelError) -> String {
        func fail(fr: String, en: String) -> ModelError {
            ModelError([Diagnostic(.error, LocalizedText(fr: fr, en: en), at: SourceLocation(file: path, line: 1, column: 1))])
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            let directory = FileManager.default.currentDirectoryPath
            throw fail(
                fr: "Fichier introuvable. Vérifiez le chemin (le répertoire courant est \(directory)).",
                en: "No such file. Check the path (the current directory is \(directory)).")
        }
        if isDirectory.boolValue { throw fail(fr: "C'est un répertoire, pas un fichier de modèle.", en: "This is a directory, not a model file.") }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > maximumFileSize {
            throw fail(
                fr: "Le fichier fait \(size / 1_048_576) Mio ; un fichier de modèle fait au plus \(maximumFileSize / 1_048_576) Mio. Est-ce le bon fichier ?",
                en: "The file is \(size / 1_048_576) MiB; a model file is at most \(maximumFileSize / 1_048_576) MiB. Is it the right file?")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw fail(fr: "Impossible de lire le fichier (vérifiez ses droits d'accès).", en: "Cannot read the file (check its permissions).")
        }
        if data.isEmpty {
            throw fail(fr: "Le fichier est vide. Un modèle déclare au moins une variable.", en: "The file is empty. A model declares at least one variable.")
        }
        guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
            throw fail(
                fr: "Ce n'est pas un fichier texte en UTF-8 (il contient des données binaires). Est-ce le bon fichier ?",
                en: "This is not a text file in UTF-8 (it contains binary data). Is it the right file?")
        }
        return text
    }

    /// The variable called `name`, in any spelling (case, spaces or underscores).
    public func variable(named name: String) -> Variable? {
        index[canonicalName(name)].map { variables[$0] }
    }

    /// The names a user can type: every variable's canonical name.
    public var variableNames: [String] { variables.map(\.name) }
}
