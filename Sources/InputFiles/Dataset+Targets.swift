extension Dataset {
    static let targetColumns = ["unit", "indicator", "period", "low", "high"]
    static let bandColumns = ["unit", "indicator", "period", "min_value", "max_value", "count"]

    /// Reads a targets file `unit,indicator,period,low,high[,direction]`:
    /// low ≤ high (equal for a point target), direction `at_least` (also
    /// when empty or the column is absent) or `at_most`, one target per
    /// (unit, indicator, period).
    static func readTargets(_ reader: CSVReader, numbers: NumberStyle) throws(InputError) -> [Target] {
        let table = try CSVTable(reader: reader, required: targetColumns, optional: ["direction"])
        var targets: [Target] = []
        var firstLine: [SeriesKey: [Period: Int]] = [:]
        while let row = try table.nextRow() {
            let unit = try table.id(row, "unit")
            let indicator = try table.id(row, "indicator")
            let period = try table.period(row)
            let low = try table.requiredValue(row, "low", numbers)
            let high = try table.requiredValue(row, "high", numbers)
            if low > high {
                throw table.error(at: table.cell(row, "high"), expected: "a high of at least the low (\(table.cell(row, "low").value))")
            }
            var direction = TargetDirection.atLeast
            if let cell = table.optionalCell(row, "direction") {
                let text = String(decoding: NumberStyle.trimmed(cell.value), as: UTF8.self)
                if !text.isEmpty {
                    guard let given = TargetDirection(rawValue: text) else {
                        throw table.error(at: cell, expected: "a direction at_least or at_most (or empty for at_least)")
                    }
                    direction = given
                }
            }
            let periodCell = table.cell(row, "period")
            let key = SeriesKey(unit: unit, indicator: indicator)
            if let first = firstLine[key]?[period] {
                throw table.error(at: periodCell, expected: "one target per unit, indicator and period (\(unit), \(indicator), \(period) is already on line \(first))")
            }
            firstLine[key, default: [:]][period] = periodCell.line
            targets.append(Target(unit: unit, indicator: indicator, period: period, low: low, high: high,
                                  direction: direction, line: row.line))
        }
        return targets
    }

    /// Reads a bands file `unit,indicator,period,min_value,max_value,count`:
    /// min_value ≤ max_value, count a whole number ≥ 0. Several bands may
    /// share a (unit, indicator, period); the directive's are cumulative.
    static func readBands(_ reader: CSVReader, numbers: NumberStyle) throws(InputError) -> [BandTarget] {
        let table = try CSVTable(reader: reader, required: bandColumns)
        var bands: [BandTarget] = []
        while let row = try table.nextRow() {
            let unit = try table.id(row, "unit")
            let indicator = try table.id(row, "indicator")
            let period = try table.period(row)
            let minValue = try table.requiredValue(row, "min_value", numbers)
            let maxValue = try table.requiredValue(row, "max_value", numbers)
            if minValue > maxValue {
                throw table.error(at: table.cell(row, "max_value"),
                                  expected: "a max_value of at least the min_value (\(table.cell(row, "min_value").value))")
            }
            let countCell = table.cell(row, "count")
            guard let count = NumberStyle.parseCount(countCell.value) else {
                throw table.error(at: countCell, expected: "a count of units: a whole number, 0 or more")
            }
            bands.append(BandTarget(unit: unit, indicator: indicator, period: period, minValue: minValue,
                                    maxValue: maxValue, count: count, line: row.line))
        }
        return bands
    }
}
