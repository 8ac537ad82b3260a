import Foundation
import Testing

/// Drives the real binary on a pseudo-terminal under tmux: what a user at a keyboard sees.
@Suite("REPL on a terminal (tmux)", .serialized)
struct REPLTerminalTests {
    /// A tmux server of its own (`-L`), so the test never touches the user's sessions.
    struct Terminal {
        let socket = "quartier-test-\(UUID().uuidString.prefix(8))"

        /// Runs tmux with `arguments` and waits for it; standard output goes to `output` when given.
        ///
        /// Not Foundation's `Process`: the server that `new-session` starts inherits the descriptor
        /// `Process` watches to see its child end, so `waitUntilExit` would wait for the server.
        func tmux(_ arguments: [String], output: String = "/dev/null") throws {
            let quoted = (["tmux", "-L", socket] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
            let script = quoted.joined(separator: " ") + " >'\(output)' 2>/dev/null </dev/null"
            var pid: pid_t = 0
            let argv: [UnsafeMutablePointer<CChar>?] = ["/bin/sh", "-c", script].map { (word: String) in strdup(word) } + [nil]
            defer { argv.forEach { free($0) } }
            let status = posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ)
            guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO) }
            var exit: Int32 = 0
            waitpid(pid, &exit, 0)
        }

        /// Starts `command` in a new 120×40 window.
        func start(_ command: String) throws {
            try tmux(["new-session", "-d", "-s", "main", "-x", "120", "-y", "40", command])
        }

        func keys(_ keys: String...) throws { try tmux(["send-keys", "-t", "main"] + keys) }

        func screen() -> String {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).screen").path
            defer { try? FileManager.default.removeItem(atPath: file) }
            try? tmux(["capture-pane", "-p", "-t", "main"], output: file)
            return (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        }

        /// Waits until the screen shows `text`; returns false after `seconds`.
        func waitFor(_ text: String, seconds: Double = 20) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if screen().contains(text) { return true }
                Thread.sleep(forTimeInterval: 0.1)
            }
            return false
        }

        func stop() { _ = try? tmux(["kill-server"]) }
    }

    /// Kremlin-Bicêtre with 40 more copies of its largest plan, so that `compare years=30` runs long enough
    /// to be interrupted.
    static func largeScenario(in folder: URL) throws -> URL {
        let source = QuartierBinary.packageRoot.appendingPathComponent("Scenarios/kremlin-bicetre.yaml")
        var text = try String(contentsOf: source, encoding: .utf8)
        for index in 1...40 {
            text += "\n  - name: copie-\(index)\n    actions:\n"
            text += "      - {lever: social_cohesion, start_year: 0, duration_years: 30, level: 1}\n"
            text += "      - {lever: participatory_audit, start_year: 0, duration_years: 30, level: 1}\n"
        }
        let url = folder.appendingPathComponent("large.yaml")
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test("Tab completes, Up recalls history across runs, Ctrl-C interrupts a long compare, Ctrl-D warns of unsaved changes")
    func keyboard() throws {
        let folder = try QuartierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = try Self.largeScenario(in: folder)
        let environment = QuartierBinary.environment(stateHome: folder.appendingPathComponent("state"))
        let variables = ["LANG", "QUARTIER_SCENARIOS", "XDG_STATE_HOME"].map { "\($0)='\(environment[$0] ?? "")'" }
        let command = "env -u LC_ALL -u LC_MESSAGES \(variables.joined(separator: " ")) '\(QuartierBinary.url.path)' repl '\(scenario.path)'"
        let terminal = Terminal()
        defer { terminal.stop() }
        try terminal.start(command)
        #expect(terminal.waitFor("Ctrl-D to quit"), "no banner: \(terminal.screen())")

        // Tab completes a command, then a plan name.
        try terminal.keys("comp", "Tab")
        #expect(terminal.waitFor("statu-quo> compare"), "\(terminal.screen())")
        try terminal.keys("vivre-ens", "Tab")
        #expect(terminal.waitFor("compare vivre-ensemble"), "\(terminal.screen())")
        try terminal.keys(" years=2", "Enter")
        #expect(terminal.waitFor("values after 2 years"), "\(terminal.screen())")

        // Up recalls the last line.
        try terminal.keys("plan new clavier", "Enter")
        #expect(terminal.waitFor("Plan clavier created and selected."))
        try terminal.keys("Up")
        #expect(terminal.waitFor("clavier> plan new clavier"), "\(terminal.screen())")
        try terminal.keys("C-c")
        #expect(terminal.waitFor("^C"))

        // Ctrl-C stops a long compare; the plan made before is still there.
        try terminal.keys("compare years=30", "Enter")
        Thread.sleep(forTimeInterval: 0.4)
        try terminal.keys("C-c")
        #expect(terminal.waitFor("Interrupted: the session is unchanged."), "\(terminal.screen())")
        try terminal.keys("plans", "Enter")
        #expect(terminal.waitFor("*  clavier"), "\(terminal.screen())")

        // Ctrl-D with an unsaved change warns once; a second Ctrl-D quits; the history is there in the next
        // session.
        try terminal.keys("C-d")
        #expect(terminal.waitFor("Some changes are not saved."), "\(terminal.screen())")
        try terminal.keys("C-d")
        Thread.sleep(forTimeInterval: 0.5)
        try terminal.start(command)
        #expect(terminal.waitFor("Ctrl-D to quit"))
        try terminal.keys("Up")
        #expect(terminal.waitFor("statu-quo> plans"), "\(terminal.screen())")
        try terminal.keys("C-d")
    }
}
