import Foundation
import SystemDynamics
import Testing

/// One community test model (SDXorg/test-models) with the output an established tool produced for it.
struct ConformanceCase: Sendable, CustomTestStringConvertible {
    /// `folder/file.xmile`, relative to the conformance folder.
    let name: String
    let model: URL
    let output: URL

    var testDescription: String { name }

    /// Every `.xmile` model of every folder that holds an `output.csv` or `output.tab`.
    static let all: [ConformanceCase] = {
        let files = FileManager.default
        guard let folders = try? files.contentsOfDirectory(atPath: TestPaths.conformance.path) else { return [] }
        var cases: [ConformanceCase] = []
        for folder in folders.sorted() {
            let directory = TestPaths.conformance.appendingPathComponent(folder)
            guard let entries = try? files.contentsOfDirectory(atPath: directory.path),
                let output = ["output.csv", "output.tab"].first(where: entries.contains)
            else { continue }
            for entry in entries.sorted() where entry.hasSuffix(".xmile") {
                cases.append(
                    ConformanceCase(
                        name: folder + "/" + entry, model: directory.appendingPathComponent(entry),
                        output: directory.appendingPathComponent(output)))
            }
        }
        return cases
    }()
}

@Suite("Conformance with the SDXorg XMILE test models")
struct ConformanceTests {
    @Test("the conformance folder holds the models")
    func modelsArePresent() {
        // The parameterized test below would pass vacuously without them.
        #expect(
            ConformanceCase.all.count >= 20,
            "Expected the SDXorg models in \(TestPaths.conformance.path); restore Tests/Fixtures/conformance from git.")
    }

    @Test("each model reproduces its reference output to 1e-4 relative", arguments: ConformanceCase.all)
    func reproduces(_ conformance: ConformanceCase) throws {
        let reference = try ReferenceOutput(contentsOf: conformance.output.path)
        let model = try Model.load(contentsOf: conformance.model.path)
        let results = try model.compile().run()
        let mismatch = reference.firstMismatch(with: results, relative: 1e-4, absolute: 1e-6)
        #expect(mismatch == nil, "\(conformance.name): \(mismatch ?? "")")
    }
}
