import ParallelWork

extension Dataset {
    static let observationColumns = ["unit", "indicator", "period", "value"]

    /// Reads an observations file `unit,indicator,period,value` (columns in
    /// any order) and checks each series' periods (see `SeriesChecks`).
    /// A CSV file of at least two parts of `partBytes` is read in parts on
    /// every core (`ObservationParts`), with the same result.
    static func readObservations(_ reader: any RecordReader, numbers: NumberStyle, log: inout ProblemLog,
                                 partBytes: Int = ObservationParts.partBytes, workers: Int = Workers.count) throws(InputError) -> [Observation] {
        let table = try CSVTable(reader: reader, required: observationColumns)
        if let csv = reader as? CSVReader, let parts = ObservationParts(csv, table: table, partBytes: partBytes, workers: workers) {
            return try parts.read(numbers: numbers, log: &log)
        }
        var rows = ObservationRows(table: table, numbers: numbers)
        var checks = SeriesChecks()
        return try table.readRows(log: &log) { row throws(InputError) in
            let (observation, periodCell) = try rows.observation(row)
            if let expected = checks.add(observation.seriesKey, observation.period, line: periodCell.line) {
                throw table.error(at: periodCell, expected: expected)
            }
            return observation
        }
    }
}

extension Observation {
    var seriesKey: SeriesKey { SeriesKey(unit: unit, indicator: indicator) }
}

/// Turns the rows of an observations table into observations, one by one.
struct ObservationRows {
    let table: CSVTable
    let numbers: NumberStyle
    let unitColumn: Int, indicatorColumn: Int, periodColumn: Int, valueColumn: Int
    // A unit's rows, and an indicator's, mostly follow one another: a
    // cell holding what the cell above held is the same id, already checked.
    private var lastUnit: (cell: String, id: String)?
    private var lastIndicator: (cell: String, id: String)?

    init(table: CSVTable, numbers: NumberStyle) {
        self.table = table
        self.numbers = numbers
        unitColumn = table.column("unit")
        indicatorColumn = table.column("indicator")
        periodColumn = table.column("period")
        valueColumn = table.column("value")
    }

    /// The observation of a row of the table's shape, and its period's cell
    /// (where a problem with the series' periods is reported).
    mutating func observation(_ row: CSVRecord) throws(InputError) -> (Observation, CSVField) {
        let unit = try Self.id(row, unitColumn, table, &lastUnit)
        let indicator = try Self.id(row, indicatorColumn, table, &lastIndicator)
        let period = try table.period(row, periodColumn)
        let value = try table.value(row, valueColumn, numbers)
        let observation = Observation(unit: unit, indicator: indicator, period: period, value: value,
                                      line: row[valueColumn].line, column: row[valueColumn].column,
                                      unitColumn: row[unitColumn].column)
        return (observation, row[periodColumn])
    }

    private static func id(_ row: CSVRecord, _ column: Int, _ table: CSVTable, _ last: inout (cell: String, id: String)?) throws(InputError) -> String {
        let cell = row[column].value
        if let last, last.cell == cell { return last.id }
        let id = try table.id(row, column)
        last = (cell, id)
        return id
    }
}
