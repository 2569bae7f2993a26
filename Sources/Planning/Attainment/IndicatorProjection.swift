import Forecasting
import InputFiles
import ParallelWork
import Probability

/// Projects a target year's value of one indicator for every unit that
/// reports it, as draws, so that targets can be scored by probability.
///
/// - A unit with in-year flows (months, quarters or spans) is projected as
///   January–as-of observed plus the rest of the year, by the in-year
///   method the indicator's backtest chose (`InYearMethodChoice`): a model
///   on the months and its sample paths to December, or the year-to-date
///   share (`YearToDateShare`).
/// - A unit with yearly values only is projected by the yearly model's
///   sample paths to the target year.
/// - A year already complete in the data is its observed value.
///
/// Observations must already be cut at the as-of period: what the planner
/// knew then is all the projection sees.
public struct IndicatorProjection: Sendable {
    /// The indicator projected.
    public var indicator: String
    /// The target year.
    public var year: Int
    /// Units in the order they first appear in the observations.
    public var units: [String]
    /// Each unit's projection of the year, or why there is none.
    public var projections: [String: Result<YearProjection, ModelError>]
    /// The in-year method choice, when some unit has in-year flows.
    public var choice: InYearMethodChoice?
    /// Errors of the chosen method's projected median of past years (rows: `choice.years`; columns: `units`; NaN where not projected). MinT's covariance comes from these.
    public var backtestErrors: [[Double]]
    /// The flows of each unit (for the pace table).
    public var flows: [String: InYearFlows]
    /// The calibrations applied (yearly panel, in-year panel), to report what they achieve.
    public var calibrationSummaries: [CalibrationSummary]
    /// What `reconcile(units:method:)` did, once called.
    public var reconciliation: ReconciliationOutcome?

    /// Models, paths and calibration of a projection.
    public struct Settings: Sendable {
        /// The model of whole years (units with yearly values only), and of whole-year totals.
        public var yearlyModel: AnyForecastingModel
        /// The model of the months (or quarters) carried to December.
        public var inYearModel: AnyForecastingModel
        /// Sample paths per unit.
        public var paths: Int
        /// The run's seed; each unit's draws come from it and the unit's id (`UnitSeed`).
        public var seed: UInt64
        /// Past years the in-year backtest scores (the latest ones before the target year).
        public var backtestYears: Int
        /// Calibrate the models' paths across the indicator's units where the
        /// panel is large enough (`PanelCalibration`); false: the models' nominal paths.
        public var calibrate: Bool
        /// The most units the in-year backtest scores the methods on: a larger
        /// panel is sampled evenly (every k-th unit), and the chosen method's
        /// errors are then computed for every unit (MinT needs them all).
        public var backtestUnits: Int

        /// 2,000 paths, the default seed, 3 backtest years on at most 100 units, and calibration, unless given.
        public init(yearlyModel: AnyForecastingModel, inYearModel: AnyForecastingModel, paths: Int = 2_000,
                    seed: UInt64 = ModelOptions.defaultSeed, backtestYears: Int = 3, calibrate: Bool = true,
                    backtestUnits: Int = 100) {
            self.yearlyModel = yearlyModel
            self.inYearModel = inYearModel
            self.paths = paths
            self.seed = seed
            self.backtestYears = backtestYears
            self.calibrate = calibrate
            self.backtestUnits = backtestUnits
        }
    }

    /// Projects `year` for every unit of `indicator` in `observations` (already cut at the as-of period).
    public init(indicator: String, year: Int, observations: [Observation], settings: Settings) {
        var order: [String] = []
        var rows: [String: [Observation]] = [:]
        for row in observations where row.indicator == indicator {
            if rows[row.unit] == nil { order.append(row.unit) }
            rows[row.unit, default: []].append(row)
        }
        self.indicator = indicator
        self.year = year
        units = order
        flows = rows.mapValues(InYearFlows.init)
        projections = [:]
        choice = nil
        backtestErrors = []
        reconciliation = nil
        calibrationSummaries = []

        var inYearUnits: [String] = []
        var yearlyUnits: [String] = []
        for unit in order {
            if let total = flows[unit]!.total(year), flows[unit]!.coveredThrough(year) == 12 || flows[unit]!.yearly[year] != nil {
                projections[unit] = .success(YearProjection(
                    unit: unit, draws: [total], observed: total, monthsObserved: 12, method: "observed",
                    calibrated: false, basis: "\(year)"))
            } else if flows[unit]!.hasInYearFlows,
                      flows[unit]!.coveredThrough(year) >= 1 || Self.regularSeries(rows[unit]!) != nil {
                // Part of the year observed, or months a model can run on to December; a unit with
                // spans only and nothing of this year yet is projected from its whole years.
                inYearUnits.append(unit)
            } else {
                yearlyUnits.append(unit)
            }
        }
        WorkProgress.shared.phase("projecting \(indicator) \(year) for \(order.count) units")
        projectYearly(yearlyUnits, rows: rows, settings: settings)
        projectInYear(inYearUnits, rows: rows, settings: settings)
        // A draw that is not a finite number would make every probability of
        // the unit, and the sum of its parent, meaningless: the unit fails
        // alone. An indicator never observed below 0 (revenue, investment)
        // has no draw below 0: the distribution truncated there.
        let nonNegative = observations.isNonNegative(indicator)
        for (unit, result) in projections {
            guard case var .success(projection) = result else { continue }
            if !projection.draws.allSatisfy(\.isFinite) {
                projections[unit] = .failure(.numerical("the projection of \(year) is not a finite number (\(projection.method) grows beyond the largest value a Double holds)"))
            } else if nonNegative, projection.draws.contains(where: { $0 < 0 }) {
                projection.draws = projection.draws.map { max(0, $0) }
                projections[unit] = .success(projection)
            }
        }
    }

    /// A seed per unit, so units' draws are independent before reconciliation
    /// and depend neither on run order nor on the order of rows (`UnitSeed`).
    static func seed(_ settings: Settings, unit: String) -> UInt64 {
        UnitSeed.seed(settings.seed, unit: unit)
    }

    /// A fitted model's sample paths: calibrated across the panel when a
    /// calibration applies, else the model's own.
    static func paths(_ fitted: any FittedModel, horizon: Int, count: Int, seed: UInt64,
                      calibration: PanelCalibration?, observations: Int) throws(ModelError) -> SamplePaths {
        guard let calibration else { return try fitted.samplePaths(horizon: horizon, count: count, seed: seed) }
        let forecast = try fitted.forecast(horizon: horizon, levels: [80, calibration.standardizingLevel])
        guard calibration.applies(to: forecast) else { return try fitted.samplePaths(horizon: horizon, count: count, seed: seed) }
        var generator = SeededGenerator(seed: seed)
        return calibration.samplePaths(around: forecast, count: count, generator: &generator, observations: observations)
    }

    /// A unit's whole-year totals before `year`, as a yearly series (the
    /// yearly model's input, here and in the in-year backtest).
    func wholeYears(_ unit: String, before year: Int) -> TimeSeries {
        let flow = flows[unit]!
        return TimeSeries(frequency: 1, observations: flow.yearsWithTotals.filter { $0 < year }.map { ($0, flow.total($0)!) })
    }

    mutating func projectYearly(_ yearlyUnits: [String], rows: [String: [Observation]], settings: Settings) {
        guard !yearlyUnits.isEmpty else { return }
        var series: [TimeSeries] = []
        for unit in yearlyUnits { series.append(wholeYears(unit, before: year)) }
        let fits = settings.yearlyModel.fit(batch: series)
        let horizons = series.map { year - $0.end }
        let calibration = settings.calibrate && !series.isEmpty
            ? PanelCalibration.estimate(
                SeriesSelection(indicator: indicator, granularity: .year, keys: yearlyUnits.map { SeriesKey(unit: $0, indicator: indicator) },
                                series: series, granularities: series.map { _ in .year }),
                model: settings.yearlyModel, horizon: max(1, horizons.max() ?? 1))
            : nil
        if let calibration { calibrationSummaries.append(calibration.summary) }
        for (index, unit) in yearlyUnits.enumerated() {
            let s = series[index]
            let horizon = horizons[index]
            projections[unit] = fits[index].flatMap { fitted in
                Result { () throws(ModelError) -> YearProjection in
                    guard horizon >= 1 else { throw ModelError.invalidHorizon(horizon) }
                    let seed = Self.seed(settings, unit: unit)
                    let paths = try Self.paths(fitted, horizon: horizon, count: settings.paths, seed: seed, calibration: calibration,
                                               observations: s.observedCount)
                    return YearProjection(unit: unit, draws: paths.step(horizon - 1), observed: nil, monthsObserved: 0,
                                          method: fitted.modelName, calibrated: calibration != nil,
                                          basis: "\(s.start)–\(s.end), n = \(s.observedCount)")
                }
            }
        }
    }
}
