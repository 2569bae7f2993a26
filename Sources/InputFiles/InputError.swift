/// A problem in an input file, at a position a person can go to.
///
/// Printed as `file:line:column: expected …, found …`, the form compilers
/// use, so editors jump to it. Lines and columns count from 1; a column
/// counts characters (Unicode scalars), not bytes.
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// What the file should hold there, e.g. `a period such as 2014, 2014-Q2, 2014-06 or 2014-01..2014-06`.
    public var expected: String
    /// What it holds, quoted, e.g. `"2014-13"`.
    public var found: String

    public init(file: String, line: Int, column: Int, expected: String, found: String) {
        self.file = file
        self.line = line
        self.column = column
        self.expected = expected
        self.found = found
    }

    public var description: String {
        "\(file):\(line):\(column): expected \(expected), found \(found)"
    }
}
