/// A CSV file with a header row naming its columns: finds each column by
/// name, in any order, and checks that every row has one field per column.
///
/// Columns the file format does not know are refused, not ignored: a
/// misspelt optional column (`directon`) would otherwise be dropped silently
/// and its values replaced by the default. Header names are compared
/// without case, after trimming spaces; a header that is one field holding
/// semicolons or tabs gets a hint about the separator. Rows that are blank, or whose fields are
/// all empty and unquoted (`,,,` as Excel writes after the data), are skipped.
struct CSVTable {
    let reader: any RecordReader
    var file: String { reader.file }
    var sheet: String? { reader.sheet }
    /// The header's names, in the file's order.
    let header: [String]
    /// Where each known column is in a row; absent optional columns are missing.
    let columns: [String: Int]

    /// The rest of a table whose header another reader has read: one part
    /// of a file read on several threads.
    init(reader: any RecordReader, header: [String], columns: [String: Int]) {
        self.reader = reader
        self.header = header
        self.columns = columns
    }

    init(reader: any RecordReader, required: [String], optional: [String] = []) throws(InputError) {
        self.reader = reader
        let file = reader.file
        let sheet = reader.sheet
        var headerRecord: CSVRecord?
        var firstRecord: CSVRecord?
        while let record = try reader.next() {
            guard !Self.isBlank(record) else { continue }
            firstRecord = firstRecord ?? record
            // A sheet may have a title, notes or a merged heading above its
            // header: its header is the first row that names every required column.
            if reader.sheet != nil {
                let names = Set(record.fields.map { NumberStyle.trimmed($0.value).lowercased() })
                guard required.allSatisfy(names.contains) else { continue }
            }
            headerRecord = record
            break
        }
        if reader.sheet != nil, headerRecord == nil, let firstRecord {
            throw InputError(file: file, sheet: sheet, line: firstRecord.line, column: 1,
                             expected: "a header row naming the columns \((required + optional).joined(separator: ", ")) (any order, optional ones may be left out)",
                             found: "no row that names \(required.joined(separator: ", "))")
        }
        let known = required + optional
        guard let headerRecord else {
            throw InputError(file: file, sheet: sheet, line: 1, column: 1,
                             expected: "a header row \(known.joined(separator: ","))", found: "an empty file")
        }
        var columns: [String: Int] = [:]
        var header: [String] = []
        if headerRecord.fields.count == 1, let separator = Self.otherSeparator(in: headerRecord.fields[0].value) {
            let field = headerRecord.fields[0]
            throw InputError(file: file, sheet: sheet, line: field.line, column: field.column,
                             expected: "columns separated by commas (\(known.joined(separator: ","))); this file seems to separate them with \(separator): save it as CSV with commas",
                             found: InputError.quoted(field.value))
        }
        for (index, field) in headerRecord.fields.enumerated() {
            // `Unit`, ` VALUE `: names compare without case or surrounding spaces.
            let name = NumberStyle.trimmed(field.value).lowercased()
            header.append(name)
            guard known.contains(name) else {
                throw InputError(file: file, sheet: sheet, line: field.line, column: field.column,
                                 expected: "one of the columns \(known.joined(separator: ", "))",
                                 found: InputError.quoted(field.value))
            }
            if let earlier = columns[name] {
                throw InputError(file: file, sheet: sheet, line: field.line, column: field.column,
                                 expected: "each column once (\(name) is already column \(earlier + 1))",
                                 found: InputError.quoted(field.value) + " again")
            }
            columns[name] = index
        }
        for name in required where columns[name] == nil {
            throw InputError(file: file, sheet: sheet, line: headerRecord.endLine, column: headerRecord.endColumn,
                             expected: "a column named \(name) in the header (required: \(required.joined(separator: ",")))",
                             found: "the header " + InputError.quoted(header.joined(separator: ",")))
        }
        self.header = header
        self.columns = columns
    }

    /// `a semicolon (;)` or `tabs` when a one-field header is really
    /// several columns joined by another separator (Excel in a
    /// comma-decimal locale writes `;`).
    static func otherSeparator(in header: String) -> String? {
        if header.contains(";") { return "semicolons (;)" }
        if header.contains("\t") { return "tabs" }
        return nil
    }

    /// The next row that is not blank.
    func nextRow() throws(InputError) -> CSVRecord? {
        while let record = try reader.next() {
            if Self.isBlank(record) { continue }
            return record
        }
        return nil
    }

    /// Every non-blank row of the right shape, each turned into a value by
    /// `read`. A row that is the wrong shape or that `read` refuses goes to
    /// the log (which throws when only the first problem is wanted) and
    /// reading goes on with the next row.
    func readRows<T>(log: inout ProblemLog, _ read: (CSVRecord) throws(InputError) -> T) throws(InputError) -> [T] {
        var items: [T] = []
        while let row = try nextRow() {
            do throws(InputError) {
                try checkShape(row)
                items.append(try read(padded(row)))
            } catch {
                try log.record(error)
            }
        }
        return items
    }

    /// A sheet's row with empty fields for the header's columns after its
    /// last cell (a CSV row has them all once `checkShape` passed).
    func padded(_ record: CSVRecord) -> CSVRecord {
        guard record.count < header.count else { return record }
        var record = record
        for column in (record.count + 1)...header.count {
            record.fields.append(CSVField(value: "", line: record.line, column: column))
        }
        return record
    }

    /// Checks that a row has exactly one field per column. A short row is
    /// reported where its line ends, a long one at its first extra field.
    func checkShape(_ record: CSVRecord) throws(InputError) {
        if sheet != nil {
            // A sheet's row ends at its last cell, and cells right of the
            // header are someone's notes: only a value there is refused.
            if let extra = record.fields.dropFirst(header.count).first(where: { !NumberStyle.isBlank($0.value) }) {
                throw InputError(file: file, sheet: sheet, line: extra.line, column: extra.column,
                                 expected: "nothing right of the header's last column (\(InputError.columnName(header.count)))",
                                 found: InputError.quoted(extra.value))
            }
            return
        }
        if record.count != header.count {
            let expected = "\(header.count) field\(header.count == 1 ? "" : "s") (\(header.joined(separator: ",")))"
            let found = "\(record.count) field\(record.count == 1 ? "" : "s")"
            if record.count < header.count {
                throw InputError(file: file, sheet: sheet, line: record.endLine, column: record.endColumn, expected: expected, found: found)
            }
            let extra = record[header.count]
            throw InputError(file: file, sheet: sheet, line: extra.line, column: extra.column, expected: expected, found: found)
        }
    }

    static func isBlank(_ record: CSVRecord) -> Bool {
        record.fields.allSatisfy { !$0.wasQuoted && $0.value.isEmpty }
    }

    // MARK: - Cells

    /// Where a required column is in each row (looked up once per file, not per cell).
    func column(_ name: String) -> Int { columns[name]! }

    /// Where an optional column is, nil when the file does not have it.
    func optionalColumn(_ name: String) -> Int? { columns[name] }

    func error(at field: CSVField, expected: String, found: String? = nil) -> InputError {
        InputError(file: file, sheet: sheet, line: field.line, column: field.column, expected: expected,
                   found: found ?? (field.value.isEmpty ? "an empty cell" : InputError.quoted(field.value)))
    }

    /// An id (unit, indicator): any text but empty, without the spaces
    /// around it (a trailing space would otherwise make a different unit
    /// that looks the same) and without control characters: a line break
    /// inside quotes, or a bell from a broken export, would be printed raw
    /// in every table and message that names the unit.
    func id(_ row: CSVRecord, _ column: Int) throws(InputError) -> String {
        let field = row[column]
        guard !NumberStyle.isBlank(field.value) else {
            throw error(at: field, expected: "an id in the \(header[column]) column")
        }
        let id = NumberStyle.trimmed(field.value)
        if id.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
            throw error(at: field, expected: "an id in the \(header[column]) column without line breaks, tabs or other control characters")
        }
        return id
    }

    func period(_ row: CSVRecord, _ column: Int) throws(InputError) -> Period {
        let field = row[column]
        switch Period.parse(field.value) {
        case let .success(period): return period
        case let .failure(problem): throw error(at: field, expected: problem.expected)
        }
    }

    func value(_ row: CSVRecord, _ column: Int, _ numbers: NumberStyle) throws(InputError) -> Double? {
        let field = row[column]
        switch (field.isNumberCell ? NumberStyle() : numbers).parseValue(field.value) {
        case let .success(value): return value
        case let .failure(problem): throw error(at: field, expected: problem.expected)
        }
    }

    func requiredValue(_ row: CSVRecord, _ column: Int, _ numbers: NumberStyle) throws(InputError) -> Double {
        let field = row[column]
        switch (field.isNumberCell ? NumberStyle() : numbers).parseRequiredValue(field.value) {
        case let .success(value): return value
        case let .failure(problem): throw error(at: field, expected: problem.expected)
        }
    }
}
