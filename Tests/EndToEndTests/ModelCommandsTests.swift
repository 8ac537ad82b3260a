import Foundation
import Testing

/// `quartier check`, `simulate` and `convert`, through the real binary.
@Suite("Model commands, end to end")
struct ModelCommandsTests {
    static let teacup = """
        model "Teacup"
        simulation
            start: 0
            stop: 2
            dt: 1
            time_units: minute
        stock temperature [degree] = 180
            out: loss
        flow loss [degree/minute] = (temperature - room) / 10
        parameter room [degree] = 70
            range: 0 .. 100
        """

    func write(_ text: String, as name: String) throws -> URL {
        let url = try QuartierBinary.temporaryFolder().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test("check lists every diagnostic as FILE:LINE:COLUMN and exits 1 on errors")
    func checkErrors() throws {
        let file = try write("aux a = b\naux c = SMOTH1(1, 2)\nparameter p = 1\n    rnage: 0 .. 1\n", as: "bad.sdm")
        let outcome = try QuartierBinary.run(["check", file.path])
        #expect(outcome.status == 1)
        let lines = outcome.errors.split(separator: "\n").map(String.init)
        #expect(lines == [
            "\(file.path):1:9: error: Unknown name 'b' in the equation of 'a'.",
            "\(file.path):2:9: error: Unknown function 'SMOTH1'. Did you mean 'SMTH1'?",
            "\(file.path):4:5: error: Unknown attribute 'rnage' for 'p'. Known attributes: meaning, source, range, in, out, graph, graph_type, non_negative, label_XX and meaning_XX (XX: a language code). Did you mean 'range'?",
        ])
        #expect(outcome.output.isEmpty)
    }

    @Test("check accepts a valid model, printing its warnings, and exits 0")
    func checkValid() throws {
        let file = try write(Self.teacup + "\naux odd [degree] = temperature * 2 + room / 10\n    meaning: mixed units on purpose\n", as: "ok.sdm")
        let outcome = try QuartierBinary.run(["check", file.path])
        #expect(outcome.status == 0)
        #expect(outcome.errors.contains("ok.sdm: valid model, 4 variables"))
    }

    @Test("simulate prints CSV with time then every variable, named as in the model")
    func simulateCSV() throws {
        let file = try write(Self.teacup, as: "teacup.sdm")
        let outcome = try QuartierBinary.run(["simulate", file.path])
        #expect(outcome.status == 0)
        #expect(outcome.output == """
            time,temperature,loss,room
            0.0,180.0,11.0,70.0
            1.0,169.0,9.9,70.0
            2.0,159.1,8.91,70.0

            """)
    }

    @Test("simulate honours --method, --dt and --format table")
    func simulateOptions() throws {
        let file = try write(Self.teacup, as: "teacup.sdm")
        let table = try QuartierBinary.run(["simulate", file.path, "--method", "rk4", "--dt", "0.5", "--format", "table"])
        #expect(table.status == 0)
        #expect(table.output.contains("temperature"))
        #expect(table.output.contains("degree"))
        #expect(table.output.split(separator: "\n").count >= 7)
        let bad = try QuartierBinary.run(["simulate", file.path, "--dt=-1"])
        #expect(bad.status != 0)
        #expect(bad.errors.contains("The time step must be a positive number (it is -1)."))
    }

    @Test("convert writes XMILE that simulates to the same series")
    func convert() throws {
        let file = try write(Self.teacup, as: "teacup.sdm")
        let output = file.deletingLastPathComponent().appendingPathComponent("teacup.xmile")
        #expect(try QuartierBinary.run(["convert", file.path, output.path]).status == 0)
        let original = try QuartierBinary.run(["simulate", file.path]).output
        let converted = try QuartierBinary.run(["simulate", output.path]).output
        #expect(original == converted)
    }

    @Test("convert refuses an output name that is not XMILE, writing nothing")
    func convertName() throws {
        let file = try write(Self.teacup, as: "teacup.sdm")
        let output = file.deletingLastPathComponent().appendingPathComponent("out.txt")
        let outcome = try QuartierBinary.run(["convert", file.path, output.path])
        #expect(outcome.status == 64)
        #expect(outcome.errors.contains("The file to write must end in .xmile (or .stmx, .xml): '\(output.path)'."))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("bad files give a precise message and a non-zero exit, never a crash", arguments: [
        ("missing", "No such file."),
        ("empty", "The file is empty."),
        ("binary", "This is not a text file in UTF-8"),
        ("nested", "nests more than 200 levels deep"),
        ("cycle", "Circular definition during each time step: a → b → a."),
    ])
    func badFiles(kind: String, message: String) throws {
        let directory = try QuartierBinary.temporaryFolder()
        let url = directory.appendingPathComponent("\(kind).sdm")
        switch kind {
        case "empty": try Data().write(to: url)
        case "binary": try Data([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0xff, 0xfe]).write(to: url)
        case "nested": try ("aux x = " + String(repeating: "(", count: 100_000) + "1").write(to: url, atomically: true, encoding: .utf8)
        case "cycle": try "aux a = b\naux b = a\n".write(to: url, atomically: true, encoding: .utf8)
        default: break
        }
        for command in ["check", "simulate"] {
            let outcome = try QuartierBinary.run([command, url.path])
            #expect(outcome.status == 1, "\(command) \(kind)")
            #expect(outcome.errors.contains(message), "\(command) \(kind): \(outcome.errors)")
        }
    }
}
