import Foundation
import ParallelWork

/// Writes a command's output so that a failure never leaves a half-written
/// file, an input file is never overwritten, and nothing but a regular file
/// is ever replaced.
///
/// - A new file, or an existing regular file with one name: the text goes to
///   a temporary file in the destination's folder and is renamed over it;
///   rename(2) within one file system is atomic, so readers see the old file
///   or the new one. A symbolic link is followed first, so the link stays and
///   the file it points to is replaced.
/// - Anything else that exists (a device such as `/dev/null`, a FIFO, a
///   terminal, `/dev/stdout`) or a regular file with several hard links: the
///   text is written into it in place. Renaming over a device node would
///   replace the node with a file; renaming over a hard link would split it
///   from its other names.
/// - A destination that is one of `inputs`, by path or by identity (device
///   and inode, so through links too), is refused.
package enum OutputFile {
    /// Why an output file was not written.
    package enum WriteError: Error, Equatable, CustomStringConvertible {
        /// The destination is one of the command's input files.
        case wouldOverwriteInput(String)
        /// The file could not be written, with the system's reason.
        case cannotWrite(String, reason: String)

        package var description: String {
            switch self {
            case let .wouldOverwriteInput(path):
                return "refusing to write the output over the input file \(path)"
            case let .cannotWrite(path, reason):
                return "cannot write \(path): \(reason)"
            }
        }
    }

    /// Throws `wouldOverwriteInput` when `path` is one of `inputs`: by path,
    /// or by identity (device and inode, so through links too). Commands
    /// call it before any work, so the refusal comes first.
    package static func refuseInputs(_ path: String, inputs: [String]) throws(WriteError) {
        _ = try destination(path, inputs: inputs)
    }

    /// Writes `text` to `path` as above, refusing any destination that is one of `inputs`.
    package static func write(_ text: String, to path: String, inputs: [String]) throws(WriteError) {
        // The text's own bytes, not a copy: a country's CSV is hundreds of megabytes.
        var text = text
        let outcome = text.withUTF8 { bytes in
            let data = bytes.baseAddress.map { Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: $0), count: bytes.count, deallocator: .none) } ?? Data()
            return Result { () throws(WriteError) in try write(data, to: path, inputs: inputs) }
        }
        try outcome.get()
    }

    /// Writes bytes (a workbook) to `path` in the same way.
    package static func write(_ bytes: Data, to path: String, inputs: [String]) throws(WriteError) {
        try write(to: path, inputs: inputs) { handle in try handle.write(contentsOf: bytes) }
    }

    /// Writes text made in pieces to `path` in the same way, each piece as
    /// soon as it and those before it are made (`TextPieces.stream`), so the
    /// whole text is never held. On a failure the temporary file is removed:
    /// the destination keeps its old contents.
    package static func write(_ pieces: TextPieces, workers: Int, to path: String, inputs: [String]) throws(WriteError) {
        WorkProgress.shared.phase("writing", file: path)
        WorkProgress.shared.count(pieces.count, of: "parts")
        try write(to: path, inputs: inputs) { handle in
            try pieces.stream(workers: workers) { text in
                try handle.write(contentsOf: Data(text.utf8))
                WorkProgress.shared.advance()
            }
        }
    }

    /// Opens the destination as described above and has `fill` write into it.
    private static func write(to path: String, inputs: [String], _ fill: (FileHandle) throws -> Void) throws(WriteError) {
        let (existing, resolved) = try destination(path, inputs: inputs)
        if let existing, !existing.isRegularFile || existing.linkCount > 1 {
            try writeInPlace(to: path, fill)
        } else if existing == nil, FileIdentity(path, followingLinks: false) != nil {
            throw .cannotWrite(path, reason: "it is a symbolic link to a file that does not exist")
        } else {
            try replaceAtomically(at: resolved, shownAs: path, fill)
        }
    }

    /// What is at `path` (nil when nothing) and the path with links resolved,
    /// after checking it is none of `inputs`.
    private static func destination(_ path: String, inputs: [String]) throws(WriteError) -> (FileIdentity?, String) {
        let existing = FileIdentity(path)
        let resolved = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        for input in inputs {
            let source = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path
            if source == resolved || (existing != nil && existing == FileIdentity(input)) {
                throw .wouldOverwriteInput(path)
            }
        }
        return (existing, resolved)
    }

    /// Writes `text` to standard output; a full disk or a closed stream is
    /// an error to report, not a crash.
    package static func writeStandardOutput(_ text: String) throws(WriteError) {
        do {
            try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
        } catch {
            throw .cannotWrite("standard output", reason: reason(error))
        }
    }

    /// Writes pieces to standard output in order while the next are made.
    package static func writeStandardOutput(_ pieces: TextPieces, workers: Int) throws(WriteError) {
        do {
            try pieces.stream(workers: workers) { text in try FileHandle.standardOutput.write(contentsOf: Data(text.utf8)) }
        } catch {
            throw .cannotWrite("standard output", reason: reason(error))
        }
    }

    private static func writeInPlace(to path: String, _ fill: (FileHandle) throws -> Void) throws(WriteError) {
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw .cannotWrite(path, reason: String(cString: strerror(errno)))
        }
        do {
            defer { try? handle.close() }
            if FileIdentity(path)?.isRegularFile == true { try handle.truncate(atOffset: 0) }
            try fill(handle)
        } catch {
            throw .cannotWrite(path, reason: reason(error))
        }
    }

    private static func replaceAtomically(at destinationPath: String, shownAs path: String, _ fill: (FileHandle) throws -> Void) throws(WriteError) {
        let destination = URL(fileURLWithPath: destinationPath)
        let folder = destination.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary.path) else {
            throw .cannotWrite(path, reason: "the folder \(folder.path) is not writable or does not exist")
        }
        do {
            try fill(handle)
            try handle.close()
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(path, reason: reason(error))
        }
        if rename(temporary.path, destination.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(path, reason: reason)
        }
    }

    /// The system's words for a failed write ("No space left on device"),
    /// not Foundation's wrapper around them.
    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        return nsError.localizedDescription
    }
}

/// What stat(2) says of a path: enough to tell one file from another and a
/// regular file from a device.
struct FileIdentity: Equatable {
    var device: UInt64
    var inode: UInt64
    var isRegularFile: Bool
    var linkCount: UInt64

    /// nil when nothing is there (or it cannot be examined).
    init?(_ path: String, followingLinks: Bool = true) {
        var status = stat()
        guard (followingLinks ? stat(path, &status) : lstat(path, &status)) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        isRegularFile = (status.st_mode & S_IFMT) == S_IFREG
        linkCount = UInt64(status.st_nlink)
    }

    static func == (a: FileIdentity, b: FileIdentity) -> Bool { a.device == b.device && a.inode == b.inode }
}
