import Foundation
import Testing

/// The bad-input corpus (Fixtures/bad-input, made by make-bad-input.py):
/// every file through the CLI, with the exit status, position and phrase
/// that cases.tsv gives it. A refused file leaves no output and prints its
/// message on standard error alone; nothing traps or prints a stack trace.
@Suite struct BadInputCorpusTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var status: Int32
        var position: String
        var says: String
        var testDescription: String { file }
        /// `observations`, `panel-observations`, `units`, `targets`, `bands` or `workbooks`.
        var role: String { String(file.prefix { $0 != "/" }) }
        /// The dataset file a planning-panel case replaces.
        var replaces: String { role == "panel-observations" ? "observations.csv" : "\(role).csv" }
    }

    static let corpus = CommandRunner.fixtures.appendingPathComponent("bad-input")

    static let cases: [Case] = {
        let text = try! String(contentsOf: corpus.appendingPathComponent("cases.tsv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Case(file: cells[0], status: Int32(cells[1])!, position: cells[2], says: cells[3])
        }
    }()

    /// Runs the case: an observations file or workbook alone through `forecast`, any
    /// other file in place of its namesake in the planning panel through `attain`
    /// (`panel-observations/` in place of its observations).
    func run(_ c: Case) throws -> (outcome: CommandRunner.Outcome, path: String, outputLeft: Bool) {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = Self.corpus.appendingPathComponent(c.file)
        let output = folder.appendingPathComponent("out.csv")
        let input: URL
        let arguments: [String]
        if c.role == "observations" || c.role == "workbooks" {
            input = folder.appendingPathComponent(c.role == "workbooks" ? "observations.xlsx" : "observations.csv")
            try FileManager.default.copyItem(at: source, to: input)
            arguments = ["forecast", "--data", input.path, "--indicator", "flow", "--horizon", "1", "--model", "linear"]
        } else {
            let data = folder.appendingPathComponent("data")
            try FileManager.default.copyItem(at: PlanningInputTests.panel, to: data)
            input = data.appendingPathComponent(c.replaces)
            try FileManager.default.removeItem(at: input)
            try FileManager.default.copyItem(at: source, to: input)
            arguments = ["attain", "--data", data.path]
        }
        let before = try Data(contentsOf: input)
        let outcome = try CommandRunner.run(arguments + ["--format", "csv", "--output", output.path])
        #expect(try Data(contentsOf: input) == before, "\(c.file): the input was changed")
        return (outcome, input.path, FileManager.default.fileExists(atPath: output.path))
    }

    @Test(arguments: cases)
    func givesItsStatusAndMessage(_ c: Case) throws {
        let (outcome, path, left) = try run(c)
        #expect(outcome.status == c.status, "\(c.file): exit \(outcome.status), \(outcome.stderr.prefix(300))")
        for trap in ["Fatal error", "Stack dump", "Illegal instruction", "Segmentation"] {
            #expect(!outcome.stderr.contains(trap), "\(c.file): \(outcome.stderr.prefix(300))")
        }
        if c.status == 0 {
            #expect(left, "\(c.file): no output written")
            return
        }
        #expect(!left, "\(c.file): an output file was left")
        #expect(outcome.stdout.isEmpty, "\(c.file)")
        if !c.position.isEmpty {
            #expect(outcome.stderr.hasPrefix("\(path):\(c.position): expected "), "\(c.file): \(outcome.stderr.prefix(300))")
        }
        #expect(outcome.stderr.contains(c.says), "\(c.file): \(outcome.stderr.prefix(300))")
    }

    /// Every file of the corpus has its line in cases.tsv, and the corpus is
    /// as large as the reliability issue asks (60 files or more).
    @Test func everyFileHasACase() throws {
        var files: [String] = []
        for role in ["observations", "panel-observations", "units", "targets", "bands", "workbooks"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.appendingPathComponent(role).path)
            files += names.filter { $0.hasSuffix(".csv") || $0.hasSuffix(".xlsx") }.map { "\(role)/\($0)" }
        }
        #expect(Set(files) == Set(Self.cases.map(\.file)))
        #expect(files.count >= 60)
    }
}
