import Forecasting
import InputFiles
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
    public var indicator: String
    public var year: Int
    /// Units in the order they first appear in the observations.
    public var units: [String]
    public var projections: [String: Result<YearProjection, ModelError>]
    /// The in-year method choice, when some unit has in-year flows.
    public var choice: InYearMethodChoice?
    /// Errors of the chosen method's projected median of past years (rows: `choice.years`; columns: `units`; NaN where not projected). MinT's covariance comes from these.
    public var backtestErrors: [[Double]]
    /// The flows of each unit (for the pace table).
    public var flows: [String: InYearFlows]
    /// What `reconcile(units:method:)` did, once called.
    public var reconciliation: ReconciliationOutcome?

    public struct Settings: Sendable {
        public var yearlyModel: AnyForecastingModel
        public var inYearModel: AnyForecastingModel
        public var paths: Int
        public var seed: UInt64
        /// Past years the in-year backtest scores (the latest ones before the target year).
        public var backtestYears: Int

        public init(yearlyModel: AnyForecastingModel, inYearModel: AnyForecastingModel, paths: Int = 2_000,
                    seed: UInt64 = ModelOptions.defaultSeed, backtestYears: Int = 3) {
            self.yearlyModel = yearlyModel
            self.inYearModel = inYearModel
            self.paths = paths
            self.seed = seed
            self.backtestYears = backtestYears
        }
    }

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

        var inYearUnits: [String] = []
        var yearlyUnits: [String] = []
        for unit in order {
            if let total = flows[unit]!.total(year), flows[unit]!.coveredThrough(year) == 12 || flows[unit]!.yearly[year] != nil {
                projections[unit] = .success(YearProjection(
                    unit: unit, draws: [total], observed: total, monthsObserved: 12, method: "observed",
                    calibrated: false, basis: "\(year)"))
            } else if flows[unit]!.hasInYearFlows {
                inYearUnits.append(unit)
            } else {
                yearlyUnits.append(unit)
            }
        }
        projectYearly(yearlyUnits, rows: rows, settings: settings)
        projectInYear(inYearUnits, rows: rows, settings: settings)
    }

    /// A seed per unit, so units' draws are independent before reconciliation and do not depend on run order.
    static func seed(_ settings: Settings, unitIndex: Int) -> UInt64 {
        settings.seed &+ UInt64(unitIndex + 1) &* 0x9E37_79B9_7F4A_7C15
    }

    mutating func projectYearly(_ yearlyUnits: [String], rows: [String: [Observation]], settings: Settings) {
        guard !yearlyUnits.isEmpty else { return }
        var series: [TimeSeries] = []
        for unit in yearlyUnits {
            let flow = flows[unit]!
            series.append(TimeSeries(frequency: 1, observations: flow.yearsWithTotals.filter { $0 < year }.map { ($0, flow.total($0)!) }))
        }
        let fits = settings.yearlyModel.fit(batch: series)
        for (index, unit) in yearlyUnits.enumerated() {
            let s = series[index]
            projections[unit] = fits[index].flatMap { fitted in
                Result { () throws(ModelError) -> YearProjection in
                    let horizon = year - s.end
                    guard horizon >= 1 else { throw ModelError.invalidHorizon(horizon) }
                    let paths = try fitted.samplePaths(horizon: horizon, count: settings.paths,
                                                       seed: Self.seed(settings, unitIndex: self.units.firstIndex(of: unit)!))
                    return YearProjection(unit: unit, draws: paths.step(horizon - 1), observed: nil, monthsObserved: 0,
                                          method: fitted.modelName, calibrated: false,
                                          basis: "\(s.start)..\(s.end), n = \(s.observedCount)")
                }
            }
        }
    }
}
