/// Checks of UTF-8 by the rules of RFC 3629 (table 3-7 of the Unicode
/// Standard, "well-formed UTF-8 byte sequences"): no overlong forms, no
/// surrogates (ED A0…BF), nothing above U+10FFFF.
enum UTF8Validation {
    /// The index of the first byte that does not start a well-formed
    /// sequence, or nil when all of `bytes[start..<end]` is UTF-8.
    static func firstInvalidByte(_ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int? {
        var i = start
        while i < end {
            let length = sequenceLength(bytes, at: i, end: end)
            if length == 0 { return i }
            i += length
        }
        return nil
    }

    /// The length of the well-formed sequence at `i`, or 0 when it is not one
    /// (a stray continuation byte, C0/C1, F5…FF, a bad or missing continuation).
    static func sequenceLength(_ bytes: UnsafePointer<UInt8>, at i: Int, end: Int) -> Int {
        let lead = bytes[i]
        if lead < 0x80 { return 1 }
        let need: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: need = 1
        case 0xE0: need = 2; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: need = 2
        case 0xED: need = 2; high = 0x9F
        case 0xF0: need = 3; low = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4: need = 3; high = 0x8F
        default: return 0
        }
        guard i + need < end else { return 0 }
        let second = bytes[i + 1]
        guard second >= low && second <= high else { return 0 }
        for k in stride(from: 2, through: need, by: 1) where bytes[i + k] & 0xC0 != 0x80 { return 0 }
        return need + 1
    }
}

extension CSVReader {
    /// The String of a field's bytes, or nil when they are not UTF-8. ASCII
    /// needs no check; the rest is checked before decoding, since
    /// `String(decoding:)` would silently replace bad bytes with U+FFFD.
    @inline(__always)
    static func makeValue(_ bytes: UnsafeBufferPointer<UInt8>, nonASCII: Bool) -> String? {
        if nonASCII, let base = bytes.baseAddress,
           UTF8Validation.firstInvalidByte(base, from: 0, to: bytes.count) != nil {
            return nil
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The error for the first bad byte in the raw bytes of a field that
    /// starts at (`line`, `column`). Walks the raw text again, counting a
    /// column per scalar and a line per line break, to place the byte exactly.
    func invalidUTF8Error(_ p: UnsafeMutablePointer<UInt8>, from start: Int, to end: Int, line: Int, column: Int) -> InputError {
        var i = start, line = line, column = column
        while i < end {
            let b = p[i]
            if b == 0x0A || b == 0x0D {
                i += (b == 0x0D && i + 1 < end && p[i + 1] == 0x0A) ? 2 : 1
                line += 1
                column = 1
                continue
            }
            let length = UTF8Validation.sequenceLength(p, at: i, end: end)
            if length == 0 { return InputError.invalidUTF8(file: file, line: line, column: column, byte: b) }
            i += length
            column += 1
        }
        // Not reached for a field that failed the check; placed at its start.
        return InputError.invalidUTF8(file: file, line: line, column: column, byte: start < end ? p[start] : 0)
    }

    /// A NUL byte: UTF-16 when another NUL comes two bytes later, otherwise a NUL.
    /// (The parser makes sure those bytes are in the buffer, so the answer does
    /// not depend on where a chunk ends.)
    func nulError(_ p: UnsafeMutablePointer<UInt8>, _ i: Int, _ end: Int, line: Int, column: Int) -> InputError {
        let everyOther = i + 2 < end && p[i + 2] == 0
        if everyOther { return InputError.utf16(file: file, line: line, column: column) }
        return InputError(file: file, line: line, column: column, expected: "text", found: "a NUL byte (0x00)")
    }

    /// The character at `i`, quoted for a message, or its byte when it is not UTF-8.
    func describeCharacter(_ p: UnsafeMutablePointer<UInt8>, _ i: Int, _ end: Int) -> String {
        let length = UTF8Validation.sequenceLength(p, at: i, end: end)
        if length == 0 { return InputError.byteName(p[i]) }
        return InputError.quoted(String(decoding: UnsafeBufferPointer(start: p + i, count: length), as: UTF8.self))
    }
}
