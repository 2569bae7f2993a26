extension Dataset {
    static let observationColumns = ["unit", "indicator", "period", "value"]

    /// Reads an observations file `unit,indicator,period,value` (columns in
    /// any order) and checks each series' periods (see `SeriesChecks`).
    static func readObservations(_ reader: CSVReader, numbers: NumberStyle) throws(InputError) -> [Observation] {
        let table = try CSVTable(reader: reader, required: observationColumns)
        var checks = SeriesChecks()
        var observations: [Observation] = []
        while let row = try table.nextRow() {
            let unit = try table.id(row, "unit")
            let indicator = try table.id(row, "indicator")
            let period = try table.period(row)
            let value = try table.value(row, "value", numbers)
            let periodCell = table.cell(row, "period")
            if let expected = checks.add(SeriesKey(unit: unit, indicator: indicator), period, line: periodCell.line) {
                throw table.error(at: periodCell, expected: expected)
            }
            observations.append(Observation(unit: unit, indicator: indicator, period: period, value: value, line: table.cell(row, "value").line))
        }
        return observations
    }
}
