import Foundation
import Localization
import SystemDynamics

/// Finds scenario files by name.
///
/// Search order: the folder named by `$QUARTIER_SCENARIOS`, then `./Scenarios`, then a `Scenarios` folder
/// in the executable's directory or any directory above it (so an installed or freshly built `quartier`
/// finds the package's scenarios).
public enum ScenarioLocator {
    /// The folders searched, in order, that exist.
    public static func searchDirectories() -> [String] {
        var candidates: [String] = []
        if let variable = ProcessInfo.processInfo.environment["QUARTIER_SCENARIOS"], !variable.isEmpty {
            candidates.append(variable)
        }
        candidates.append(FileManager.default.currentDirectoryPath + "/Scenarios")
        var directory = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        while true {
            candidates.append(directory.appendingPathComponent("Scenarios").path)
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { break }
            directory = parent
        }
        var seen = Set<String>()
        return candidates.filter { path in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue
            else { return false }
            return seen.insert(URL(fileURLWithPath: path).standardizedFileURL.path).inserted
        }
    }

    /// Names of the scenarios found (file names without `.yaml`), sorted, without duplicates.
    public static func availableNames() -> [String] {
        var names = Set<String>()
        for directory in searchDirectories() {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for file in files where file.hasSuffix(".yaml") || file.hasSuffix(".yml") {
                names.insert(URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent)
            }
        }
        return names.sorted()
    }

    /// The path of a scenario given as a path or a name.
    /// - Throws: `ScenarioError` listing the scenarios available and the closest name.
    public static func resolve(_ nameOrPath: String) throws -> String {
        if FileManager.default.fileExists(atPath: nameOrPath) { return nameOrPath }
        let directories = searchDirectories()
        for directory in directories {
            for ext in ["yaml", "yml"] {
                let path = directory + "/" + nameOrPath + "." + ext
                if FileManager.default.fileExists(atPath: path) { return path }
            }
        }
        let names = availableNames()
        let folders = directories.joined(separator: ", ")
        let hint = NameSuggestion.didYouMean(nameOrPath, in: names)
        let list = names.joined(separator: ", ")
        throw ScenarioError(
            fr: "Aucun fichier ni nom de scénario « \(nameOrPath) » (\(directories.isEmpty ? "aucun dossier Scenarios trouvé" : "cherché dans \(folders)")).\(hint.fr) "
                + (names.isEmpty ? "Donnez à QUARTIER_SCENARIOS le chemin d'un dossier de scénarios." : "Scénarios : \(list)."),
            en: "No scenario file or name '\(nameOrPath)' (\(directories.isEmpty ? "no Scenarios folder was found" : "searched \(folders)")).\(hint.en) "
                + (names.isEmpty ? "Set QUARTIER_SCENARIOS to a folder of scenarios." : "Scenarios: \(list)."))
    }
}
