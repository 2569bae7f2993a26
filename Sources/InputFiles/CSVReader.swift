/// A reader of RFC 4180 CSV that works on bytes, in chunks, and knows where
/// every field is.
///
/// The file is read in chunks of `chunkSize` bytes (256 KiB by default), so
/// memory stays bounded by the chunk plus the longest record. Each record is
/// parsed from the bytes in place; a String is built only for each field's
/// value, after checking that its bytes are UTF-8 (a fast path skips the check
/// for ASCII fields).
///
/// What it accepts: fields separated by `,`; records ended by LF, CRLF or a
/// lone CR (as Python's `csv` module does); fields in double quotes, which may
/// hold commas, line breaks and doubled quotes `""`; a UTF-8 byte-order mark
/// at the start, skipped. A blank line is a record with no fields.
///
/// What it rejects, each as an `InputError` at the offending line and column:
/// a quoted field that is never closed (reported at its opening quote), a
/// quote inside an unquoted field or a character after a closing quote, bytes
/// that are not UTF-8, UTF-16 text, and NUL bytes.
package final class CSVReader: RecordReader {
    /// The path as given, used in error messages.
    package let file: String
    /// A CSV file has no sheets.
    package var sheet: String? { nil }

    // Members without `private` are shared with the parser (CSVReader+Parsing.swift).
    private var source: any ByteSource
    var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private let chunkSize: Int
    /// Bytes held in `buffer`, and the first not yet parsed.
    var count = 0
    var position = 0
    /// The file offset of `buffer[0]`.
    var bufferBase = 0
    var atEndOfFile = false
    private var started = false

    // Where the parser is: the current line, the file offset its first byte
    // has, and how many UTF-8 continuation bytes it has had so far (a column
    // is an offset on the line minus these).
    var line = 1
    var lineStart = 0
    var continuationBytes = 0

    /// The field count of the last record, reserved for the next one so its
    /// array is allocated once rather than grown.
    var fieldsPerRecord = 4

    /// Holds the value of a quoted field with doubled quotes while it is unescaped.
    var scratch: [UInt8] = []

    /// Opens the file at `path` (the path as given is used in messages).
    package convenience init(path: String, chunkSize: Int = 256 * 1024) throws(InputError) {
        let source = try FileByteSource(path: path)
        self.init(source: source, file: path, chunkSize: chunkSize)
    }

    /// Reads the records in one byte range of the file at `path`, which must
    /// start where a record starts (`CSVRecordStarts`), at line `line`:
    /// one part of a file read on several threads. Positions in messages
    /// are the file's own.
    package convenience init(path: String, range: Range<Int>, line: Int, chunkSize: Int = 256 * 1024) throws(InputError) {
        let source = try FileByteSource(path: path, range: range)
        self.init(source: source, file: path, chunkSize: chunkSize)
        started = true
        bufferBase = range.lowerBound
        lineStart = range.lowerBound
        self.line = line
    }

    /// Reads bytes in memory; `chunkSize` sets how many are handed over at a
    /// time, so tests can cut records at every possible place.
    package convenience init(bytes: [UInt8], file: String, chunkSize: Int = 256 * 1024) {
        self.init(source: MemoryByteSource(bytes: bytes, chunkSize: chunkSize), file: file, chunkSize: chunkSize)
    }

    /// Reads a string's UTF-8 bytes, as `init(bytes:file:chunkSize:)` does.
    package convenience init(text: String, file: String, chunkSize: Int = 256 * 1024) {
        self.init(bytes: Array(text.utf8), file: file, chunkSize: chunkSize)
    }

    init(source: any ByteSource, file: String, chunkSize: Int) {
        self.source = source
        self.file = file
        self.chunkSize = max(1, chunkSize)
        self.capacity = max(64, 2 * self.chunkSize)
        self.buffer = .allocate(capacity: capacity)
    }

    deinit {
        source.close()
        buffer.deallocate()
    }

    /// Where the next record starts: its byte offset in the file and its line.
    var nextRecordStart: CSVRecordStarts.Start { CSVRecordStarts.Start(offset: bufferBase + position, line: line) }

    /// The next record, or nil at the end of the file.
    package func next() throws(InputError) -> CSVRecord? {
        if !started { try start() }
        while true {
            switch try parseRecord() {
            case let .record(record): return record
            case .end:
                source.close()
                return nil
            case .needMore: try refill()
            }
        }
    }

    /// Every record of the file.
    package func readAll() throws(InputError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        while let record = try next() { records.append(record) }
        return records
    }

    // MARK: - Buffer

    /// Moves the unparsed bytes to the front and reads one more chunk behind
    /// them, growing the buffer when one record is longer than it.
    private func refill() throws(InputError) {
        if atEndOfFile { return }
        if position > 0 {
            let tail = count - position
            if tail > 0 { (buffer).update(from: buffer + position, count: tail) }
            bufferBase += position
            count = tail
            position = 0
        }
        if capacity - count < chunkSize {
            let newCapacity = max(2 * capacity, count + chunkSize)
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
            grown.initialize(from: buffer, count: count)
            buffer.deallocate()
            buffer = grown
            capacity = newCapacity
        }
        let room = UnsafeMutableBufferPointer(start: buffer + count, count: min(chunkSize, capacity - count))
        let n = try source.read(into: room)
        if n == 0 { atEndOfFile = true } else { count += n }
    }

    /// Reads the first bytes and looks at how the text is encoded: a UTF-8
    /// byte-order mark is skipped; UTF-16 (its byte-order marks, or a NUL in
    /// one of the first two bytes) is refused at 1:1.
    private func start() throws(InputError) {
        started = true
        while count < 4 && !atEndOfFile { try refill() }
        let b0: UInt8? = count > 0 ? buffer[0] : nil
        let b1: UInt8? = count > 1 ? buffer[1] : nil
        if (b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF) || (b0 != nil && b1 != nil && (b0 == 0) != (b1 == 0)) {
            throw InputError.utf16(file: file)
        }
        if count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF {
            position = 3
            lineStart = 3
        }
    }

    func commit(position: Int, line: Int, lineStart: Int, cont: Int) {
        self.position = position
        self.line = line
        self.lineStart = lineStart
        self.continuationBytes = cont
    }
}
