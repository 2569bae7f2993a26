extension Dataset {
    /// Whether a sheet is in the wide layout planners type: a header row
    /// with `unit` and `indicator` (and optionally `name`) and, instead of
    /// `period` and `value`, one column per period (`2012`, `2013-Q1`, a
    /// month typed as a date, …).
    static func isWideLayout(_ records: [CSVRecord]) -> Bool {
        guard let header = wideHeader(records) else { return false }
        let names = header.fields.map { NumberStyle.trimmed($0.value).lowercased() }
        return !names.contains("period") && !names.contains("value")
            && names.contains { (try? Period.parse($0.uppercased()).get()) != nil }
    }

    /// The first row that names both `unit` and `indicator`.
    private static func wideHeader(_ records: [CSVRecord]) -> CSVRecord? {
        records.first { record in
            let names = Set(record.fields.map { NumberStyle.trimmed($0.value).lowercased() })
            return names.contains("unit") && names.contains("indicator")
        }
    }

    /// Reads the wide layout: each cell under a period column of a unit's
    /// row is the value of that period (an empty cell is no observation).
    /// Rows above the header (a title, notes) are skipped; every other
    /// header cell must be a period or empty, and the same series checks
    /// as the long layout apply, positions naming the cells.
    static func readWideObservations(_ reader: SheetReader, numbers: NumberStyle, log: inout ProblemLog) throws(InputError) -> [Observation] {
        let records = reader.records
        guard let header = wideHeader(records) else { return [] }
        func error(_ field: CSVField, _ expected: String) -> InputError {
            InputError(file: reader.file, sheet: reader.sheet, line: field.line, column: field.column, expected: expected,
                       found: field.value.isEmpty ? "an empty cell" : InputError.quoted(field.value))
        }
        var unitColumn = 0, indicatorColumn = 0
        var periods: [(column: Int, period: Period)] = []
        for (index, field) in header.fields.enumerated() {
            let name = NumberStyle.trimmed(field.value)
            switch name.lowercased() {
            case "unit": unitColumn = index
            case "indicator": indicatorColumn = index
            // A display name beside the id, as planners keep one; the units file names units.
            case "", "name": continue
            default:
                guard case let .success(period) = Period.parse(name.uppercased()) else {
                    throw error(field, "a period such as 2014, 2014-Q2, 2014-06 or 2014-01..2014-06 heading each column after unit and indicator (the wide layout)")
                }
                periods.append((index, period))
            }
        }
        var checks = SeriesChecks()
        var observations: [Observation] = []
        for row in records where row.line > header.line && !CSVTable.isBlank(row) {
            do throws(InputError) {
                if let extra = row.fields.dropFirst(header.fields.count).first(where: { !NumberStyle.isBlank($0.value) }) {
                    throw error(extra, "nothing right of the header's last column (\(InputError.columnName(header.fields.count)))")
                }
                let cell = { (index: Int) in index < row.count ? row[index] : CSVField(value: "", line: row.line, column: index + 1) }
                let unitField = cell(unitColumn), indicatorField = cell(indicatorColumn)
                for (field, column) in [(unitField, "unit"), (indicatorField, "indicator")] where NumberStyle.isBlank(field.value) {
                    throw error(field, "an id in the \(column) column")
                }
                let unit = NumberStyle.trimmed(unitField.value), indicator = NumberStyle.trimmed(indicatorField.value)
                for (column, period) in periods {
                    let field = cell(column)
                    guard !NumberStyle.isBlank(field.value) else { continue }
                    let value: Double
                    switch (field.isNumberCell ? NumberStyle() : numbers).parseRequiredValue(field.value) {
                    case let .success(number): value = number
                    case let .failure(problem): throw error(field, problem.expected)
                    }
                    if let expected = checks.add(SeriesKey(unit: unit, indicator: indicator), period, line: row.line) {
                        throw error(field, expected)
                    }
                    observations.append(Observation(unit: unit, indicator: indicator, period: period, value: value,
                                                    line: row.line, column: field.column, unitColumn: unitField.column))
                }
            } catch {
                try log.record(error)
            }
        }
        return observations
    }
}
