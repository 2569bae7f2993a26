/// The errors of reading CSV text, worded once here so that every file and
/// test says the same thing.
extension InputError {
    static func unterminatedQuote(file: String, line: Int, column: Int) -> InputError {
        InputError(file: file, line: line, column: column,
                   expected: "a closing quote \" for the field opened here", found: "end of file")
    }

    static func quoteInUnquotedField(file: String, line: Int, column: Int) -> InputError {
        InputError(file: file, line: line, column: column,
                   expected: "no quote inside an unquoted field (quote the whole field and write a quote in it as \"\")",
                   found: "a quote \"")
    }

    static func characterAfterClosingQuote(file: String, line: Int, column: Int, found: String) -> InputError {
        InputError(file: file, line: line, column: column,
                   expected: "a comma or the end of the line after a closing quote (write a quote inside quotes as \"\")",
                   found: found)
    }

    static func invalidUTF8(file: String, line: Int, column: Int, byte: UInt8) -> InputError {
        InputError(file: file, line: line, column: column,
                   expected: "UTF-8 text (in Excel: Save As, \"CSV UTF-8\"; or convert it: iconv -f WINDOWS-1258 -t UTF-8 FILE > NEW.csv)",
                   found: "\(byteName(byte)), which is not UTF-8 (a Windows-1258 or other legacy export?)")
    }

    static func utf16(file: String, line: Int = 1, column: Int = 1) -> InputError {
        InputError(file: file, line: line, column: column,
                   expected: "UTF-8 text (in Excel: Save As, \"CSV UTF-8\"; or convert it: iconv -f UTF-16 -t UTF-8 FILE > NEW.csv)",
                   found: "UTF-16")
    }

    /// `byte 0xF5`.
    static func byteName(_ byte: UInt8) -> String {
        let digits = "0123456789ABCDEF".utf8.map { Character(Unicode.Scalar($0)) }
        return "byte 0x\(digits[Int(byte >> 4)])\(digits[Int(byte & 0xF)])"
    }

    /// Text as it appears in a message: in double quotes, with quotes,
    /// backslashes and control characters escaped so a line break in a
    /// value does not break the message.
    ///
    /// A value longer than `shownLimit` characters is cut there and its
    /// length said (`"abc…" (10,485,760 characters)`): a 10 MB cell must
    /// not be echoed whole into a message.
    static func quoted(_ text: String) -> String {
        let count = text.count
        let shown = count > shownLimit ? String(text.prefix(shownLimit)) : text
        var out = "\""
        for scalar in shown.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + (count > shownLimit ? "…\" (\(count) characters)" : "\"")
    }

    /// Characters of a value a message shows.
    static let shownLimit = 80
}
