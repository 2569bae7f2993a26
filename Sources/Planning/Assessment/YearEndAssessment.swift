import InputFiles

/// The year-end summary of a dataset (`chitieu assess --year Y`): every
/// target of year Y scored against its outcome, in the targets file's order.
/// A target whose outcome is not in the data is kept, as `missing`: a unit
/// that did not report is listed, never dropped from the summary.
public struct YearEndAssessment: Sendable {
    /// The years summarised (`--year 2011..2013`), one or more.
    public var years: ClosedRange<Int>
    /// The last year, for a summary of one.
    public var year: Int { years.upperBound }
    /// Year by year, each in the targets file's order.
    public var outcomes: [TargetOutcome]
    /// The band targets of the years, scored from the units' values.
    public var bands: [BandAchievement]
    /// The units with targets, by level, ranked for the emulation review
    /// over all the years' targets.
    public var standings: [String: [UnitStanding]]

    /// The summary of one year.
    public init(dataset: Dataset, year: Int) {
        self.init(dataset: dataset, years: year...year)
    }

    /// The summary of the years `years`, each target against its own year's outcome.
    public init(dataset: Dataset, years: ClosedRange<Int>) {
        self.years = years
        var rows: [SeriesKey: [Observation]] = [:]
        let chosen = dataset.targets.filter { years.contains($0.period.year) }
        let wanted = Set(chosen.map { SeriesKey(unit: $0.unit, indicator: $0.indicator) })
        for row in dataset.observations {
            let key = SeriesKey(unit: row.unit, indicator: row.indicator)
            if wanted.contains(key) { rows[key, default: []].append(row) }
        }
        var flows: [SeriesKey: InYearFlows] = [:]
        outcomes = years.flatMap { year in
            chosen.filter { $0.period.year == year }.map { target in
                let key = SeriesKey(unit: target.unit, indicator: target.indicator)
                if flows[key] == nil { flows[key] = InYearFlows(rows[key] ?? []) }
                return TargetOutcome(target: target, outcome: flows[key]!.total(year))
            }
        }
        bands = years.flatMap { BandAchievement.outcomes(dataset, year: $0) }
        standings = UnitStanding.standings(outcomes, units: dataset.units)
    }

    /// `2013`, or `2011–2013`.
    public var label: String {
        years.lowerBound == years.upperBound ? String(year) : "\(years.lowerBound)–\(years.upperBound)"
    }

    /// How many targets stand at each status.
    public var counts: [OutcomeStatus: Int] {
        outcomes.reduce(into: [:]) { $0[$1.status, default: 0] += 1 }
    }
}
