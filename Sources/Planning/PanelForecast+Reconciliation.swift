import Forecasting
import InputFiles
import LinearAlgebra

extension PanelForecast {
    /// The forecasts of a unit tree made to add up (`forecast --reconcile`):
    /// each unit's sample paths (`FittedModel.samplePaths`) are reconciled
    /// path by path (`Reconciler`), the point forecast becomes the reconciled
    /// base forecast S G ŷ and each interval the quantiles of the reconciled
    /// paths, so every parent's forecast is the sum of its children's.
    ///
    /// MinT's W comes from one-step errors of rolling origins (the last
    /// `origins` periods; `Backtest` with horizon 1), aligned by period.
    /// Only units whose forecasts start in the same period take part; the
    /// others keep their own. When MinT cannot be estimated, bottom-up is
    /// used and the outcome says so.
    public static func reconciled(_ forecasts: [SeriesForecast], selection: SeriesSelection, model: AnyForecastingModel,
                                  units: [ReportingUnit], method: ReconciliationMethod, paths: Int = 2_000,
                                  seed: UInt64 = ModelOptions.defaultSeed, origins: Int = 8) -> (forecasts: [SeriesForecast], outcome: ReconciliationOutcome?) {
        guard method != ReconciliationMethod.none else { return (forecasts, nil) }
        // The most common forecast start among the fitted units; the rest are left as they are.
        let starts = forecasts.compactMap { try? $0.outcome.get().forecast.start }
        guard let start = Dictionary(starts.map { ($0, 1) }, uniquingKeysWith: +).max(by: { $0.value < $1.value })?.key else { return (forecasts, nil) }
        var index: [String: Int] = [:]
        for (i, f) in forecasts.enumerated() where (try? f.outcome.get().forecast.start) == start { index[f.key.unit] = i }
        let failed = forecasts.filter { (try? $0.outcome.get()) == nil }.map(\.key.unit)
        func noting(_ outcome: ReconciliationOutcome?) -> ReconciliationOutcome? {
            ReconciliationOutcome.noting(failed: failed, units: units, fitted: Set(index.keys), in: outcome, method: method)
        }
        guard let hierarchy = try? UnitHierarchy(units: units, seriesIDs: Set(index.keys)) else { return (forecasts, noting(nil)) }

        var base: [SamplePaths] = []
        for node in hierarchy.nodes {
            guard case let .success(fitted) = forecasts[index[node]!].outcome,
                  let drawn = try? fitted.model.samplePaths(horizon: fitted.forecast.horizon, count: paths,
                                                            seed: UnitSeed.seed(seed, unit: node))
            else { return (forecasts, nil) }
            base.append(drawn)
        }
        let (reconciledPaths, reconciler, outcome) = Reconciler.reconcile(paths: base, hierarchy: hierarchy, method: method) {
            () throws(ReconciliationError) -> Matrix in
            let plan = BacktestPlan(horizon: 1, origins: origins)
            let backtest = Backtest.run(selection, models: [model], plan: plan).models[0]
            var residuals: [String: TimeSeries] = [:]
            for series in backtest.series {
                let frequency = selection.series[selection.keys.firstIndex(of: series.key)!].frequency
                residuals[series.key.unit] = TimeSeries(frequency: frequency, observations: series.points.map { ($0.time, $0.error) })
            }
            return try hierarchy.residualMatrix(residuals)
        }
        guard let reconciledPaths, let reconciler else { return (forecasts, noting(outcome)) }
        // The point forecast is the reconciled base forecast; the intervals the reconciled paths' quantiles.
        let means = reconciler.reconcile(steps: hierarchy.nodes.map { try! forecasts[index[$0]!].outcome.get().forecast.mean })
        var result = forecasts
        for (n, node) in hierarchy.nodes.enumerated() {
            guard case var .success(fitted) = result[index[node]!].outcome else { continue }
            var forecast = fitted.forecast
            forecast.mean = means[n]
            for (l, level) in forecast.levels.enumerated() {
                for h in 0..<forecast.horizon {
                    let value = PredictiveValue.sample(reconciledPaths[n].step(h))
                    forecast.lower[l][h] = value.quantile(0.5 - level / 200)
                    forecast.upper[l][h] = value.quantile(0.5 + level / 200)
                }
            }
            fitted.forecast = forecast
            result[index[node]!].outcome = .success(fitted)
        }
        return (result, noting(outcome))
    }
}
