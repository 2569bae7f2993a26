import Forecasting
import InputFiles

extension UnitHistory {
    /// The histories a band projection of `indicator` needs from a dataset,
    /// and the units file's parent map (`BandProjection.run`'s `parents`).
    ///
    /// - Every unit with yearly values of the indicator, in the order it
    ///   first appears in the observations, its parent from the units file
    ///   (nil if the unit is not listed there). In-year values are left out:
    ///   criteria met are counted once a year.
    /// - Then every unit of the units file that has no children, lies under
    ///   the unit of one of `bands` (of this indicator), and has no yearly
    ///   value: with an empty series, so that it is reported as
    ///   `BandUnitError.noHistory` and listed among a band's unprojected
    ///   units instead of silently missing from the count.
    public static func histories(from dataset: Dataset, indicator: String, bands: [BandTarget]) -> (histories: [UnitHistory], parents: [String: String]) {
        var parents: [String: String] = [:]
        for unit in dataset.units { if let parent = unit.parent { parents[unit.id] = parent } }
        var order: [String] = []
        var points: [String: [(time: Int, value: Double)]] = [:]
        for row in dataset.observations where row.indicator == indicator && row.period.granularity == .year {
            if points[row.unit] == nil { order.append(row.unit) }
            points[row.unit, default: []].append(contentsOf: row.value.map { [(row.period.ordinal, $0)] } ?? [])
        }
        var histories = order.map { unit in
            UnitHistory(unit: unit, parent: parents[unit], series: TimeSeries(frequency: 1, observations: points[unit] ?? []))
        }
        let bandUnits = Set(bands.filter { $0.indicator == indicator }.map(\.unit))
        let hasChildren = Set(parents.values)
        for unit in dataset.units where points[unit.id] == nil && !hasChildren.contains(unit.id) {
            var ancestor = unit.parent
            var seen = Set<String>()
            while let id = ancestor, !bandUnits.contains(id), seen.insert(id).inserted { ancestor = parents[id] }
            guard ancestor != nil else { continue }
            histories.append(UnitHistory(unit: unit.id, parent: unit.parent, series: TimeSeries(start: 0, frequency: 1, values: [])))
        }
        return (histories, parents)
    }
}
