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
        /// The periods so far and their lines, while each came after the one
        /// before (files are mostly written in order): a new period that
        /// follows the last cannot repeat any, so no search is needed.
        var ordered: [(period: Period, line: Int)] = []
        /// The periods and lines once one came out of order.
        var lines: [Period: Int]?
        /// Spans by year, with their lines.
        var spans: [Int: [(period: Period, line: Int)]] = [:]

        /// The line of an earlier row with `period`, if any.
        mutating func line(of period: Period) -> Int? {
            if lines == nil, let last = ordered.last, !SeriesChecks.precedes(last.period, period) {
                lines = Dictionary(ordered.map { ($0.period, $0.line) }, uniquingKeysWith: { first, _ in first })
                ordered = []
            }
            return lines?[period]
        }

        mutating func record(_ period: Period, line: Int) {
            if lines != nil { lines![period] = line } else { ordered.append((period, line)) }
        }
    }

    /// Series by key; `states[i]` is the series `index[key] == i`.
    private var index: [SeriesKey: Int] = [:]
    private var states: [State] = []
    /// The series of the row before, looked up without hashing when the
    /// next row is of the same series (the usual file, one series after another).
    private var last: (key: SeriesKey, position: Int)?

    /// A strict order in which different periods never tie (`Period`'s own
    /// `<` puts 2014 level with the span 2014-01..2014-12).
    static func precedes(_ a: Period, _ b: Period) -> Bool {
        (a.year, a.firstMonth, a.lastMonth, rank(a)) < (b.year, b.firstMonth, b.lastMonth, rank(b))
    }

    private static func rank(_ period: Period) -> Int {
        switch period {
        case .year: 0
        case .quarter: 1
        case .month: 2
        case .span: 3
        }
    }

    /// Checks the period of a new row; nil when it is fine, else what was expected.
    mutating func add(_ key: SeriesKey, _ period: Period, line: Int) -> String? {
        let position: Int
        if let last, last.key == key {
            position = last.position
        } else {
            if let known = index[key] {
                position = known
            } else {
                position = states.count
                states.append(State())
                index[key] = position
            }
            last = (key, position)
        }
        return Self.add(&states[position], key, period, line: line)
    }

    private static func add(_ state: inout State, _ key: SeriesKey, _ period: Period, line: Int) -> String? {
        var series: String { "\(key.unit), \(key.indicator)" }
        if let first = state.line(of: period) {
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
        state.record(period, line: line)
        return nil
    }
}
