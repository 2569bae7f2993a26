extension Dataset {
    static let targetColumns = ["unit", "indicator", "period", "low", "high"]
    static let bandColumns = ["unit", "indicator", "period", "min_value", "max_value", "count"]

    /// Reads a targets file `unit,indicator,period,low,high[,direction]`:
    /// a unit of the units file (when there is one), an indicator of the
    /// observations, the period a year (see `yearPeriod`), low ≤ high (equal for a point target), direction `at_least` (also
    /// when empty or the column is absent) or `at_most`, one target per
    /// (unit, indicator, period).
    static func readTargets(_ reader: any RecordReader, numbers: NumberStyle, known: KnownIDs, log: inout ProblemLog) throws(InputError) -> [Target] {
        let table = try CSVTable(reader: reader, required: targetColumns, optional: ["direction"])
        var firstLine: [SeriesKey: [Period: Int]] = [:]
        let unitColumn = table.column("unit"), indicatorColumn = table.column("indicator"), periodColumn = table.column("period")
        let lowColumn = table.column("low"), highColumn = table.column("high"), directionColumn = table.optionalColumn("direction")
        return try table.readRows(log: &log) { row throws(InputError) in
            let unit = try known.unit(table, row, unitColumn)
            let indicator = try known.indicator(table, row, indicatorColumn)
            let period = try yearPeriod(table, row, periodColumn, of: "targets")
            let low = try table.requiredValue(row, lowColumn, numbers)
            let high = try table.requiredValue(row, highColumn, numbers)
            if low > high {
                throw table.error(at: row[highColumn], expected: "a high of at least the low (\(row[lowColumn].value))")
            }
            var direction = TargetDirection.atLeast
            if let cell = directionColumn.map({ row[$0] }) {
                let text = NumberStyle.trimmed(cell.value)
                if !text.isEmpty {
                    guard let given = TargetDirection(rawValue: text) else {
                        throw table.error(at: cell, expected: "a direction at_least or at_most (or empty for at_least)")
                    }
                    direction = given
                }
            }
            let periodCell = row[periodColumn]
            let key = SeriesKey(unit: unit, indicator: indicator)
            if let first = firstLine[key]?[period] {
                throw table.error(at: periodCell, expected: "one target per unit, indicator and period (\(unit), \(indicator), \(period) is already on line \(first))")
            }
            firstLine[key, default: [:]][period] = periodCell.line
            return Target(unit: unit, indicator: indicator, period: period, low: low, high: high,
                          direction: direction, line: row.line)
        }
    }

    /// Reads a bands file `unit,indicator,period,min_value,max_value,count`:
    /// a unit of the units file that has children, an indicator of the
    /// observations, the period a year, min_value ≤ max_value, count a whole number ≥ 0. Several bands may
    /// share a (unit, indicator, period); the directive's are cumulative.
    static func readBands(_ reader: any RecordReader, numbers: NumberStyle, known: KnownIDs, log: inout ProblemLog) throws(InputError) -> [BandTarget] {
        let table = try CSVTable(reader: reader, required: bandColumns)
        let unitColumn = table.column("unit"), indicatorColumn = table.column("indicator"), periodColumn = table.column("period")
        let minColumn = table.column("min_value"), maxColumn = table.column("max_value"), countColumn = table.column("count")
        return try table.readRows(log: &log) { row throws(InputError) in
            let unit = try known.parent(table, row, unitColumn)
            let indicator = try known.countedIndicator(table, row, indicatorColumn)
            let period = try yearPeriod(table, row, periodColumn, of: "band targets")
            let minValue = try table.requiredValue(row, minColumn, numbers)
            let maxValue = try table.requiredValue(row, maxColumn, numbers)
            if minValue > maxValue {
                throw table.error(at: row[maxColumn], expected: "a max_value of at least the min_value (\(row[minColumn].value))")
            }
            let countCell = row[countColumn]
            guard let count = NumberStyle.parseCount(countCell.value) else {
                throw table.error(at: countCell, expected: "a count of units: a whole number, 0 or more")
            }
            return BandTarget(unit: unit, indicator: indicator, period: period, minValue: minValue,
                              maxValue: maxValue, count: count, line: row.line)
        }
    }

    /// A target's period, which must be a year: attainment is projected for
    /// whole years (from monthly, quarterly or yearly observations), so a
    /// target for `2015-06` or `2015-Q2` would be scored against the year's
    /// total. It is refused rather than scored against the wrong figure.
    static func yearPeriod(_ table: CSVTable, _ row: CSVRecord, _ column: Int, of kind: String) throws(InputError) -> Period {
        let period = try table.period(row, column)
        guard case .year = period else {
            throw table.error(at: row[column], expected: "a year such as 2014 (\(kind) are for whole years)")
        }
        return period
    }
}
