import InputFiles

/// The year-end summary of a dataset (`chitieu assess --year Y`): every
/// target of year Y scored against its outcome, in the targets file's order.
/// A target whose outcome is not in the data is kept, as `missing`: a unit
/// that did not report is listed, never dropped from the summary.
public struct YearEndAssessment: Sendable {
    public var year: Int
    public var outcomes: [TargetOutcome]
    /// The band targets of the year, scored from the units' values.
    public var bands: [BandAchievement]
    /// The units with targets, by level, ranked for the emulation review.
    public var standings: [String: [UnitStanding]]

    public init(dataset: Dataset, year: Int) {
        self.year = year
        var rows: [SeriesKey: [Observation]] = [:]
        let wanted = Set(dataset.targets.filter { $0.period.year == year }.map { SeriesKey(unit: $0.unit, indicator: $0.indicator) })
        for row in dataset.observations {
            let key = SeriesKey(unit: row.unit, indicator: row.indicator)
            if wanted.contains(key) { rows[key, default: []].append(row) }
        }
        outcomes = dataset.targets.filter { $0.period.year == year }.map { target in
            let flows = InYearFlows(rows[SeriesKey(unit: target.unit, indicator: target.indicator)] ?? [])
            return TargetOutcome(target: target, outcome: flows.total(year))
        }
        bands = BandAchievement.outcomes(dataset, year: year)
        standings = UnitStanding.standings(outcomes, units: dataset.units)
    }

    /// How many targets stand at each status.
    public var counts: [OutcomeStatus: Int] {
        outcomes.reduce(into: [:]) { $0[$1.status, default: 0] += 1 }
    }
}
