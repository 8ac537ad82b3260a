import Foundation
import Testing

@testable import LineEditing

@Suite("Reading lines when input is not a terminal")
struct LineReaderTests {
    @Test("lines are read as they are, without prompts, and the history file is never written")
    func readsPlainLines() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let script = folder.url.appending(component: "script.txt")
        try Data("ça va, Noël ?\n\nrun base\r\nlast line without newline".utf8).write(to: script)
        let historyFile = folder.url.appending(component: "history")
        let input = try #require(fopen(script.path(percentEncoded: false), "r"))
        defer { fclose(input) }

        let reader = LineReader(historyFile: historyFile, historyLimit: 10, input: input)
        #expect(!reader.isInteractive)
        #expect(reader.readLine(prompt: "quartier> ") == .line("ça va, Noël ?"))
        #expect(reader.readLine(prompt: "quartier> ") == .line(""))
        #expect(reader.readLine(prompt: "quartier> ") == .line("run base"))
        #expect(reader.readLine(prompt: "quartier> ") == .line("last line without newline"))
        #expect(reader.readLine(prompt: "quartier> ") == .endOfInput)
        #expect(reader.readLine(prompt: "quartier> ") == .endOfInput)
        try reader.saveHistory()
        #expect(reader.takeHistoryError() == nil)
        #expect(try folder.contents(of: folder.url) == ["script.txt"])
    }

    @Test("badly encoded bytes are replaced, not fatal")
    func repairsInvalidUTF8() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let script = folder.url.appending(component: "latin1.txt")
        try Data([0x4E, 0x6F, 0xEB, 0x6C, 0x0A]).write(to: script)  // "Noël" in ISO 8859-1
        let input = try #require(fopen(script.path(percentEncoded: false), "r"))
        defer { fclose(input) }

        let reader = LineReader(historyFile: nil, historyLimit: 10, input: input)
        #expect(reader.readLine(prompt: "") == .line("No\u{FFFD}l"))
    }
}

@Suite("Ctrl-C during an evaluation")
struct InterruptFlagTests {
    @Test("once installed, SIGINT sets the flag instead of ending the process, until cleared")
    func recordsInterrupt() {
        #expect(InterruptFlag.install())
        InterruptFlag.clear()
        #expect(!InterruptFlag.isSet)
        // Sent to the process, as the terminal does; test threads may block signals, so it is handled
        // asynchronously on another thread.
        kill(getpid(), SIGINT)
        let deadline = Date().addingTimeInterval(5)
        while !InterruptFlag.isSet && Date() < deadline { usleep(1_000) }
        #expect(InterruptFlag.isSet)
        InterruptFlag.clear()
        #expect(!InterruptFlag.isSet)
    }
}
