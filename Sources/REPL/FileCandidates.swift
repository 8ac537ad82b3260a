import Foundation

/// File names to complete after `save`, `open`, `load` and `export`: the entries of the folder the
/// partial word names (the current folder when it names none), written as the word continues them.
enum FileCandidates {
    /// The entries of the folder of `word`, each prefixed with that folder as typed; folders end with `/`
    /// so that Tab can go on into them. Hidden entries appear only when the word starts one with `.`.
    static func list(_ word: String) -> [String] {
        let slash = word.lastIndex(of: "/")
        let typedFolder = slash.map { String(word[...$0]) } ?? ""
        let namePrefix = slash.map { String(word[word.index(after: $0)...]) } ?? word
        let folder = typedFolder.isEmpty ? "." : (NSString(string: typedFolder).expandingTildeInPath as String)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { !$0.hasPrefix(".") || namePrefix.hasPrefix(".") }.sorted().map { name in
            var isFolder: ObjCBool = false
            let path = (folder as NSString).appendingPathComponent(name)
            let marker = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue ? "/" : ""
            return typedFolder + name + marker
        }
    }
}
