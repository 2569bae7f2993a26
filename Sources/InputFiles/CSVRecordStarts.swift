#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a CSV file can be cut into parts that are parsed on their own:
/// just after a line feed that is outside every quoted field, with the
/// line number there, found by one pass over the bytes without parsing.
///
/// A line feed is outside quotes when the quotes before it are even in
/// number: a quoted field opens and closes with one each and doubles the
/// quotes inside it, so inside a field the count is odd. A file where a
/// quote stands inside an unquoted field is refused by the parser at that
/// quote, which comes before any cut the wrong count would give, so a part
/// that starts in the wrong place is never read (the file ends at the
/// first part's error). Lines are counted as the parser counts them: a line
/// feed, a carriage return, or the two together each end one line.
enum CSVRecordStarts {
    /// A place where a record starts: its byte offset in the file and its line.
    struct Start: Equatable {
        var offset: Int
        var line: Int
    }

    /// `first`, then for each of `parts - 1` evenly spaced offsets between it
    /// and `size`, the first record start at or after that offset (fewer
    /// when starts coincide or fall at the end of the file); nil when the
    /// file cannot be read.
    static func find(path: String, first: Start, size: Int, parts: Int) -> [Start]? {
        guard parts > 1, size > first.offset, let handle = fopen(path, "rb") else { return nil }
        defer { fclose(handle) }
        guard fseeko(handle, off_t(first.offset), SEEK_SET) == 0 else { return nil }
        let span = size - first.offset
        let targets = (1..<parts).map { first.offset + $0 * span / parts }
        var starts = [first]
        var next = 0
        func found(_ offset: Int, line: Int) {
            if offset < size, offset > starts[starts.count - 1].offset { starts.append(Start(offset: offset, line: line)) }
            while next < targets.count, targets[next] < offset { next += 1 }
        }

        let chunkSize = 1 << 20
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize)
        defer { buffer.deallocate() }
        let quote: UInt8 = 0x22, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
        var chunkOffset = first.offset, line = first.line
        var inQuote = false, afterCR = false
        while next < targets.count {
            let n = fread(buffer, 1, chunkSize, handle)
            if n == 0 { break }
            if !inQuote, !afterCR, memchr(buffer, Int32(quote), n) == nil, memchr(buffer, Int32(cr), n) == nil {
                // The usual chunk: no quotes, no carriage returns; every line feed ends a record.
                var counted = 0
                while next < targets.count, targets[next] < chunkOffset + n {
                    let from = max(targets[next] - chunkOffset, counted)
                    guard let hit = memchr(buffer + from, Int32(lf), n - from) else { break }
                    let at = UnsafeMutableRawPointer(buffer).distance(to: hit)
                    line += Self.lineFeeds(buffer + counted, at + 1 - counted)
                    counted = at + 1
                    found(chunkOffset + counted, line: line)
                }
                line += Self.lineFeeds(buffer + counted, n - counted)
            } else {
                for i in 0..<n {
                    let b = buffer[i]
                    if b == cr {
                        line += 1
                        afterCR = true
                        continue
                    }
                    if b == lf {
                        if !afterCR { line += 1 }
                        if !inQuote, next < targets.count, chunkOffset + i >= targets[next] { found(chunkOffset + i + 1, line: line) }
                    } else if b == quote {
                        inQuote.toggle()
                    }
                    afterCR = false
                }
            }
            chunkOffset += n
        }
        return starts
    }

    private static func lineFeeds(_ bytes: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
        var n = 0
        for i in 0..<count where bytes[i] == 0x0A { n += 1 }
        return n
    }
}
