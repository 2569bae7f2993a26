/// A regularly spaced series of one indicator for one unit.
///
/// Time is the period itself: `start` is the ordinal of the first period
/// (a year for yearly data, `12·year + month − 1` for monthly data,
/// `4·year + quarter − 1` for quarterly data), and `values[i]` belongs to
/// period `start + i`. A missing period is NaN, so a gap stays a gap: a
/// trend model fits on the periods that were observed, at their own times,
/// instead of sliding later values back by one.
public struct TimeSeries: Sendable, Equatable {
    /// Ordinal of the first period.
    public let start: Int
    /// Periods per year: 1 (years), 4 (quarters) or 12 (months).
    public let frequency: Int
    /// One value per period from `start` on; NaN marks a missing period.
    public let values: [Double]

    /// A series whose leading and trailing missing values are dropped.
    public init(start: Int, frequency: Int, values: [Double]) {
        precondition(frequency >= 1, "frequency must be positive")
        let first = values.firstIndex { !$0.isNaN } ?? values.count
        let last = values.lastIndex { !$0.isNaN } ?? -1
        self.start = start + first
        self.frequency = frequency
        self.values = first <= last ? Array(values[first...last]) : []
    }

    /// A series from (period ordinal, value) pairs in any order; periods not
    /// listed become missing values. Each ordinal must appear at most once.
    public init(frequency: Int, observations: [(time: Int, value: Double)]) {
        guard var lo = observations.first?.time else {
            self.init(start: 0, frequency: frequency, values: [])
            return
        }
        var hi = lo
        for (time, _) in observations {
            lo = min(lo, time)
            hi = max(hi, time)
        }
        var values = Array(repeating: Double.nan, count: hi - lo + 1)
        for (time, value) in observations { values[time - lo] = value }
        self.init(start: lo, frequency: frequency, values: values)
    }

    /// Number of periods from the first to the last observation, gaps included.
    public var count: Int { values.count }

    /// Ordinal of the last period.
    public var end: Int { start + values.count - 1 }

    /// The periods that hold a value, with their values (gaps left out).
    public var observed: (times: [Int], values: [Double]) {
        var times: [Int] = []
        var observed: [Double] = []
        for (i, value) in values.enumerated() where !value.isNaN {
            times.append(start + i)
            observed.append(value)
        }
        return (times, observed)
    }

    /// Number of periods that hold a value.
    public var observedCount: Int { values.reduce(0) { $0 + ($1.isNaN ? 0 : 1) } }
}
