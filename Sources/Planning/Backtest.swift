import Forecasting
import InputFiles
import ParallelWork

/// Rolling-origin evaluation of forecasting models on a panel (see
/// `BacktestPlan` for where the origins fall).
///
/// For each model and each origin, the training data of every series at
/// that origin are fitted in one call of the model's `fit(batch:)`, so a
/// model that shares work across series shares it here too (one batch per
/// origin, never a loop of single fits). Each fitted model forecasts up to
/// H steps past the origin; the steps whose actual value exists are scored
/// (`ScoredPoint`), with the MASE scale of that origin's training data.
///
/// A series whose training data at an origin are empty, or too short for
/// the model (`ModelError.tooFewObservations`), skips that origin; any
/// other error, or a non-finite forecast, is recorded as a failure of that
/// origin. Neither stops the other series or origins.
public enum Backtest {
    /// Backtests each model; `names` label them in the result (default:
    /// each model's own `name`), so a report can say `ses` where the model
    /// calls itself `ets:ANN`.
    public static func run(_ selection: SeriesSelection, models: [AnyForecastingModel], names: [String]? = nil, plan: BacktestPlan) -> BacktestResult {
        WorkProgress.shared.phase("backtesting \(models.count) model\(models.count == 1 ? "" : "s") on \(selection.series.count) series")
        precondition(names == nil || names!.count == models.count, "one name per model")
        let labels = names ?? models.map(\.name)
        return BacktestResult(
            indicator: selection.indicator, granularity: selection.granularity, plan: plan, keys: selection.keys,
            models: zip(models, labels).map { evaluate($0, named: $1, on: selection, plan: plan) })
    }

    /// Per-series tallies while the origins are run.
    private struct Tally {
        var points: [ScoredPoint] = []
        var origins: [Int] = []
        var skipped = 0
        var failures: [(origin: Int, error: ModelError)] = []
        var fittedNames: [String] = []
    }

    static func evaluate(_ model: AnyForecastingModel, named name: String, on selection: SeriesSelection, plan: BacktestPlan) -> ModelBacktest {
        let all = selection.series
        var tallies = Array(repeating: Tally(), count: all.count)
        for k in 0..<plan.origins {
            var members: [Int] = []
            var trainings: [TimeSeries] = []
            for (i, series) in all.enumerated() {
                if let training = plan.training(series, origin: k) {
                    members.append(i)
                    trainings.append(training)
                } else {
                    tallies[i].skipped += 1
                }
            }
            guard !trainings.isEmpty else { continue }
            let fits = model.fit(batch: trainings)
            for (position, fit) in fits.enumerated() {
                let i = members[position]
                let origin = plan.origin(k, end: all[i].end)
                switch score(fit, training: trainings[position], series: all[i], origin: origin, plan: plan) {
                case let .success((name, points)):
                    tallies[i].points += points
                    tallies[i].origins.append(origin)
                    if !tallies[i].fittedNames.contains(name) { tallies[i].fittedNames.append(name) }
                case .failure(.tooFewObservations):
                    tallies[i].skipped += 1
                case let .failure(error):
                    tallies[i].failures.append((origin, error))
                }
            }
        }
        let series = zip(selection.keys, tallies).map { key, tally in
            SeriesBacktest(
                key: key, points: tally.points, origins: tally.origins, skipped: tally.skipped,
                failures: tally.failures, fittedNames: tally.fittedNames, plan: plan)
        }
        return ModelBacktest(model: name, series: series, plan: plan)
    }

    /// Forecasts from one fit far enough to reach origin + H, and scores the
    /// steps 1…H past the origin whose actuals exist.
    static func score(_ fit: Result<any FittedModel, ModelError>, training: TimeSeries, series: TimeSeries, origin: Int, plan: BacktestPlan) -> Result<(String, [ScoredPoint]), ModelError> {
        fit.flatMap { fitted in
            Result { () throws(ModelError) in
                // A training set ending in a gap ends before the origin; forecast across the gap.
                let steps = plan.horizon + (origin - training.end)
                let forecast = try fitted.forecast(horizon: steps, levels: plan.levels)
                guard forecast.levels == plan.levels else {
                    throw ModelError.numerical("the model returned intervals at \(forecast.levels), not the \(plan.levels) asked for")
                }
                let points = forecast.scored(against: series, scale: NaiveScale.scale(of: training), origin: origin)
                    .filter { (1...plan.horizon).contains($0.step) }
                for point in points where !point.forecast.isFinite {
                    throw ModelError.numerical("the point forecast for step \(point.step) is \(point.forecast)")
                }
                for point in points where !(point.lower.allSatisfy(\.isFinite) && point.upper.allSatisfy(\.isFinite)) {
                    throw ModelError.numerical("an interval bound for step \(point.step) is not finite")
                }
                return (fitted.modelName, points)
            }
        }
    }
}
