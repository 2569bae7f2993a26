import Foundation
import InputFiles
import Reporting

/// Sends a command's text to standard output or, with --output, to a file
/// written atomically (never over one of the command's inputs).
enum Output {
    static func emit(_ text: String, options: CommonOptions, inputs: DatasetLocation) throws {
        guard let path = options.output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let inputFiles = [inputs.observations, inputs.units, inputs.targets, inputs.bands].compactMap { $0 }
        try OutputFile.write(text, to: path, inputs: inputFiles)
    }
}
