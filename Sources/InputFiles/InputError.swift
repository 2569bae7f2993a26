/// A problem in an input file, at a position a person can go to.
///
/// Printed as `file:line:column: expected …, found …`, the form compilers
/// use, so editors jump to it. Lines and columns count from 1; a column
/// counts characters (Unicode scalars), not bytes. In a sheet of a
/// workbook the line is the row and the column the column's number, and the
/// position is printed as the spreadsheet names it: `book.xlsx:Sheet1!C14`.
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file's path as given.
    public var file: String
    /// The sheet of a workbook the position is in; nil for a CSV file.
    public var sheet: String?
    /// The line (a workbook's row), from 1.
    public var line: Int
    /// The column, from 1, in characters (a workbook's column number).
    public var column: Int
    /// What the file should hold there, e.g. `a period such as 2014, 2014-Q2, 2014-06 or 2014-01..2014-06`.
    public var expected: String
    /// What it holds, quoted, e.g. `"2014-13"`.
    public var found: String

    /// A problem at `file:line:column` (in `sheet` of a workbook).
    public init(file: String, sheet: String? = nil, line: Int, column: Int, expected: String, found: String) {
        self.file = file
        self.sheet = sheet
        self.line = line
        self.column = column
        self.expected = expected
        self.found = found
    }

    public var description: String {
        "\(position): expected \(expected), found \(found)"
    }

    /// `file:line:column`, or `file:Sheet!C14` in a workbook.
    public var position: String {
        guard let sheet else { return "\(file):\(line):\(column)" }
        return "\(file):\(sheet)!\(Self.columnName(column))\(line)"
    }

    /// A spreadsheet's name of column n (1 → A, 26 → Z, 27 → AA).
    public static func columnName(_ n: Int) -> String {
        var n = max(1, n)
        var letters: [Character] = []
        while n > 0 {
            let digit = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + digit))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }
}
