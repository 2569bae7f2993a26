/// Where the rows of a table come from: a CSV file (`CSVReader`) or a sheet
/// of a workbook. Each record's fields carry their line (row) and column,
/// so every reader above this gives positions the same way.
package protocol RecordReader: AnyObject {
    /// The file's name as given, for messages.
    var file: String { get }
    /// The sheet within the file, for a workbook; nil for CSV.
    var sheet: String? { get }
    /// The next record, or nil at the end.
    func next() throws(InputError) -> CSVRecord?
}

extension RecordReader {
    /// Every record to the end.
    package func readAll() throws(InputError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        while let record = try next() { records.append(record) }
        return records
    }
}
