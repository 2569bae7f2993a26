import Forecasting
import InputFiles

/// What a rolling-origin backtest found for one series under one model.
public struct SeriesBacktest: Sendable {
    /// The series.
    public var key: SeriesKey
    /// Every scored point, origin by origin (latest origin first), step by step.
    public var points: [ScoredPoint]
    /// The origins whose forecasts were scored (periods, latest first).
    public var origins: [Int]
    /// Origins left out because the training data were too short for the model.
    public var skipped: Int
    /// Origins whose fit or forecast failed for another reason, with the error.
    public var failures: [(origin: Int, error: ModelError)]
    /// The fitted models' exact names (`ets:AAdN`), as they came, without repeats.
    public var fittedNames: [String]
    /// Measures over all points of the series.
    public var measures: AccuracyMeasures
    /// Measures at each horizon, index h − 1 (count 0 where no point was scored).
    public var byHorizon: [AccuracyMeasures]

    init(key: SeriesKey, points: [ScoredPoint], origins: [Int], skipped: Int, failures: [(origin: Int, error: ModelError)], fittedNames: [String], plan: BacktestPlan) {
        self.key = key
        self.points = points
        self.origins = origins
        self.skipped = skipped
        self.failures = failures
        self.fittedNames = fittedNames
        measures = AccuracyMeasures(points: points, levels: plan.levels)
        byHorizon = (1...plan.horizon).map { h in
            AccuracyMeasures(points: points.filter { $0.step == h }, levels: plan.levels)
        }
    }
}

/// What a rolling-origin backtest found for one model over a panel.
///
/// Overall measures average the series' own measures (each series weighs
/// the same, as the M3 competition averages sMAPE over series); per-horizon
/// measures average each series' measure at that horizon over the series
/// scored there. See `AccuracyMeasures.mean(of:levels:)`.
public struct ModelBacktest: Sendable {
    /// The model as it was asked for (`naive`, `ses`, `ets`); the fitted
    /// models' exact names are in each series' `fittedNames`.
    public var model: String
    /// One entry per series of the selection, in its order.
    public var series: [SeriesBacktest]
    /// The measures over every series and horizon (series weighing equally).
    public var overall: AccuracyMeasures
    /// Index h − 1.
    public var byHorizon: [AccuracyMeasures]

    init(model: String, series: [SeriesBacktest], plan: BacktestPlan) {
        self.model = model
        self.series = series
        overall = AccuracyMeasures.mean(of: series.map(\.measures), levels: plan.levels)
        byHorizon = (0..<plan.horizon).map { index in
            AccuracyMeasures.mean(of: series.map { $0.byHorizon[index] }, levels: plan.levels)
        }
    }

    /// (series, origin) pairs whose forecasts were scored.
    public var scoredOrigins: Int { series.reduce(0) { $0 + $1.origins.count } }
    /// (series, origin) pairs left out for too short a training set.
    public var skippedOrigins: Int { series.reduce(0) { $0 + $1.skipped } }
    /// (series, origin) pairs whose fit or forecast failed otherwise.
    public var failedOrigins: Int { series.reduce(0) { $0 + $1.failures.count } }
}

/// A rolling-origin backtest of several models on the series of one indicator.
public struct BacktestResult: Sendable {
    /// The indicator backtested.
    public var indicator: String
    /// The granularity of its series.
    public var granularity: Granularity
    /// Horizon, origins, step and levels.
    public var plan: BacktestPlan
    /// The series, in the selection's order.
    public var keys: [SeriesKey]
    /// One per model, in the order asked.
    public var models: [ModelBacktest]

    /// Messages for the origins that failed other than by being too short,
    /// one line each: `unit/indicator, model m, origin 2010: error`.
    public var failures: [String] {
        models.flatMap { model in
            model.series.flatMap { item in
                item.failures.map { failure in
                    let period = Period(ordinal: failure.origin, granularity: granularity)
                    return "\(item.key), model \(model.model), origin \(period): \(failure.error)"
                }
            }
        }
    }

    /// Whether at least one forecast of one model was scored.
    public var scoredAnything: Bool { models.contains { $0.overall.count > 0 } }
}
