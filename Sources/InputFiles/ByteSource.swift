#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a CSVReader gets its bytes: a file read with `fread`, or bytes in
/// memory (tests), handed out in chunks so memory stays bounded.
protocol ByteSource {
    /// Copies up to `buffer.count` bytes into `buffer`; 0 at the end.
    mutating func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(InputError) -> Int
    mutating func close()
}

/// A file opened with `fopen`; read with `fread`, which keeps its own buffer.
/// With a byte range, only those bytes are read (one part of a file read
/// on several threads).
struct FileByteSource: ByteSource {
    let path: String
    private var handle: UnsafeMutablePointer<FILE>?
    /// Bytes left to read in the range; nil: to the end of the file.
    private var remaining: Int?

    init(path: String, range: Range<Int>? = nil) throws(InputError) {
        self.path = path
        guard let handle = fopen(path, "rb") else {
            let reason = String(cString: strerror(errno))
            throw InputError(file: path, line: 1, column: 1, expected: "a readable file", found: reason)
        }
        self.handle = handle
        if let range {
            guard fseeko(handle, off_t(range.lowerBound), SEEK_SET) == 0 else {
                let reason = String(cString: strerror(errno))
                fclose(handle)
                throw InputError(file: path, line: 1, column: 1, expected: "a readable file", found: reason)
            }
            remaining = range.count
        }
    }

    mutating func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(InputError) -> Int {
        guard let handle, let base = buffer.baseAddress, buffer.count > 0, remaining != 0 else { return 0 }
        let n = fread(base, 1, min(buffer.count, remaining ?? .max), handle)
        remaining = remaining.map { $0 - n }
        if n == 0 && ferror(handle) != 0 {
            let reason = String(cString: strerror(errno))
            throw InputError(file: path, line: 1, column: 1, expected: "a readable file", found: reason)
        }
        return n
    }

    mutating func close() {
        if let handle { fclose(handle) }
        handle = nil
    }
}

/// Bytes in memory, handed out at most `chunkSize` at a time so tests can
/// make records straddle chunk boundaries.
struct MemoryByteSource: ByteSource {
    let bytes: [UInt8]
    let chunkSize: Int
    private var offset = 0

    init(bytes: [UInt8], chunkSize: Int) {
        self.bytes = bytes
        self.chunkSize = max(1, chunkSize)
    }

    mutating func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(InputError) -> Int {
        let n = min(buffer.count, chunkSize, bytes.count - offset)
        guard n > 0 else { return 0 }
        bytes.withUnsafeBufferPointer { source in
            _ = UnsafeMutableBufferPointer(rebasing: buffer[0..<n])
                .initialize(from: source[offset..<(offset + n)])
        }
        offset += n
        return n
    }

    mutating func close() {}
}
