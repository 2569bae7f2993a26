import Testing
@testable import InputFiles

@Suite struct CSVReaderReadsGoodText {
    @Test(arguments: chunkSizes) func plainFieldsAndTheirPositions(chunkSize: Int) throws {
        for ending in ["\n", "\r\n", "\r"] {
            let read = try records("unit,value\(ending)son-la,2100.5\(ending)", chunkSize: chunkSize)
            #expect(values(read) == [["unit", "value"], ["son-la", "2100.5"]])
            #expect(read[1].fields.map { [$0.line, $0.column] } == [[2, 1], [2, 8]])
            #expect(read[1].line == 2 && read[1].endLine == 2 && read[1].endColumn == 14)
        }
    }

    @Test(arguments: chunkSizes) func quotedFieldsWithCommasQuotesAndLineBreaks(chunkSize: Int) throws {
        let read = try records("x,\"Mộc\nChâu\",y\n\"say \"\"hi\"\"\",b,\"2.100,5\"\r\n", chunkSize: chunkSize)
        #expect(values(read) == [["x", "Mộc\nChâu", "y"], ["say \"hi\"", "b", "2.100,5"]])
        // y follows a quoted line break: line 2, after `Châu",` (6 scalars).
        #expect(read[0].fields.map { [$0.line, $0.column] } == [[1, 1], [1, 3], [2, 7]])
        #expect(read[0].fields.map(\.wasQuoted) == [false, true, false])
        #expect(read[0].line == 1 && read[0].endLine == 2 && read[0].endColumn == 8)
        // `"say ""hi"""` is 12 characters: b at 14, the last field at 16.
        #expect(read[1].fields.map { [$0.line, $0.column] } == [[3, 1], [3, 14], [3, 16]])
        #expect(read[1].line == 3)
    }

    @Test(arguments: chunkSizes) func crlfInsideQuotesIsOneLineBreak(chunkSize: Int) throws {
        let read = try records("\"a\r\nb\",c\r\nd", chunkSize: chunkSize)
        #expect(values(read) == [["a\r\nb", "c"], ["d"]])
        #expect(read[0][1].line == 2 && read[0][1].column == 4)
        #expect(read[1][0].line == 3 && read[1][0].column == 1)
    }

    @Test(arguments: chunkSizes) func columnsCountScalarsOfPrecomposedAndDecomposedVietnamese(chunkSize: Int) throws {
        let nfc = "M\u{1ED9}c Ch\u{E2}u"            // ộ and â precomposed: 8 scalars
        let nfd = "Mo\u{323}\u{302}c Cha\u{302}u"   // o + dot below + circumflex, a + circumflex: 11 scalars
        let read = try records("\(nfc),x\n\(nfd),y\n\"\(nfd)\",z", chunkSize: chunkSize)
        #expect(read[0][1].column == 10)
        #expect(read[1][1].column == 13)
        #expect(read[2][1].column == 15)
        // Values keep their scalars as written: no normalization.
        #expect(scalars(read[0][0].value) == scalars(nfc))
        #expect(scalars(read[1][0].value) == scalars(nfd))
        #expect(scalars(read[2][0].value) == scalars(nfd))
    }

    @Test(arguments: chunkSizes) func emptyFieldsBlankLinesAndTheEndOfTheFile(chunkSize: Int) throws {
        #expect(values(try records("", chunkSize: chunkSize)) == [])
        #expect(values(try records("\n", chunkSize: chunkSize)) == [[]])
        #expect(values(try records(",,\n\n\"\"\na,", chunkSize: chunkSize)) == [["", "", ""], [], [""], ["a", ""]])
        #expect(values(try records("a\r\n\r\nb", chunkSize: chunkSize)) == [["a"], [], ["b"]])
        let read = try records("a\n\nb,c", chunkSize: chunkSize)
        #expect(read[1].line == 2 && read[2].line == 3 && read[2][1].column == 3)
        #expect(read[2].endColumn == 4)
    }

    @Test(arguments: chunkSizes) func aByteOrderMarkIsSkipped(chunkSize: Int) throws {
        let read = try records([0xEF, 0xBB, 0xBF] + Array("unit,x\nb,c".utf8), chunkSize: chunkSize)
        #expect(values(read) == [["unit", "x"], ["b", "c"]])
        #expect(read[0][0].column == 1 && read[0][1].column == 6)
    }

    @Test func aRecordLongerThanTheBufferGrowsIt() throws {
        let long = String(repeating: "Sơn La ", count: 5000)
        let read = try records("\"\(long)\",b\n\(long),c", chunkSize: 64)
        #expect(values(read) == [[long, "b"], [long, "c"]])
        #expect(read[1][1].column == long.unicodeScalars.count + 2)
    }

    @Test func readsAFileInChunks() throws {
        let folder = TemporaryFolder()
        var text = "unit,indicator,period,value\n"
        for k in 0..<5000 { text += "xã-\(k),\"thu, chi\",2014-03,\(k).5\n" }
        let path = folder.write("observations.csv", text)
        let read = try CSVReader(path: path, chunkSize: 1000).readAll()
        #expect(read.count == 5001)
        #expect(read[4000].fields.map(\.value) == ["xã-3999", "thu, chi", "2014-03", "3999.5"])
        #expect(read[4000].line == 4001)
    }
}

@Suite struct CSVReaderRefusesBadText {
    @Test(arguments: chunkSizes) func unterminatedQuoteIsReportedAtItsOpeningQuote(chunkSize: Int) throws {
        let error = try #require(readError("a,b\nc,\"Mộc\nChâu,d\n", chunkSize: chunkSize))
        #expect(error == InputError(file: "t.csv", line: 2, column: 3,
                                    expected: "a closing quote \" for the field opened here", found: "end of file"))
        #expect(error.description == "t.csv:2:3: expected a closing quote \" for the field opened here, found end of file")
    }

    @Test(arguments: chunkSizes) func quoteInsideAnUnquotedField(chunkSize: Int) throws {
        let error = try #require(readError("a,b\nChiềng\"Cơi,x\n", chunkSize: chunkSize))
        #expect(error.line == 2 && error.column == 7)
        #expect(error.found == "a quote \"")
        #expect(error.description.hasPrefix("t.csv:2:7: expected no quote inside an unquoted field"))
    }

    @Test(arguments: chunkSizes) func characterAfterAClosingQuote(chunkSize: Int) throws {
        let error = try #require(readError("x,\"Mộc\nChâu\"ộ,z\n", chunkSize: chunkSize))
        #expect(error.line == 2 && error.column == 6)
        #expect(error.found == "\"ộ\"")
        #expect(error.description == "t.csv:2:6: expected a comma or the end of the line after a closing quote (write a quote inside quotes as \"\"), found \"ộ\"")
        let space = try #require(readError("\"a\" ,b", chunkSize: chunkSize))
        #expect(space.line == 1 && space.column == 4 && space.found == "\" \"")
    }

    @Test(arguments: chunkSizes) func windows1258BytesAreNamed(chunkSize: Int) throws {
        // "Sơn La" in Windows-1258: ơ is 0xF5.
        let bytes = Array("unit,name\nson-la,S".utf8) + [0xF5] + Array("n La\n".utf8)
        let error = try #require(readError(bytes, chunkSize: chunkSize))
        #expect(error == InputError(file: "t.csv", line: 2, column: 9, expected: "UTF-8 text (in Excel: Save As, \"CSV UTF-8\"; or convert it: iconv -f WINDOWS-1258 -t UTF-8 FILE > NEW.csv)",
                                    found: "byte 0xF5, which is not UTF-8 (a Windows-1258 or other legacy export?)"))
        #expect(error.description == "t.csv:2:9: expected UTF-8 text (in Excel: Save As, \"CSV UTF-8\"; or convert it: iconv -f WINDOWS-1258 -t UTF-8 FILE > NEW.csv), found byte 0xF5, which is not UTF-8 (a Windows-1258 or other legacy export?)")
    }

    @Test(arguments: chunkSizes) func badUTF8InAQuotedFieldIsPlacedExactly(chunkSize: Int) throws {
        // `"ộ""` then a line break, then `b`, an E0 with no continuation, `"`.
        let bytes = Array("x,\"ộ\"\"\nb".utf8) + [0xE0] + Array("\"\n".utf8)
        let error = try #require(readError(bytes, chunkSize: chunkSize))
        #expect(error.line == 2 && error.column == 2)
        #expect(error.found.hasPrefix("byte 0xE0"))
        // Overlong and surrogate forms are not UTF-8 either.
        #expect(readError([0x61, 0xC0, 0xAF])?.column == 2)
        #expect(readError([0x61, 0x2C, 0xED, 0xA0, 0x80])?.column == 3)
    }

    @Test(arguments: [[UInt8]([0xFF, 0xFE, 0x75, 0x00]), [0xFE, 0xFF, 0x00, 0x75], [0x75, 0x00, 0x6E, 0x00]])
    func utf16IsRecognised(bytes: [UInt8]) throws {
        let error = try #require(readError(bytes))
        #expect(error.description == "t.csv:1:1: expected UTF-8 text (in Excel: Save As, \"CSV UTF-8\"; or convert it: iconv -f UTF-16 -t UTF-8 FILE > NEW.csv), found UTF-16")
    }

    @Test(arguments: chunkSizes) func nulBytes(chunkSize: Int) throws {
        let error = try #require(readError(Array("a,b\nc,d".utf8) + [0x00] + Array("e\n".utf8), chunkSize: chunkSize))
        #expect(error.description == "t.csv:2:4: expected text, found a NUL byte (0x00)")
        let utf16 = try #require(readError(Array("ab,c\n".utf8) + [0x64, 0x00, 0x65, 0x00], chunkSize: chunkSize))
        #expect(utf16.found == "UTF-16" && utf16.line == 2 && utf16.column == 2)
    }

    @Test func aMissingFileIsAnInputError() throws {
        do {
            _ = try CSVReader(path: "/nonexistent/observations.csv")
            Issue.record("no error")
        } catch {
            #expect(error.file == "/nonexistent/observations.csv")
            #expect(error.expected == "a readable file")
        }
    }
}

@Suite struct CSVReaderReportsTheFirstProblem {
    @Test(arguments: chunkSizes) func aBadByteBeforeAQuoteInTheSameField(chunkSize: Int) throws {
        let unquoted = try #require(readError(Array("a,S".utf8) + [0xF5] + Array("n\"La\n".utf8), chunkSize: chunkSize))
        #expect(unquoted.line == 1 && unquoted.column == 4 && unquoted.found.hasPrefix("byte 0xF5"))
        let quoted = try #require(readError(Array("a,\"x\nS".utf8) + [0xF5] + Array("n\"La\n".utf8), chunkSize: chunkSize))
        #expect(quoted.line == 2 && quoted.column == 2 && quoted.found.hasPrefix("byte 0xF5"))
        let nul = try #require(readError(Array("a,S".utf8) + [0xF5, 0x00, 0x41, 0x0A], chunkSize: chunkSize))
        #expect(nul.line == 1 && nul.column == 4 && nul.found.hasPrefix("byte 0xF5"))
    }
}
