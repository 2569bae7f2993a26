import Forecasting

/// One unit's yearly record of a bounded count (criteria met out of 19),
/// with the district it belongs to: the input of `BandProjection`.
public struct UnitHistory: Sendable, Equatable {
    /// The unit's id (a commune).
    public var unit: String
    /// Its parent's id (a district): communes of one district share a
    /// district effect in `PooledTransitionModel` and a shock in
    /// `DistrictShockSimulation`. nil: a unit of its own, with neither.
    public var parent: String?
    /// Yearly values (frequency 1, ordinals = years); gaps are NaN.
    public var series: TimeSeries

    /// A history from its parts.
    public init(unit: String, parent: String?, series: TimeSeries) {
        self.unit = unit
        self.parent = parent
        self.series = series
    }
}

/// Why one unit has no projection; the other units are projected all the same.
public enum BandUnitError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The unit has no observed value up to the target period.
    case noHistory(unit: String)
    /// A value lies outside 0…cap (criteria met out of 19 cannot be 20 or −1).
    case valueOutOfRange(unit: String, period: Int, value: Double, cap: Int)
    /// The chosen method could not give this unit a distribution (e.g. no
    /// unit of the panel has two years to learn a change from).
    case notProjected(unit: String, reason: String)

    /// The unit the error is about.
    public var unit: String {
        switch self {
        case let .noHistory(unit), let .valueOutOfRange(unit, _, _, _), let .notProjected(unit, _): unit
        }
    }

    public var description: String {
        switch self {
        case let .noHistory(unit):
            return "\(unit): no observed value up to the target period, so no projection"
        case let .valueOutOfRange(unit, period, value, cap):
            return "\(unit): the value \(value) of \(period) lies outside 0…\(cap)"
        case let .notProjected(unit, reason):
            return "\(unit): not projected: \(reason)"
        }
    }
}

/// A unit's counts as whole numbers up to the target: the form both
/// methods fit. Values are rounded to the nearest whole number (a count
/// written `11.0`); values after the target are left out, and a value
/// observed in the target period itself is the outcome (a horizon of 0:
/// both methods give it all the mass), its change still learnt from.
struct CountHistory: Sendable {
    var unit: String
    var parent: String?
    /// Observed years, increasing, up to the target.
    var times: [Int]
    var levels: [Int]

    var lastTime: Int { times[times.count - 1] }
    var lastLevel: Int { levels[levels.count - 1] }

    /// The unit's one-year changes (t − 1 → t, both observed): (from level, change, year t).
    var steps: [(from: Int, change: Int, time: Int)] {
        guard times.count >= 2 else { return [] }
        var steps: [(from: Int, change: Int, time: Int)] = []
        for i in 1..<times.count where times[i] - times[i - 1] == 1 {
            steps.append((from: levels[i - 1], change: levels[i] - levels[i - 1], time: times[i]))
        }
        return steps
    }

    /// The history with its last point removed (the backtest's training data), or nil with one point.
    var withoutLast: CountHistory? {
        guard times.count >= 2 else { return nil }
        return CountHistory(unit: unit, parent: parent, times: Array(times.dropLast()), levels: Array(levels.dropLast()))
    }

    static func make(_ history: UnitHistory, target: Int, cap: Int) -> Result<CountHistory, BandUnitError> {
        let (times, values) = history.series.observed
        var keptTimes: [Int] = []
        var keptLevels: [Int] = []
        for (time, value) in zip(times, values) where time <= target {
            guard value.isFinite, value >= -0.5, value <= Double(cap) + 0.5 else {
                return .failure(.valueOutOfRange(unit: history.unit, period: time, value: value, cap: cap))
            }
            keptTimes.append(time)
            keptLevels.append(min(cap, max(0, Int(value.rounded()))))
        }
        guard !keptTimes.isEmpty else { return .failure(.noHistory(unit: history.unit)) }
        return .success(CountHistory(unit: history.unit, parent: history.parent, times: keptTimes, levels: keptLevels))
    }
}
