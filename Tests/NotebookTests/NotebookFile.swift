import Foundation
import Testing

/// A notebook on disk, named relative to the repository root.
struct NotebookFile: Sendable, CustomTestStringConvertible {
    /// E.g. `Notebooks-text/forecast.md`.
    var relativePath: String

    var url: URL { Locations.repositoryRoot.appendingPathComponent(relativePath) }
    var testDescription: String { relativePath }

    /// Every `*.md` in `Notebooks-text/` except its README, sorted; read when
    /// the tests run, so a new notebook needs no code.
    static func all() -> [NotebookFile] {
        let folder = Locations.repositoryRoot.appendingPathComponent("Notebooks-text")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names
            .filter { $0.hasSuffix(".md") && $0.lowercased() != "readme.md" }
            .sorted()
            .map { NotebookFile(relativePath: "Notebooks-text/\($0)") }
    }

    /// What running this notebook found.
    struct Run {
        var notebook: Notebook
        var results: [CommandResult]
        var mismatches: [CommandMismatch]
    }

    /// Parses the notebook and runs its commands in order, each in a fresh
    /// shell from the repository root; they share one `NOTEBOOK_TMP`, made
    /// for this run and removed after it.
    func run() throws -> Run {
        let notebook = try Notebook(parsing: String(decoding: try Data(contentsOf: url), as: UTF8.self))
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("chitieu-notebook-\(UUID().uuidString)")
        let temporary = root.appendingPathComponent("tmp")
        let scratch = root.appendingPathComponent("scratch")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }

        let shell = Shell(repositoryRoot: Locations.repositoryRoot, binaryFolder: try Locations.binaryFolder(), notebookTemporary: temporary, scratch: scratch)
        let results = try notebook.commands.map { try shell.run($0.text) }
        return Run(notebook: notebook, results: results, mismatches: notebook.mismatches(results))
    }

    /// Runs the notebook and records an issue at the notebook's own line for
    /// each command that differs, or, with `UPDATE_NOTEBOOKS=1`, rewrites
    /// the file with what the commands did.
    func check(update: Bool = ProcessInfo.processInfo.environment["UPDATE_NOTEBOOKS"] == "1") throws {
        let run: Run
        do {
            run = try self.run()
        } catch let error as NotebookError {
            Issue.record("\(relativePath): \(error)", sourceLocation: location(line: 1))
            return
        }
        if update {
            guard !run.mismatches.isEmpty else { return }
            let text = try run.notebook.updated(with: run.results)
            try Data(text.utf8).write(to: url, options: .atomic)
            print("Re-recorded \(run.mismatches.count) command(s) in \(relativePath)")
            return
        }
        for mismatch in run.mismatches {
            Issue.record("\(mismatch.report(file: relativePath))", sourceLocation: location(line: mismatch.command.line))
        }
    }

    /// A source location in the notebook, so an IDE opens the notebook at
    /// the failing command.
    func location(line: Int) -> SourceLocation {
        SourceLocation(fileID: relativePath, filePath: url.path, line: line, column: 1)
    }
}
