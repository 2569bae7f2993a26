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
    /// The indicator selected.
    public var indicator: String
    /// The granularity asked for, or else the one most units use (for titles).
    public var granularity: Granularity
    /// Units in the order they first appear in the observations file.
    public var keys: [SeriesKey]
    /// `series[i]` belongs to `keys[i]`.
    public var series: [TimeSeries]
    /// `granularities[i]` is the granularity of `series[i]`.
    public var granularities: [Granularity]

    /// Selects the series of `indicator` for `units` (every unit that has the
    /// indicator when nil). The granularity is the one asked for, or else
    /// each unit's own: yearly where the unit has yearly values, else the
    /// finest regular in-year granularity it has (so a panel can mix yearly
    /// provinces with a monthly one).
    public init(dataset: Dataset, indicator: String, units: [String]? = nil, granularity: Granularity? = nil) throws(PlanningError) {
        let rows = dataset.observations.filter { $0.indicator == indicator }
        guard !rows.isEmpty else {
            var seen = Set<String>()
            let available = dataset.observations.map(\.indicator).filter { seen.insert($0).inserted }
            throw .unknownIndicator(indicator, available: available)
        }
        var unitOrder: [String] = []
        var rowsOfUnit: [String: [Observation]] = [:]
        for row in rows {
            if rowsOfUnit[row.unit] == nil { unitOrder.append(row.unit) }
            rowsOfUnit[row.unit, default: []].append(row)
        }
        if let granularity {
            guard granularity.periodsPerYear != nil, rows.contains(where: { $0.period.granularity == granularity }) else {
                throw .noSeries(indicator: indicator, granularity: granularity)
            }
        }
        func chosen(for unit: String) -> Granularity {
            granularity ?? Self.defaultGranularity(of: rowsOfUnit[unit] ?? [])
        }

        let wanted: [String]
        if let units {
            for unit in units where rowsOfUnit[unit] == nil {
                throw .unknownUnit(unit, indicator: indicator, available: unitOrder)
            }
            wanted = units
        } else {
            wanted = unitOrder.filter { unit in
                let g = chosen(for: unit)
                return g.periodsPerYear != nil && rowsOfUnit[unit]!.contains { $0.period.granularity == g }
            }
            guard !wanted.isEmpty else {
                throw .noSeries(indicator: indicator, granularity: granularity ?? Self.defaultGranularity(of: rows))
            }
        }

        var series: [TimeSeries] = []
        var granularities: [Granularity] = []
        for unit in wanted {
            let g = chosen(for: unit)
            // A missing value is simply absent: the series gets a gap there.
            let points = (rowsOfUnit[unit] ?? []).filter { $0.period.granularity == g }.compactMap { row in
                row.value.map { (time: row.period.ordinal, value: $0) }
            }
            series.append(TimeSeries(frequency: g.periodsPerYear ?? 1, observations: points))
            granularities.append(g)
        }
        self.indicator = indicator
        self.granularity = granularity ?? Self.mostCommon(granularities)
        self.keys = wanted.map { SeriesKey(unit: $0, indicator: indicator) }
        self.series = series
        self.granularities = granularities
    }

    /// A selection of series already laid out (e.g. a panel's yearly totals built from its months).
    public init(indicator: String, granularity: Granularity, keys: [SeriesKey], series: [TimeSeries], granularities: [Granularity]) {
        precondition(keys.count == series.count && series.count == granularities.count, "one key and granularity per series")
        self.indicator = indicator
        self.granularity = granularity
        self.keys = keys
        self.series = series
        self.granularities = granularities
    }

    /// Yearly if any yearly value exists, else months, else quarters.
    static func defaultGranularity(of rows: [Observation]) -> Granularity {
        let present = Set(rows.map(\.period.granularity))
        for candidate in [Granularity.year, .month, .quarter] where present.contains(candidate) {
            return candidate
        }
        return .span
    }

    static func mostCommon(_ granularities: [Granularity]) -> Granularity {
        let counts = Dictionary(granularities.map { ($0, 1) }, uniquingKeysWith: +)
        return [Granularity.year, .quarter, .month].max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? .year
    }
}
