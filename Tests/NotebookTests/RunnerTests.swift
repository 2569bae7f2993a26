import Foundation
import Testing

/// Running commands for real: the shell, its environment, and failures
/// that must be reported.
@Suite struct RunnerTests {
    @Test func fixtureNotebookPasses() throws {
        let run = try NotebookFile(relativePath: "Tests/NotebookTests/Fixtures/runner.md").run()
        #expect(run.results.count == 11)
        for mismatch in run.mismatches {
            Issue.record("\(mismatch.report(file: "runner.md"))")
        }
    }

    /// Runs `text` as a notebook would be, without a file.
    func run(_ text: String) throws -> [CommandMismatch] {
        let notebook = try Notebook(parsing: text)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("chitieu-notebook-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let shell = Shell(repositoryRoot: Locations.repositoryRoot, binaryFolder: try Locations.binaryFolder(), notebookTemporary: root, scratch: root)
        return notebook.mismatches(try notebook.commands.map { try shell.run($0.text) })
    }

    @Test func wrongOutputAndStatusFail() throws {
        let mismatches = try run("""
            Prose.

            ```console
            $ echo right
            right
            $ echo wrong
            right
            $ exit 2
            $ echo fine
            fine
            ```
            """)
        #expect(mismatches.map(\.command.line) == [6, 8])
        #expect(mismatches.first?.report(file: "t.md") == """
            t.md:6: $ echo wrong
            output differs (- expected, + actual):
            -     7 | right
            +       | wrong
            """)
        #expect(mismatches.last?.result.status == 2)
    }

    @Test func stderrComesAfterStdout() throws {
        // Written in the other order, so this must fail.
        let mismatches = try run("```console\n$ echo err >&2; echo out\nerr\nout\n```\n")
        #expect(mismatches.count == 1)
    }

    @Test func chitieuFailureIsChecked() throws {
        let mismatches = try run("""
            ```console
            $ chitieu attain --data Tests/NotebookTests/Fixtures/bad.csv
            ? 65
            Tests/NotebookTests/Fixtures/bad.csv:3:[..]
            ```
            """)
        for mismatch in mismatches { Issue.record("\(mismatch.report(file: "inline"))") }
    }
}
