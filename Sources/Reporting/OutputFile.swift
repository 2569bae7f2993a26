import Foundation

/// Writes a command's output so that a failure never leaves a half-written
/// file and an input file is never overwritten.
///
/// The text goes to a temporary file in the destination's folder, is
/// flushed, and is then renamed over the destination: rename(2) within one
/// file system is atomic, so readers see the old file or the new one.
public enum OutputFile {
    public enum WriteError: Error, Equatable, CustomStringConvertible {
        /// The destination is one of the command's input files.
        case wouldOverwriteInput(String)
        case cannotWrite(String, reason: String)

        public var description: String {
            switch self {
            case let .wouldOverwriteInput(path):
                return "refusing to write the output over the input file \(path)"
            case let .cannotWrite(path, reason):
                return "cannot write \(path): \(reason)"
            }
        }
    }

    /// Writes `text` to `path` atomically, refusing any path that resolves to one of `inputs`.
    public static func write(_ text: String, to path: String, inputs: [String]) throws(WriteError) {
        let destination = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        for input in inputs {
            let source = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath()
            if source.path == destination.path { throw .wouldOverwriteInput(path) }
        }
        let folder = destination.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            guard FileManager.default.createFile(atPath: temporary.path, contents: Data(text.utf8)) else {
                throw WriteError.cannotWrite(path, reason: "the folder \(folder.path) is not writable or does not exist")
            }
            if rename(temporary.path, destination.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw WriteError.cannotWrite(path, reason: reason)
            }
        } catch let error as WriteError {
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(path, reason: "\(error)")
        }
    }
}
