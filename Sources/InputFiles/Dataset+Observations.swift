extension Dataset {
    static let observationColumns = ["unit", "indicator", "period", "value"]

    /// Reads an observations file `unit,indicator,period,value` (columns in
    /// any order) and checks each series' periods (see `SeriesChecks`).
    static func readObservations(_ reader: any RecordReader, numbers: NumberStyle, log: inout ProblemLog) throws(InputError) -> [Observation] {
        let table = try CSVTable(reader: reader, required: observationColumns)
        var checks = SeriesChecks()
        let unitColumn = table.column("unit"), indicatorColumn = table.column("indicator")
        let periodColumn = table.column("period"), valueColumn = table.column("value")
        return try table.readRows(log: &log) { row throws(InputError) in
            let unit = try table.id(row, unitColumn)
            let indicator = try table.id(row, indicatorColumn)
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
