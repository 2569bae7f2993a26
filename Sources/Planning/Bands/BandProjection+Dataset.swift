import Forecasting
import InputFiles
import ParallelWork

extension BandProjection {
    /// Every band target of a dataset, projected: one `BandProjectionResult`
    /// per (indicator, yearly period) of its bands file, in the order they
    /// first appear there. The histories and parents come from
    /// `UnitHistory.histories(from:indicator:bands:)`.
    ///
    /// - Parameters:
    ///   - dataset: the observations, units and bands.
    ///   - lastYear: the last year whose values may be used
    ///     (`review --as-of 2014-06` sees 2013's yearly figures, not 2014's:
    ///     pass 2013); nil uses every year up to each band's period.
    ///   - cap: the largest count (19 criteria).
    ///   - method: nil chooses by backtest.
    ///   - correlation: nil estimates ρ from the data; a value overrides it.
    ///   - seed: the seed of the district-shock simulation.
    ///   - paths: the paths of the district-shock simulation.
    ///
    /// A band whose period is not a year is skipped (criteria are counted
    /// once a year); `skipped` lists those bands.
    public static func run(dataset: Dataset, lastYear: Int? = nil, cap: Int = 19, method: BandMethod? = nil,
                           correlation: Double? = nil, seed: UInt64 = ModelOptions.defaultSeed,
                           paths: Int = 10_000) -> (results: [BandProjectionResult], skipped: [BandTarget]) {
        WorkProgress.shared.phase("counting units in criteria bands")
        var groups: [(indicator: String, year: Int, bands: [BandTarget])] = []
        var skipped: [BandTarget] = []
        for band in dataset.bands {
            guard case let .year(year) = band.period else {
                skipped.append(band)
                continue
            }
            if let g = groups.firstIndex(where: { $0.indicator == band.indicator && $0.year == year }) {
                groups[g].bands.append(band)
            } else {
                groups.append((band.indicator, year, [band]))
            }
        }
        let results = groups.map { group in
            var (histories, parents) = UnitHistory.histories(from: dataset, indicator: group.indicator, bands: group.bands)
            if let lastYear {
                histories = histories.map { history in
                    let (times, values) = history.series.observed
                    let kept = zip(times, values).filter { $0.0 <= lastYear }.map { (time: $0.0, value: $0.1) }
                    return UnitHistory(unit: history.unit, parent: history.parent, series: TimeSeries(frequency: 1, observations: kept))
                }
            }
            return run(histories: histories, targetPeriod: group.year, bands: group.bands, parents: parents, cap: cap,
                       method: method, correlation: correlation, seed: seed, paths: paths)
        }
        return (results, skipped)
    }
}
