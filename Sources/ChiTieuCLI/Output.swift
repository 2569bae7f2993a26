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
}
