import InputFiles

/// A band target of the year (at least `count` units under `unit` with the
/// indicator in [min, max]) against the units that reached it.
///
/// The units counted are the leaves of the units file under the band's
/// unit (its communes), as the band projection counts them. A unit without
/// the year's value is counted as missing, never as outside the band.
public struct BandAchievement: Sendable, Equatable {
    /// The band target.
    public var band: BandTarget
    /// Leaves under the band's unit.
    public var counted: Int
    /// Of those, units whose value of the year lies in [min, max].
    public var reached: Int
    /// Of those, units without a value for the year.
    public var missing: Int
    /// exceeded: more units than the target count; met: exactly; not met:
    /// fewer, even if every missing unit had reached; missing: fewer, but the
    /// missing units could make up the difference.
    public var status: OutcomeStatus

    /// The band's achievement from its counts; the status follows from them.
    public init(band: BandTarget, counted: Int, reached: Int, missing: Int) {
        self.band = band
        self.counted = counted
        self.reached = reached
        self.missing = missing
        if reached > band.count {
            status = .exceeded
        } else if reached == band.count {
            status = .met
        } else {
            status = reached + missing >= band.count ? .missing : .notMet
        }
    }

    /// The band targets of `year`, scored from the year's values.
    static func outcomes(_ dataset: Dataset, year: Int) -> [BandAchievement] {
        var parents: [String: String] = [:]
        for unit in dataset.units { if let parent = unit.parent { parents[unit.id] = parent } }
        let hasChildren = Set(parents.values)
        let leaves = dataset.units.map(\.id).filter { !hasChildren.contains($0) }
        var values: [SeriesKey: [Observation]] = [:]
        for row in dataset.observations { values[SeriesKey(unit: row.unit, indicator: row.indicator), default: []].append(row) }
        func isUnder(_ unit: String, _ ancestor: String) -> Bool {
            var current = parents[unit]
            var seen = Set<String>()
            while let id = current, seen.insert(id).inserted {
                if id == ancestor { return true }
                current = parents[id]
            }
            return false
        }
        var totals: [SeriesKey: Double?] = [:]
        func total(_ key: SeriesKey) -> Double? {
            if let known = totals[key] { return known }
            let value = InYearFlows(values[key] ?? []).total(year)
            totals[key] = value
            return value
        }
        return dataset.bands.filter { $0.period.year == year && $0.period.granularity == .year }.map { band in
            var reached = 0, missing = 0, counted = 0
            for leaf in leaves where isUnder(leaf, band.unit) {
                counted += 1
                guard let value = total(SeriesKey(unit: leaf, indicator: band.indicator)) else {
                    missing += 1
                    continue
                }
                if value >= band.minValue && value <= band.maxValue { reached += 1 }
            }
            return BandAchievement(band: band, counted: counted, reached: reached, missing: missing)
        }
    }
}
