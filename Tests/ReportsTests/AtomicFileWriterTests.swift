import Foundation
import Testing

@testable import Reports

@Suite("Atomic file writing")
struct AtomicFileWriterTests {
    /// A fresh empty folder for one test.
    func makeFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func contents(of folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test("a new file is written and nothing else is left in the folder")
    func newFile() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("résultats.csv")
        try AtomicFileWriter.write(Data("a,b\n".utf8), to: target)
        #expect(try String(contentsOf: target, encoding: .utf8) == "a,b\n")
        #expect(try contents(of: folder) == ["résultats.csv"])
    }

    @Test("an existing file is replaced and keeps its permissions")
    func replace() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("plan.json")
        try Data("old".utf8).write(to: target)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target.path)
        try AtomicFileWriter.write(Data("new".utf8), to: target)
        #expect(try String(contentsOf: target, encoding: .utf8) == "new")
        let permissions = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        #expect(try contents(of: folder) == ["plan.json"])
    }

    @Test("when the rename fails the old content stays and the temporary file is removed")
    func targetIsDirectory() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("export")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        try Data("keep".utf8).write(to: target.appendingPathComponent("inside.txt"))
        #expect(throws: FileWriteError(path: target.path, reason: .isADirectory)) {
            try AtomicFileWriter.write(Data("new".utf8), to: target)
        }
        #expect(try String(contentsOf: target.appendingPathComponent("inside.txt"), encoding: .utf8) == "keep")
        #expect(try contents(of: folder) == ["export"])
    }

    @Test("a file in the middle of the path is reported and left alone")
    func parentIsFile() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let notes = folder.appendingPathComponent("notes.txt")
        try Data("notes".utf8).write(to: notes)
        let target = notes.appendingPathComponent("out.csv")
        #expect(throws: FileWriteError(path: target.path, reason: .notADirectory)) {
            try AtomicFileWriter.write(Data("x".utf8), to: target, createDirectories: true)
        }
        #expect(try String(contentsOf: notes, encoding: .utf8) == "notes")
    }

    @Test("a missing folder is an error unless its creation is asked for")
    func missingFolder() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("a/b/out.csv")
        #expect(throws: FileWriteError(path: target.path, reason: .directoryMissing)) {
            try AtomicFileWriter.write(Data("x".utf8), to: target)
        }
        #expect(try contents(of: folder) == [])
        try AtomicFileWriter.write(Data("x".utf8), to: target, createDirectories: true)
        #expect(try String(contentsOf: target, encoding: .utf8) == "x")
    }

    @Test("writing through a symbolic link replaces the linked file and keeps the link")
    func symbolicLink() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("real.csv")
        let link = folder.appendingPathComponent("link.csv")
        try Data("old".utf8).write(to: real)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        try AtomicFileWriter.write(Data("new".utf8), to: link)
        #expect(try String(contentsOf: real, encoding: .utf8) == "new")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == real.path)
    }

    @Test("messages name the path, the reason and the fix, in both languages")
    func messages() {
        let error = FileWriteError(path: "/tmp/x.csv", reason: .permissionDenied)
        #expect(
            error.text(in: .en) == "Cannot write /tmp/x.csv: permission denied; choose a folder you can write to.")
        #expect(
            error.text(in: .fr)
                == "Impossible d’écrire /tmp/x.csv : permission refusée ; choisissez un dossier où vous pouvez écrire.")
        #expect(error.description == error.text(in: .en))
        let other = FileWriteError(path: "p", reason: .other("Input/output error"))
        #expect(other.text(in: .en) == "Cannot write p: Input/output error.")
    }
}
