/// What one indicator of a dataset holds: which units report it, at which
/// granularities, over which periods, and how many values are missing.
public struct IndicatorSummary: Sendable, Equatable {
    /// The indicator's id.
    public var indicator: String
    /// Units with at least one row of the indicator.
    public var units: Int
    /// The granularities its rows use, in the order year, quarter, month, span.
    public var granularities: [Granularity]
    /// The earliest period of its rows.
    public var first: Period
    /// The latest period of its rows.
    public var last: Period
    /// Rows with a value.
    public var values: Int
    /// Rows left empty.
    public var missing: Int
}

extension Dataset {
    /// One summary per indicator, in the order the observations first name them.
    public var indicatorSummaries: [IndicatorSummary] {
        var order: [String] = []
        var summaries: [String: IndicatorSummary] = [:]
        var units: [String: Set<String>] = [:]
        for row in observations {
            units[row.indicator, default: []].insert(row.unit)
            if var summary = summaries[row.indicator] {
                if !summary.granularities.contains(row.period.granularity) { summary.granularities.append(row.period.granularity) }
                summary.first = min(summary.first, row.period)
                summary.last = max(summary.last, row.period)
                if row.value == nil { summary.missing += 1 } else { summary.values += 1 }
                summaries[row.indicator] = summary
            } else {
                order.append(row.indicator)
                summaries[row.indicator] = IndicatorSummary(
                    indicator: row.indicator, units: 0, granularities: [row.period.granularity], first: row.period,
                    last: row.period, values: row.value == nil ? 0 : 1, missing: row.value == nil ? 1 : 0)
            }
        }
        return order.map { id in
            var summary = summaries[id]!
            summary.units = units[id]!.count
            summary.granularities.sort { Granularity.allCases.firstIndex(of: $0)! < Granularity.allCases.firstIndex(of: $1)! }
            return summary
        }
    }

    /// Units of the units file per level, in the order the levels first appear.
    public var unitLevels: [(level: String, count: Int)] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for unit in units {
            if counts[unit.level] == nil { order.append(unit.level) }
            counts[unit.level, default: 0] += 1
        }
        return order.map { ($0, counts[$0]!) }
    }
}
