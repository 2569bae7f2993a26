/// The ids a targets or bands file may name: what the observations and the
/// units file hold. A target for a unit or indicator that appears nowhere
/// else is a typo, not a target to drop quietly or score as "0 units".
struct KnownIDs {
    /// Indicators with at least one observation.
    var indicators: Set<String>
    /// Indicators with at least one yearly observation: what band targets can count.
    var yearly: Set<String>
    /// Units of the units file; nil without one (then any unit is accepted).
    var units: Set<String>?
    /// Units of the units file that are some unit's parent.
    var parents: Set<String>

    /// The observations file ended in an error (gathering every problem):
    /// its indicators are not known, and targets are not checked against them,
    /// which would add a problem per target to the one that matters.
    var observationsUnread = false

    init(observations: [Observation], units: [ReportingUnit]?, observationsUnread: Bool = false) {
        self.observationsUnread = observationsUnread
        // One pass, hashing an indicator only where it differs from the
        // row before: a file of millions of rows has a handful of indicators,
        // and copying the rows to filter them cost more than reading them.
        var indicators = Set<String>(), yearly = Set<String>()
        var last: String?, lastYearly: String?
        for observation in observations {
            if observation.indicator != last {
                indicators.insert(observation.indicator)
                last = observation.indicator
            }
            if observation.period.granularity == .year, observation.indicator != lastYearly {
                yearly.insert(observation.indicator)
                lastYearly = observation.indicator
            }
        }
        self.indicators = indicators
        self.yearly = yearly
        self.units = units.map { Set($0.map(\.id)) }
        parents = Set((units ?? []).compactMap(\.parent))
    }

    func indicator(_ table: CSVTable, _ row: CSVRecord, _ column: Int) throws(InputError) -> String {
        let id = try table.id(row, column)
        guard indicators.contains(id) || observationsUnread else {
            throw table.error(at: row[column], expected: "an indicator of the observations file (\(Self.sample(indicators)))")
        }
        return id
    }

    /// The indicator of a band target: one counted once a year, so it must
    /// have yearly values (a band on monthly revenue would count 0 units).
    func countedIndicator(_ table: CSVTable, _ row: CSVRecord, _ column: Int) throws(InputError) -> String {
        let id = try indicator(table, row, column)
        guard yearly.contains(id) || observationsUnread else {
            throw table.error(at: row[column], expected: "an indicator with yearly values to count (\(id) has none; yearly: \(Self.sample(yearly)))")
        }
        return id
    }

    func unit(_ table: CSVTable, _ row: CSVRecord, _ column: Int) throws(InputError) -> String {
        let id = try table.id(row, column)
        if let units, !units.contains(id) {
            throw table.error(at: row[column], expected: "a unit of the units file")
        }
        return id
    }

    /// The unit of a band target: one whose children are counted, so the
    /// units file must list it as a parent.
    func parent(_ table: CSVTable, _ row: CSVRecord, _ column: Int) throws(InputError) -> String {
        let id = try table.id(row, column)
        guard units != nil else {
            throw table.error(at: row[column], expected: "a unit of a units file (band targets count a unit's children; name the file with --units)")
        }
        guard parents.contains(id) else {
            throw table.error(at: row[column], expected: "a unit of the units file that has child units to count")
        }
        return id
    }

    /// A few ids for a message, sorted.
    static func sample(_ ids: Set<String>) -> String {
        let sorted = ids.sorted()
        return sorted.prefix(5).joined(separator: ", ") + (sorted.count > 5 ? ", …" : "")
    }
}

extension Dataset {
    /// With a units file, every unit of the observations must be in it: a
    /// typo (`c1` for `c01`) would otherwise make a unit outside the tree,
    /// left out of its district's totals and band counts unannounced. Each
    /// unknown unit is reported once, at its first row.
    static func checkObservedUnits(_ observations: [Observation], units: [ReportingUnit], file: String, sheet: String?,
                                   unitsFile: String, log: inout ProblemLog) throws(InputError) {
        let known = Set(units.map(\.id))
        var reported: Set<String> = []
        for row in observations where !known.contains(row.unit) && !reported.contains(row.unit) {
            reported.insert(row.unit)
            try log.record(InputError(file: file, sheet: sheet, line: row.line, column: max(1, row.unitColumn),
                                      expected: "a unit of the units file \(unitsFile)",
                                      found: InputError.quoted(row.unit)))
        }
    }

    /// The yearly values of an indicator that band targets count (criteria
    /// met of 19) must be whole numbers from 0 to the highest `max_value` of
    /// its bands: a commune at 25 of 19, −1 or 7.5 would otherwise drop out
    /// of the count unannounced.
    static func checkBandedCounts(_ observations: [Observation], bands: [BandTarget], file: String, sheet: String?,
                                  log: inout ProblemLog) throws(InputError) {
        var cap: [String: Double] = [:]
        for band in bands { cap[band.indicator] = max(cap[band.indicator] ?? 0, band.maxValue) }
        guard !cap.isEmpty else { return }
        for row in observations where row.period.granularity == .year {
            guard let top = cap[row.indicator], let value = row.value else { continue }
            guard value >= 0, value <= top, value == value.rounded() else {
                let shown = written(top)
                try log.record(InputError(file: file, sheet: sheet, line: row.line, column: row.column,
                                          expected: "a count from 0 to \(shown) (\(row.indicator) is counted by band targets)",
                                          found: "\"\(written(value))\""))
                continue
            }
        }
    }

    /// `25`, `7.5`: a value as a person would have typed it.
    static func written(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

extension Dataset {
    /// Whether every observed value of `indicator` is at least 0: revenue,
    /// investment and counts, whose forecasts and intervals should not go
    /// below 0 either.
    public func isNonNegative(_ indicator: String) -> Bool {
        observations.isNonNegative(indicator)
    }

    /// The problem with `--cap C` when an observation of `indicator` lies
    /// above it: a ceiling the data already pass would clamp every forecast
    /// to C unannounced.
    public func problem(ofCap cap: Double, indicator: String) -> InputError? {
        guard let row = observations.first(where: { $0.indicator == indicator && ($0.value ?? -.infinity) > cap }) else { return nil }
        return InputError(file: observationsFile, sheet: observationsSheet, line: row.line, column: row.column,
                          expected: "a value at most the --cap \(Self.written(cap)) of \(indicator) (or a higher --cap)",
                          found: "\"\(Self.written(row.value!))\"")
    }
}

extension Sequence<Observation> {
    /// Whether every observed value of `indicator` is at least 0 (see
    /// `Dataset.isNonNegative`); one rule for forecasts and year projections.
    package func isNonNegative(_ indicator: String) -> Bool {
        allSatisfy { $0.indicator != indicator || ($0.value ?? 0) >= 0 }
    }
}
