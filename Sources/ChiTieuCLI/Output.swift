import Foundation
import InputFiles
import Reporting

/// Sends a command's text to standard output or, with --output, to a file
/// written atomically (never over any file the command read).
enum Output {
    static func emit(_ text: String, options: CommonOptions, inputs: DatasetLocation) throws {
        guard let path = options.output else {
            try OutputFile.writeStandardOutput(text)
            return
        }
        try OutputFile.write(text, to: path, inputs: inputs.files)
    }

    /// Refuses an --output that is one of the command's inputs, before any work.
    static func checkDestination(options: CommonOptions, inputs: DatasetLocation) throws {
        if let path = options.output { try OutputFile.refuseInputs(path, inputs: inputs.files) }
    }
}
