import Forecasting
import InputFiles

/// The series of one indicator, taken from a dataset's observations and
/// laid out as regular time series for the models.
///
/// A series holds values of one granularity: its yearly values, or its
/// in-year values (quarters or months). Spans of months (`2013-01..2013-06`)
/// are reported flows, not a regular series, and are left to the planning
/// commands that add them up.
public struct SeriesSelection: Sendable {
    public var indicator: String
    public var granularity: Granularity
    /// Units in the order they first appear in the observations file.
    public var keys: [SeriesKey]
    /// `series[i]` belongs to `keys[i]`.
    public var series: [TimeSeries]

    /// Selects the series of `indicator` for `units` (every unit that has the
    /// indicator when nil). The granularity is the one asked for, or else
    /// yearly where the indicator has yearly values, else the finest regular
    /// in-year granularity it has.
    public init(dataset: Dataset, indicator: String, units: [String]? = nil, granularity: Granularity? = nil) throws(PlanningError) {
        let rows = dataset.observations.filter { $0.indicator == indicator }
        guard !rows.isEmpty else {
            var seen = Set<String>()
            let available = dataset.observations.map(\.indicator).filter { seen.insert($0).inserted }
            throw .unknownIndicator(indicator, available: available)
        }
        var unitOrder: [String] = []
        var seenUnits = Set<String>()
        for row in rows where seenUnits.insert(row.unit).inserted { unitOrder.append(row.unit) }

        let chosen = granularity ?? Self.defaultGranularity(of: rows)
        guard let frequency = chosen.periodsPerYear, rows.contains(where: { $0.period.granularity == chosen }) else {
            throw .noSeries(indicator: indicator, granularity: chosen)
        }

        let wanted: [String]
        if let units {
            for unit in units where !seenUnits.contains(unit) {
                throw .unknownUnit(unit, indicator: indicator, available: unitOrder)
            }
            wanted = units
        } else {
            wanted = unitOrder.filter { unit in rows.contains { $0.unit == unit && $0.period.granularity == chosen } }
        }

        var byUnit: [String: [(time: Int, value: Double)]] = [:]
        for row in rows where row.period.granularity == chosen {
            // A missing value is simply absent: the series gets a gap there.
            if let value = row.value { byUnit[row.unit, default: []].append((row.period.ordinal, value)) }
        }
        self.indicator = indicator
        self.granularity = chosen
        self.keys = wanted.map { SeriesKey(unit: $0, indicator: indicator) }
        self.series = wanted.map { TimeSeries(frequency: frequency, observations: byUnit[$0] ?? []) }
    }

    /// Yearly if any yearly value exists, else months, else quarters.
    static func defaultGranularity(of rows: [Observation]) -> Granularity {
        let present = Set(rows.map(\.period.granularity))
        for candidate in [Granularity.year, .month, .quarter] where present.contains(candidate) {
            return candidate
        }
        return .span
    }
}
