import Foundation
import Testing

@testable import LineEditing

/// libedit's history list is process-wide, so these tests run one at a time and start from an empty list.
@Suite("History kept by libedit", .serialized)
struct EditLineHistoryTests {
    @Test("accented lines survive a save and a reload")
    func roundTrip() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = folder.url.appending(component: "history")
        let lines = [
            "ça va, Noël ?", "run rénovation --years 10", "compare base \"plan été\"", "  indented",
        ]
        let history = EditLineHistory(limit: 100)
        history.clear()
        for line in lines { history.record(line) }
        try history.save(to: file)

        history.clear()
        #expect(history.entries.isEmpty)
        try history.load(from: file)
        #expect(history.entries == lines)
    }

    @Test("blank lines and immediate repeats are not recorded")
    func skipsBlankAndRepeatedLines() {
        let history = EditLineHistory(limit: 100)
        history.clear()
        #expect(history.record("run base"))
        #expect(!history.record("run base"))
        #expect(!history.record(""))
        #expect(!history.record("  \t "))
        #expect(history.record("help"))
        #expect(history.record("run base"))
        #expect(history.entries == ["run base", "help", "run base"])
    }

    @Test("only the newest lines are kept beyond the limit, in memory and in the file")
    func keepsNewestLines() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = folder.url.appending(component: "history")
        let history = EditLineHistory(limit: 3)
        history.clear()
        for line in ["one", "two", "three", "four", "five"] { history.record(line) }
        #expect(history.entries == ["three", "four", "five"])
        #expect(history.newestEntry == "five")
        try history.save(to: file)

        history.clear()
        try history.load(from: file)
        #expect(history.entries == ["three", "four", "five"])
    }

    @Test("saving creates the missing state folders, private to the user, and leaves no temporary file")
    func createsFolders() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let stateFolder = folder.url.appending(components: "state", "quartier", directoryHint: .isDirectory)
        let file = stateFolder.appending(component: "history")
        let history = EditLineHistory(limit: 10)
        history.clear()
        history.record("help")
        try history.save(to: file)
        history.record("quit")
        try history.save(to: file)

        #expect(try folder.contents(of: stateFolder) == ["history"])
        let folderMode = try permissions(of: stateFolder)
        let fileMode = try permissions(of: file)
        #expect(folderMode == 0o700)
        #expect(fileMode == 0o600)
        history.clear()
        try history.load(from: file)
        #expect(history.entries == ["help", "quit"])
    }

    @Test("a missing history file is a first run, not an error")
    func loadsMissingFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let history = EditLineHistory(limit: 10)
        history.clear()
        try history.load(from: folder.url.appending(component: "never-written"))
        #expect(history.entries.isEmpty)
    }

    @Test("a folder that cannot be created is reported with its path")
    func reportsFolderFailure() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let blocker = folder.url.appending(component: "state")
        try Data("not a folder".utf8).write(to: blocker)
        let history = EditLineHistory(limit: 10)
        history.clear()
        history.record("help")
        let error = try #require(throws: HistoryError.self) {
            try history.save(to: blocker.appending(components: "quartier", "history"))
        }
        #expect(error.operation == .createFolder)
        #expect(error.path.hasSuffix("/state/quartier"))
        #expect(error.description.contains("Cannot create the folder"))
    }

    @Test("a history path that is a folder is reported and the folder is left as it was")
    func reportsSaveFailure() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = folder.url.appending(component: "history", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        let history = EditLineHistory(limit: 10)
        history.clear()
        history.record("help")
        let error = try #require(throws: HistoryError.self) {
            try history.save(to: target)
        }
        #expect(error.operation == .save)
        #expect(try folder.contents(of: folder.url) == ["history"])
        #expect(try folder.contents(of: target).isEmpty)
    }

    private func permissions(of url: URL) throws -> Int? {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path(percentEncoded: false))
        return attributes[.posixPermissions] as? Int
    }
}
