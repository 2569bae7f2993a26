/// A series of the observations file: one unit's values of one indicator.
struct SeriesKey: Hashable {
    var unit: String
    var indicator: String
}

/// The rules a series' periods keep, checked row by row in file order so
/// that each error lands on the later of two rows that disagree and names
/// the earlier one:
///
/// - one row per (unit, indicator, period);
/// - one in-year granularity per series: its quarters, months or spans, not
///   a mix (yearly values may sit beside any of them, since a year's total
///   and its months are both what provinces report);
/// - spans of one series that do not overlap (sharing a month would count
///   the month twice).
struct SeriesChecks {
    private struct State {
        /// The first in-year period of the series and its line.
        var inYear: (period: Period, line: Int)?
        var lines: [Period: Int] = [:]
        /// Spans by year, with their lines.
        var spans: [Int: [(period: Period, line: Int)]] = [:]
    }

    private var states: [SeriesKey: State] = [:]

    /// Checks the period of a new row; nil when it is fine, else what was expected.
    mutating func add(_ key: SeriesKey, _ period: Period, line: Int) -> String? {
        // One hash of the key; the state is changed in place.
        Self.add(&states[key, default: State()], key, period, line: line)
    }

    private static func add(_ state: inout State, _ key: SeriesKey, _ period: Period, line: Int) -> String? {
        var series: String { "\(key.unit), \(key.indicator)" }
        if let first = state.lines[period] {
            return "one row per unit, indicator and period (\(series), \(period) is already on line \(first))"
        }
        if period.granularity != .year {
            if let inYear = state.inYear, inYear.period.granularity != period.granularity {
                let wanted = inYear.period.granularity
                return "a \(wanted) like the other in-year periods of \(series) "
                    + "(line \(inYear.line) has \(inYear.period)); a series has one in-year granularity"
            }
            if state.inYear == nil { state.inYear = (period, line) }
        }
        if case .span = period {
            for earlier in state.spans[period.year, default: []]
            where earlier.period.firstMonth <= period.lastMonth && period.firstMonth <= earlier.period.lastMonth {
                return "spans of \(series) that do not overlap (line \(earlier.line) has \(earlier.period))"
            }
            state.spans[period.year, default: []].append((period, line))
        }
        // Recorded only once the period passed every check, so a rejected
        // row is never named as the first of anything.
        state.lines[period] = line
        return nil
    }
}
