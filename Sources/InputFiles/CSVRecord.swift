/// One field of a CSV record, with the place it starts in the file.
///
/// `line` and `column` are where the field's first character is (its opening
/// quote if it is quoted), counted from 1; columns count Unicode scalars, so a
/// precomposed `ộ` is one column and a decomposed `ô` + combining dot is two,
/// as in the text editors planners use.
package struct CSVField: Sendable, Equatable {
    /// The field's text with the quoting removed (`""` read as `"`).
    package var value: String
    /// The line the field starts on, from 1 (in a workbook, the row).
    package var line: Int
    /// The column the field starts at, from 1, in Unicode scalars (in a workbook, the column's number).
    package var column: Int
    /// Whether the field was written between quotes.
    package var wasQuoted: Bool
    /// Whether the field is a workbook's number cell, whose text is always
    /// written with a decimal point (`2100.5`), whatever `--decimal-comma` says
    /// of the text cells.
    package var isNumberCell: Bool

    /// A field from its parts.
    package init(value: String, line: Int, column: Int, wasQuoted: Bool = false, isNumberCell: Bool = false) {
        self.value = value
        self.line = line
        self.column = column
        self.wasQuoted = wasQuoted
        self.isNumberCell = isNumberCell
    }
}

/// One record (row) of a CSV file.
///
/// A blank line is a record with no fields, as Python's `csv` module reads it;
/// a line holding only `""` is a record with one empty field.
package struct CSVRecord: Sendable, Equatable {
    /// The fields, in order.
    package var fields: [CSVField]
    /// The line the record starts on.
    package var line: Int
    /// Where the record ends: the position of its line break (or of the end of
    /// the file), i.e. just after its last field. A short record's missing
    /// field is reported here.
    package var endLine: Int
    /// The column of that end.
    package var endColumn: Int

    /// A record from its parts.
    package init(fields: [CSVField], line: Int, endLine: Int, endColumn: Int) {
        self.fields = fields
        self.line = line
        self.endLine = endLine
        self.endColumn = endColumn
    }

    /// Whether the record is a blank line (no fields at all).
    package var isBlank: Bool { fields.isEmpty }
    /// The number of fields.
    package var count: Int { fields.count }
    /// Field `index`, from 0.
    package subscript(index: Int) -> CSVField { fields[index] }
}
