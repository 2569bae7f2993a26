import Foundation
@testable import InputFiles

/// Chunk sizes that cut records everywhere (1 byte) and nowhere (the default).
let chunkSizes = [1, 2, 7, 256 * 1024]

/// Reads text (as bytes) and returns the records.
func records(_ bytes: [UInt8], chunkSize: Int = 256 * 1024) throws(InputError) -> [CSVRecord] {
    try CSVReader(bytes: bytes, file: "t.csv", chunkSize: chunkSize).readAll()
}

func records(_ text: String, chunkSize: Int = 256 * 1024) throws(InputError) -> [CSVRecord] {
    try records(Array(text.utf8), chunkSize: chunkSize)
}

func values(_ records: [CSVRecord]) -> [[String]] { records.map { $0.fields.map(\.value) } }

/// The error reading bytes throws, or nil when it reads fine.
func readError(_ bytes: [UInt8], chunkSize: Int = 256 * 1024) -> InputError? {
    do {
        _ = try records(bytes, chunkSize: chunkSize)
        return nil
    } catch {
        return error
    }
}

func readError(_ text: String, chunkSize: Int = 256 * 1024) -> InputError? {
    readError(Array(text.utf8), chunkSize: chunkSize)
}

/// A folder of files for one test, removed when the value goes.
final class TemporaryFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "chitieu-input-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes a file and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        write(name, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) -> String {
        let file = path + "/" + name
        _ = FileManager.default.createFile(atPath: file, contents: Data(bytes))
        return file
    }
}

/// The scalars of a string, for comparing text exactly (Swift's `==` treats
/// precomposed and decomposed Vietnamese as equal).
func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }
