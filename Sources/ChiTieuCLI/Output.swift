import ArgumentParser
import Forecasting
import Foundation
import InputFiles
import ParallelWork
import Reporting

/// Sends a command's text to standard output or, with --output, to a file
/// written atomically (never over any file the command read).
enum Output {
    static func emit(_ text: String, options: CommonOptions, inputs: DatasetLocation) throws {
        guard let path = options.output else {
            // The result goes to the terminal the progress line is on: erase it first.
            ProgressLine.stop()
            try OutputFile.writeStandardOutput(text)
            return
        }
        try OutputFile.write(text, to: path, inputs: inputs.files)
    }

    /// Text made in pieces (a country's forecast CSV), written while the
    /// next pieces are made on the other cores, never held whole.
    static func emit(pieces: TextPieces, options: CommonOptions, inputs: DatasetLocation) throws {
        guard let path = options.output else {
            ProgressLine.stop()
            try OutputFile.writeStandardOutput(pieces, workers: Workers.count)
            return
        }
        try OutputFile.write(pieces, workers: Workers.count, to: path, inputs: inputs.files)
    }

    /// The workbook with `--format xlsx`, the text in any other format: each
    /// is built only when it is the one written.
    static func emit(text: () -> String, workbook: () -> WorkbookDocument, options: CommonOptions, inputs: DatasetLocation) throws {
        if options.format == .xlsx {
            try emit(workbook(), options: options, inputs: inputs)
        } else {
            try emit(text(), options: options, inputs: inputs)
        }
    }

    /// Writes a workbook (`--format xlsx`) to the --output file, whole or not at all.
    static func emit(_ workbook: WorkbookDocument, options: CommonOptions, inputs: DatasetLocation) throws {
        guard let path = options.output else { throw ValidationError("--format xlsx writes a workbook: name the file with --output") }
        try OutputFile.write(try workbook.data(), to: path, inputs: inputs.files)
    }

    /// Refuses an --output that is one of the command's inputs, and
    /// `--format xlsx` without --output or from a command with no workbook
    /// (`workbook: false`), before any work.
    static func checkDestination(options: CommonOptions, inputs: DatasetLocation, workbook: Bool = false) throws {
        if options.format == .xlsx {
            guard workbook else {
                throw ValidationError("--format xlsx is for forecast, attain, bands, lagging, review, assess and propose; here use --format csv (with --excel for Excel)")
            }
            guard options.output != nil else { throw ValidationError("--format xlsx writes a workbook: name the file with --output") }
        }
        if let path = options.output { try OutputFile.refuseInputs(path, inputs: inputs.files) }
    }
}
