import Foundation

/// What one command did: its exit status and what it printed.
struct CommandResult: Equatable {
    var status: Int32
    var stdout: String
    var stderr: String

    /// The output as a notebook writes it: standard output, then standard
    /// error on a line of its own, split into lines without trailing
    /// whitespace, trailing blank lines removed.
    var lines: [String] {
        var text = stdout
        if !text.isEmpty, !text.hasSuffix("\n"), !stderr.isEmpty { text += "\n" }
        text += stderr
        var lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self).trimmingTrailingWhitespace }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}

/// Runs notebook commands with `/bin/sh -c` the way the notebooks promise:
/// from the repository root, the built `chitieu` first on PATH, a fixed
/// locale and width, no colour, and `NOTEBOOK_TMP` a folder of its own.
struct Shell {
    /// Where the commands run.
    var workingDirectory: URL
    /// The environment every command gets.
    var environment: [String: String]
    /// Where the shell's output is collected before it is read.
    var scratch: URL
    /// How long one command may run before it is stopped.
    var timeout: TimeInterval

    /// A shell for one notebook. `notebookTemporary` becomes `NOTEBOOK_TMP`.
    ///
    /// The test's own environment is passed on, less any `CHITIEU_*`
    /// variable (such as `CHITIEU_DATASETS`) that would change what
    /// `chitieu` prints from one machine to another.
    init(repositoryRoot: URL, binaryFolder: URL, notebookTemporary: URL, scratch: URL) {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CHITIEU_") }
        environment["PATH"] = binaryFolder.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["LC_ALL"] = "C.UTF-8"
        environment["NO_COLOR"] = "1"
        environment["COLUMNS"] = "200"
        environment["NOTEBOOK_TMP"] = notebookTemporary.path
        self.workingDirectory = repositoryRoot
        self.environment = environment
        self.scratch = scratch
        self.timeout = ProcessInfo.processInfo.environment["NOTEBOOK_TIMEOUT"].flatMap(TimeInterval.init) ?? 600
    }

    /// Runs `command` and waits for it.
    ///
    /// Output goes to files rather than pipes, so a command that fills one
    /// stream while the other is unread cannot block.
    func run(_ command: String) throws -> CommandResult {
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        for url in [outURL, errURL] {
            _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        }
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        defer {
            try? out.close()
            try? err.close()
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = workingDirectory
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()

        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw ShellError.timedOut(command: command, seconds: timeout)
        }
        process.waitUntilExit()
        return CommandResult(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
        )
    }
}

enum ShellError: Error, CustomStringConvertible {
    case timedOut(command: String, seconds: TimeInterval)
    case binaryNotFound(searched: [String])

    var description: String {
        switch self {
        case .timedOut(let command, let seconds):
            "`\(command)` still running after \(Int(seconds)) s (NOTEBOOK_TIMEOUT); stopped"
        case .binaryNotFound(let searched):
            "no executable chitieu in \(searched.joined(separator: ", ")); build it (swift build) or set CHITIEU_BIN to its folder"
        }
    }
}

/// Where the tests find things on disk.
enum Locations {
    /// The package root: this file is `Tests/NotebookTests/Shell.swift`.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The runner's own fixtures, read by path (the target has no resources).
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The folder holding the `chitieu` to run: `CHITIEU_BIN` when set,
    /// otherwise the build folder of this test bundle, where `swift test`
    /// builds `chitieu` beside it.
    static func binaryFolder() throws -> URL {
        let environment = ProcessInfo.processInfo.environment
        let candidates: [URL]
        if let folder = environment["CHITIEU_BIN"], !folder.isEmpty {
            candidates = [URL(fileURLWithPath: folder)]
        } else {
            let executable = URL(fileURLWithPath: CommandLine.arguments[0])
            candidates = [
                executable.deletingLastPathComponent(),
                Bundle.main.bundleURL.deletingLastPathComponent(),
                Bundle.main.bundleURL,
                repositoryRoot.appendingPathComponent(".build/debug"),
            ]
        }
        for folder in candidates where FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("chitieu").path) {
            return folder.standardizedFileURL
        }
        throw ShellError.binaryNotFound(searched: candidates.map(\.path))
    }
}
