import Foundation

/// Runs the built `chitieu` binary as a user would, capturing what it prints
/// and its exit status.
struct CommandRunner {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `chitieu` built beside this test bundle.
    static var executable: URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ]
        for folder in candidates {
            let url = folder.appendingPathComponent("chitieu")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        fatalError("chitieu binary not found near \(candidates.map(\.path))")
    }

    /// The fixtures folder of this test target.
    static var fixtures: URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    }

    static func run(_ arguments: [String], in folder: URL? = nil) throws -> Outcome {
        try launch(executable, arguments, in: folder)
    }

    /// Runs `command` with `/bin/sh -c`, for redirections a test needs
    /// (`> /dev/full`, `>&-`).
    static func shell(_ command: String) throws -> Outcome {
        try launch(URL(fileURLWithPath: "/bin/sh"), ["-c", command])
    }

    private static func launch(_ program: URL, _ arguments: [String], in folder: URL? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes to the end before waiting, so a large output cannot block the child.
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self), stderr: String(decoding: stderrData, as: UTF8.self))
    }

    /// A fresh empty folder under the temporary directory.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chitieu-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Parses simple CSV text (no quoted commas) into rows of fields.
func csvRows(_ text: String) -> [[String]] {
    text.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
}
