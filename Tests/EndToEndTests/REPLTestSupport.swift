import Foundation

/// Running the real `quartier` binary from the end-to-end tests.
enum QuartierBinary {
    /// The binary built next to the test bundle (the EndToEndTests target depends on it).
    static var url: URL {
        let folder = Bundle.main.executableURL?.deletingLastPathComponent()
            ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".build/debug")
        return folder.appendingPathComponent("quartier")
    }

    /// The package's root folder, found from this source file.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// An environment with English messages, the package's scenarios and a private history folder.
    static func environment(stateHome: URL) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "en_GB.UTF-8"
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = nil
        environment["QUARTIER_SCENARIOS"] = packageRoot.appendingPathComponent("Scenarios").path
        environment["XDG_STATE_HOME"] = stateHome.path
        return environment
    }

    /// What a run printed and its exit status.
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs the binary with `arguments`, `input` piped to its standard input, in `folder` (a new temporary
    /// folder by default).
    static func run(_ arguments: [String], input: String = "", in folder: URL? = nil) throws -> Result {
        let folder = try folder ?? temporaryFolder()
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = environment(stateHome: folder.appendingPathComponent("state"))
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        // Read standard error on another thread while reading standard output here, so that neither pipe
        // can fill up and block the child.
        let errors = PipeReader(stderr.fileHandleForReading)
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
            errors: String(decoding: errors.data(), as: UTF8.self))
    }

    /// A new temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("quartier-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Reads a pipe to its end on a thread of its own.
final class PipeReader: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var collected = Data()

    init(_ handle: FileHandle) {
        Thread {
            self.collected = handle.readDataToEndOfFile()
            self.done.signal()
        }.start()
    }

    /// Everything the pipe delivered, once it is closed.
    func data() -> Data {
        done.wait()
        return collected
    }
}
