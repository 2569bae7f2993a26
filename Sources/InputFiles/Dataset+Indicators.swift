extension Dataset {
    static let indicatorColumns = ["indicator", "name", "measure"]

    /// Reads an indicators file `indicator,name,measure[,name_en]` (columns
    /// in any order): each indicator id once, not empty. Names and measures
    /// are kept as written. Observations, targets and bands may use
    /// indicators the file does not list: it is descriptive metadata, and a
    /// table falls back to the id.
    static func readIndicators(_ reader: any RecordReader, log: inout ProblemLog) throws(InputError) -> [IndicatorInfo] {
        let table = try CSVTable(reader: reader, required: indicatorColumns, optional: ["name_en"])
        var lineOfID: [String: Int] = [:]
        let idColumn = table.column("indicator"), nameColumn = table.column("name")
        let measureColumn = table.column("measure"), englishColumn = table.optionalColumn("name_en")
        return try table.readRows(log: &log) { row throws(InputError) in
            let id = try table.id(row, idColumn)
            let idCell = row[idColumn]
            if let first = lineOfID[id] {
                throw table.error(at: idCell, expected: "each indicator once (\(id) is already on line \(first))",
                                  found: InputError.quoted(idCell.value) + " again")
            }
            lineOfID[id] = idCell.line
            // An empty English name is an absent one, as an empty parent is in the units file.
            let english = englishColumn.map { row[$0].value }.flatMap { NumberStyle.isBlank($0) ? nil : $0 }
            return IndicatorInfo(id: id, name: row[nameColumn].value, nameEnglish: english, measure: row[measureColumn].value)
        }
    }
}
