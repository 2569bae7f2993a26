import Forecasting
import InputFiles

/// Everything the mid-year risk review computes, in one pass over a dataset
/// (`chitieu review`, and `attain`, `bands`, `lagging` each show a part):
///
/// 1. the band targets: per-unit count distributions and band outcomes
///    (`BandProjection`), using the years before the as-of year;
/// 2. every target's attainment (`AttainmentRun`), where a target on a banded
///    indicator (a commune's assigned band of criteria) reads its unit's
///    count distribution from step 1;
/// 3. the lagging units (`LaggingAnalysis`).
public struct PlanningReview: Sendable {
    /// Every target's projection and probability.
    public var attainment: AttainmentRun
    /// The band targets' projections, one per (indicator, year) of the bands file.
    public var bands: [BandProjectionResult]
    /// The lagging units, most at risk first.
    public var lagging: [LaggingUnit]
    /// The settings the review ran with.
    public var settings: Settings

    /// How the review runs.
    public struct Settings: Sendable {
        /// The projection and scoring of targets.
        public var attainment: AttainmentRun.Settings
        /// The seed of the bands' simulation.
        public var seed: UInt64
        /// Sample paths of the bands' district-shock simulation.
        public var bandPaths: Int

        /// The default seed and 10,000 band paths unless given.
        public init(attainment: AttainmentRun.Settings, seed: UInt64 = ModelOptions.defaultSeed, bandPaths: Int = 10_000) {
            self.attainment = attainment
            self.seed = seed
            self.bandPaths = bandPaths
        }
    }

    /// Runs the review of `dataset`.
    ///
    /// - Parameters:
    ///   - dataset: the observations, units, targets and bands.
    ///   - settings: how targets are projected and scored, and the bands' simulation.
    ///   - targets: score the targets file's targets and find the
    ///     lagging units (false: the bands alone, for `chitieu bands`, which
    ///     then fits no model of the other indicators).
    public init(dataset: Dataset, settings: Settings, targets: Bool = true) {
        self.settings = settings
        let asOf = settings.attainment.asOf
        // Criteria are counted once a year: at any point of year Y the last count is Y − 1's.
        let lastYear = asOf.map { $0.granularity == .year ? $0.year : $0.year - 1 }
        bands = BandProjection.run(dataset: dataset, lastYear: lastYear, seed: settings.seed, paths: settings.bandPaths).results

        var counts: [IndicatorYear: [String: (value: PredictiveValue, method: String, basis: String)]] = [:]
        for result in bands {
            guard let band = result.bands.first?.band else { continue }
            let key = IndicatorYear(indicator: band.indicator, year: band.period.year)
            for unit in result.projections {
                counts[key, default: [:]][unit.unit] = (
                    .counts(unit.distribution.probabilities), result.method.chosen.rawValue,
                    "\(unit.lastPeriod): \(unit.lastValue)")
            }
        }
        var scored = dataset
        if !targets { scored.targets = [] }
        attainment = AttainmentRun(dataset: scored, settings: settings.attainment, counts: counts)
        let observations = asOf.map { cut in dataset.observations.filter { $0.isKnown(asOf: cut) } } ?? dataset.observations
        lagging = LaggingAnalysis.run(attainment: attainment, observations: observations, units: dataset.units,
                                      banded: Set(counts.keys), thresholds: settings.attainment.thresholds)
    }
}
