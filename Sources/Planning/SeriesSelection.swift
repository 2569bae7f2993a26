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
        // One pass over the observations, keeping row numbers rather than
        // copies of rows, and hashing a unit's id only where it differs from
        // the row before's: at millions of rows, copying and hashing were
        // most of the time.
        let observations = dataset.observations
        var unitOrder: [String] = []
        var slotOfUnit: [String: Int] = [:]
        var rowsOfSlot: [[Int]] = []
        var granularitiesOfSlot: [GranularitySet] = []
        var granularitiesOfAll = GranularitySet()
        var last: (unit: String, slot: Int)?
        for (row, observation) in observations.enumerated() where observation.indicator == indicator {
            let slot: Int
            if let last, last.unit == observation.unit {
                slot = last.slot
            } else if let known = slotOfUnit[observation.unit] {
                slot = known
            } else {
                slot = unitOrder.count
                slotOfUnit[observation.unit] = slot
                unitOrder.append(observation.unit)
                rowsOfSlot.append([])
                granularitiesOfSlot.append(GranularitySet())
            }
            last = (observation.unit, slot)
            rowsOfSlot[slot].append(row)
            granularitiesOfSlot[slot].insert(observation.period.granularity)
            granularitiesOfAll.insert(observation.period.granularity)
        }
        guard !unitOrder.isEmpty else {
            var seen = Set<String>()
            let available = observations.map(\.indicator).filter { seen.insert($0).inserted }
            throw .unknownIndicator(indicator, available: available)
        }
        if let granularity {
            guard granularity.periodsPerYear != nil, granularitiesOfAll.contains(granularity) else {
                throw .noSeries(indicator: indicator, granularity: granularity)
            }
        }
        func chosen(forSlot slot: Int) -> Granularity {
            granularity ?? granularitiesOfSlot[slot].preferred
        }

        let wanted: [Int]
        if let units {
            wanted = try units.map { unit throws(PlanningError) in
                guard let slot = slotOfUnit[unit] else { throw .unknownUnit(unit, indicator: indicator, available: unitOrder) }
                return slot
            }
        } else {
            wanted = unitOrder.indices.filter { slot in
                let g = chosen(forSlot: slot)
                return g.periodsPerYear != nil && granularitiesOfSlot[slot].contains(g)
            }
            guard !wanted.isEmpty else {
                throw .noSeries(indicator: indicator, granularity: granularity ?? granularitiesOfAll.preferred)
            }
        }

        var series: [TimeSeries] = []
        var granularities: [Granularity] = []
        series.reserveCapacity(wanted.count)
        granularities.reserveCapacity(wanted.count)
        for slot in wanted {
            let g = chosen(forSlot: slot)
            // A missing value is simply absent: the series gets a gap there.
            var points: [(time: Int, value: Double)] = []
            points.reserveCapacity(rowsOfSlot[slot].count)
            for row in rowsOfSlot[slot] {
                let observation = observations[row]
                if observation.period.granularity == g, let value = observation.value {
                    points.append((observation.period.ordinal, value))
                }
            }
            series.append(TimeSeries(frequency: g.periodsPerYear ?? 1, observations: points))
            granularities.append(g)
        }
        self.indicator = indicator
        self.granularity = granularity ?? Self.mostCommon(granularities)
        self.keys = wanted.map { SeriesKey(unit: unitOrder[$0], indicator: indicator) }
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

    static func mostCommon(_ granularities: [Granularity]) -> Granularity {
        let counts = Dictionary(granularities.map { ($0, 1) }, uniquingKeysWith: +)
        return [Granularity.year, .quarter, .month].max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? .year
    }
}

/// Which granularities a unit's rows have, as bits.
struct GranularitySet {
    private var bits: UInt8 = 0

    private static func bit(_ granularity: Granularity) -> UInt8 {
        switch granularity {
        case .year: 1
        case .quarter: 2
        case .month: 4
        case .span: 8
        }
    }

    mutating func insert(_ granularity: Granularity) { bits |= Self.bit(granularity) }
    func contains(_ granularity: Granularity) -> Bool { bits & Self.bit(granularity) != 0 }

    /// Yearly if any yearly value exists, else months, else quarters.
    var preferred: Granularity {
        [Granularity.year, .month, .quarter].first(where: contains) ?? .span
    }
}
