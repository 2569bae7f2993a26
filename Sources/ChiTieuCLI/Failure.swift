import ArgumentParser
import Foundation
import InputFiles
import Planning
import Reporting

/// Turns what went wrong into a message on standard error and the spec's
/// exit code: 65 for bad input data, 64 for bad usage, 1 for anything else.
enum Failure {
    static func report(_ message: String) {
        writeStandardError("chitieu: \(message)\n")
    }

    /// A closed or full standard error loses the message, nothing more.
    static func writeStandardError(_ text: String) {
        ProgressLine.stop()
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
    }

    /// Runs `body`, mapping the project's errors to exit codes.
    static func guarding<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as InputProblems {
            // Each problem's own text reads `file:line:column: expected …, found …`.
            let text = error.problems.map { "\($0)\n" }.joined()
            writeStandardError(text)
            throw ExitCode(65)
        } catch let error as PlanningError {
            report("\(error)")
            throw ExitCode(64)
        } catch let error as OutputFile.WriteError {
            report("\(error)")
            if case .wouldOverwriteInput = error { throw ExitCode(64) }
            throw ExitCode(1)
        }
    }
}

/// The problems of an input dataset, the first one first.
struct InputProblems: Error {
    var problems: [InputError]
}
