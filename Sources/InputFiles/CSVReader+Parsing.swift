/// The parser of one record: a state machine over the bytes in the buffer.
///
/// It works on absolute file offsets for line starts, so a column is
/// `offset − lineStart − continuationBytes + 1`: bytes on the line so far
/// less the UTF-8 continuation bytes among them, i.e. Unicode scalars. The
/// count of continuation bytes is kept only in the branch for non-ASCII
/// bytes, so ASCII text pays nothing for it.
extension CSVReader {
    enum Step {
        case record(CSVRecord)
        case end
        case needMore
    }

    private static let comma: UInt8 = 0x2C, quote: UInt8 = 0x22, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D

    /// Parses the record at `position`. When the buffer ends before the
    /// record does (and the file does not), returns `.needMore` without
    /// changing any state, so the record is parsed again after a refill.
    func parseRecord() throws(InputError) -> Step {
        let p = buffer, end = count, eof = atEndOfFile
        let comma = Self.comma, quote = Self.quote, lf = Self.lf, cr = Self.cr
        var i = position
        var line = self.line, lineStart = self.lineStart, cont = continuationBytes
        let base = bufferBase
        @inline(__always) func column(_ index: Int) -> Int { base + index - lineStart - cont + 1 }

        if i == end { return eof ? .end : .needMore }
        let recordLine = line

        // A blank line: a record with no fields.
        if p[i] == lf || p[i] == cr {
            if p[i] == cr && i + 1 == end && !eof { return .needMore }
            let endColumn = column(i)
            i += (p[i] == cr && i + 1 < end && p[i + 1] == lf) ? 2 : 1
            commit(position: i, line: line + 1, lineStart: base + i, cont: 0)
            return .record(CSVRecord(fields: [], line: recordLine, endLine: recordLine, endColumn: endColumn))
        }

        var fields: [CSVField] = []
        fields.reserveCapacity(fieldsPerRecord)
        while true {
            let fieldStart = i, fieldLine = line, fieldColumn = column(i)
            let valueStart: Int, valueEnd: Int
            var nonASCII = false
            var unescaped = false
            let quoted = i < end && p[i] == quote

            if quoted {
                i += 1
                var segmentStart = i
                scratch.removeAll(keepingCapacity: true)
                while true {
                    if i == end {
                        if !eof { return .needMore }
                        throw InputError.unterminatedQuote(file: file, line: fieldLine, column: fieldColumn)
                    }
                    let b = p[i]
                    if b > quote {
                        if b >= 0x80 {
                            nonASCII = true
                            if b & 0xC0 == 0x80 { cont += 1 }
                        }
                        i += 1
                    } else if b == quote {
                        if i + 1 == end && !eof { return .needMore }
                        if i + 1 < end && p[i + 1] == quote {
                            scratch.append(contentsOf: UnsafeBufferPointer(start: p + segmentStart, count: i + 1 - segmentStart))
                            unescaped = true
                            i += 2
                            segmentStart = i
                        } else {
                            break
                        }
                    } else if b == lf || b == cr {
                        if b == cr && i + 1 == end && !eof { return .needMore }
                        i += (b == cr && i + 1 < end && p[i + 1] == lf) ? 2 : 1
                        line += 1
                        lineStart = base + i
                        cont = 0
                    } else if b == 0 {
                        if i + 3 > end && !eof { return .needMore }
                        if let earlier = utf8Error(p, fieldStart + 1, i, nonASCII, fieldLine, fieldColumn + 1) { throw earlier }
                        throw nulError(p, i, end, line: line, column: column(i))
                    } else {
                        i += 1
                    }
                }
                valueStart = segmentStart
                valueEnd = i
                i += 1  // the closing quote
                if i < end {
                    let b = p[i]
                    if b != comma && b != lf && b != cr {
                        if i + 4 > end && !eof { return .needMore }
                        if let earlier = utf8Error(p, fieldStart + 1, valueEnd, nonASCII, fieldLine, fieldColumn + 1) { throw earlier }
                        throw InputError.characterAfterClosingQuote(
                            file: file, line: line, column: column(i), found: describeCharacter(p, i, end))
                    }
                } else if !eof {
                    return .needMore
                }
            } else {
                valueStart = i
                while i < end {
                    let b = p[i]
                    if b > comma {
                        if b >= 0x80 {
                            nonASCII = true
                            if b & 0xC0 == 0x80 { cont += 1 }
                        }
                        i += 1
                    } else if b == comma || b == lf || b == cr {
                        break
                    } else if b == quote {
                        if let earlier = utf8Error(p, fieldStart, i, nonASCII, fieldLine, fieldColumn) { throw earlier }
                        throw InputError.quoteInUnquotedField(file: file, line: line, column: column(i))
                    } else if b == 0 {
                        if i + 3 > end && !eof { return .needMore }
                        if let earlier = utf8Error(p, fieldStart, i, nonASCII, fieldLine, fieldColumn) { throw earlier }
                        throw nulError(p, i, end, line: line, column: column(i))
                    } else {
                        i += 1
                    }
                }
                if i == end && !eof { return .needMore }
                valueEnd = i
            }

            // i is now at the field's end: a comma, a line break or the end of the file.
            let value: String?
            if unescaped {
                scratch.append(contentsOf: UnsafeBufferPointer(start: p + valueStart, count: valueEnd - valueStart))
                value = scratch.withUnsafeBufferPointer { Self.makeValue($0, nonASCII: nonASCII) }
            } else {
                value = Self.makeValue(UnsafeBufferPointer(start: p + valueStart, count: valueEnd - valueStart), nonASCII: nonASCII)
            }
            guard let value else {
                let rawStart = quoted ? fieldStart + 1 : fieldStart
                throw invalidUTF8Error(p, from: rawStart, to: valueEnd, line: fieldLine, column: fieldColumn + (quoted ? 1 : 0))
            }
            fields.append(CSVField(value: value, line: fieldLine, column: fieldColumn, wasQuoted: quoted))

            if i < end && p[i] == comma {
                i += 1
                continue
            }
            let endColumn = column(i)
            fieldsPerRecord = fields.count
            if i < end {
                // A line break ends the record.
                if p[i] == cr && i + 1 == end && !eof { return .needMore }
                i += (p[i] == cr && i + 1 < end && p[i + 1] == lf) ? 2 : 1
                commit(position: i, line: line + 1, lineStart: base + i, cont: 0)
                return .record(CSVRecord(fields: fields, line: recordLine, endLine: line, endColumn: endColumn))
            }
            commit(position: i, line: line, lineStart: lineStart, cont: cont)
            return .record(CSVRecord(fields: fields, line: recordLine, endLine: line, endColumn: endColumn))
        }
    }

    /// The error for a bad UTF-8 byte in a field's raw bytes `start..<end`
    /// (which begin at `line`, `column`), if there is one. Used before
    /// reporting a later problem in the same field, so that the first problem
    /// in the file is the one reported.
    func utf8Error(_ p: UnsafeMutablePointer<UInt8>, _ start: Int, _ end: Int, _ nonASCII: Bool,
                   _ line: Int, _ column: Int) -> InputError? {
        guard nonASCII, UTF8Validation.firstInvalidByte(p, from: start, to: end) != nil else { return nil }
        return invalidUTF8Error(p, from: start, to: end, line: line, column: column)
    }
}
