extension Dataset {
    static let observationColumns = ["unit", "indicator", "period", "value"]

    /// Reads an observations file `unit,indicator,period,value` (columns in
    /// any order) and checks each series' periods (see `SeriesChecks`).
    static func readObservations(_ reader: any RecordReader, numbers: NumberStyle, log: inout ProblemLog) throws(InputError) -> [Observation] {
        let table = try CSVTable(reader: reader, required: observationColumns)
        var checks = SeriesChecks()
        let unitColumn = table.column("unit"), indicatorColumn = table.column("indicator")
        let periodColumn = table.column("period"), valueColumn = table.column("value")
        // A unit's rows, and an indicator's, mostly follow one another: a
        // cell holding what the cell above held is the same id, already checked.
        var lastUnit: (cell: String, id: String)?, lastIndicator: (cell: String, id: String)?
        func id(_ row: CSVRecord, _ column: Int, _ last: inout (cell: String, id: String)?) throws(InputError) -> String {
            let cell = row[column].value
            if let last, last.cell == cell { return last.id }
            let id = try table.id(row, column)
            last = (cell, id)
            return id
        }
        return try table.readRows(log: &log) { row throws(InputError) in
            let unit = try id(row, unitColumn, &lastUnit)
            let indicator = try id(row, indicatorColumn, &lastIndicator)
            let period = try table.period(row, periodColumn)
            let value = try table.value(row, valueColumn, numbers)
            let periodCell = row[periodColumn]
            if let expected = checks.add(SeriesKey(unit: unit, indicator: indicator), period, line: periodCell.line) {
                throw table.error(at: periodCell, expected: expected)
            }
            return Observation(unit: unit, indicator: indicator, period: period, value: value,
                               line: row[valueColumn].line, column: row[valueColumn].column,
                               unitColumn: row[unitColumn].column)
        }
    }
}
