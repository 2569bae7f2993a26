import Testing
import Forecasting

/// The foundation's models, which the shared R fixtures cover; each later
/// family (ETS, ARIMA, theta, …) runs the same checks from its own tests.
let foundationModelNames = ["mean", "naive", "drift", "linear", "loglinear", "quadratic"]

/// The foundation's models, by name.
let modelsByName: [String: any ForecastingModel] = [
    "mean": MeanForecast(), "naive": NaiveForecast(), "drift": RandomWalkWithDrift(),
    "linear": LinearTrend(), "quadratic": QuadraticTrend(), "loglinear": LogLinearTrend(),
]

/// The checks every model must pass, written once over `some ForecastingModel`:
///
/// - fit-then-forecast equals the one-shot `forecast(_:horizon:levels:)`;
/// - the forecast and fitted model carry the model's exact name, and the
///   forecast starts the period after the series ends;
/// - each 80% interval lies inside the 95% one, around the point forecast;
/// - horizon 0 and levels 0 and 100 are rejected;
/// - sample paths are seeded (same seed, same paths) and their step-h
///   interval bounds sit at their probabilities among the paths (for
///   multiplicative-error ETS, the bounds of its simulated interval);
/// - `fit(batch:)` of several series (some sharing their periods, some that
///   cannot be fitted) equals single fits to 1e-12, error for error.
///
/// `series` must all be fittable by the model; `extra` may hold series that are not.
func checkConformance(of model: some ForecastingModel, on series: [TimeSeries], extra: [TimeSeries]) throws {
    for s in series {
        let fitted = try model.fit(s)
        let twoStep = try fitted.forecast(horizon: 6, levels: [80, 95])
        let oneShot = try model.forecast(s, horizon: 6, levels: [80, 95])
        #expect(twoStep == oneShot, "\(model.name): fit-then-forecast differs from one-shot")
        #expect(twoStep.model == model.name && fitted.modelName == model.name)
        #expect(twoStep.start == s.end + 1 && twoStep.frequency == s.frequency && twoStep.horizon == 6)
        for h in 0..<6 {
            #expect(twoStep.lower[1][h] <= twoStep.lower[0][h] && twoStep.lower[0][h] <= twoStep.mean[h])
            #expect(twoStep.mean[h] <= twoStep.upper[0][h] && twoStep.upper[0][h] <= twoStep.upper[1][h])
        }
        #expect(throws: ModelError.invalidHorizon(0)) { try fitted.forecast(horizon: 0, levels: [80]) }
        #expect(throws: ModelError.invalidLevel(100)) { try fitted.forecast(horizon: 3, levels: [80, 100]) }
        #expect(throws: ModelError.invalidLevel(0)) { try model.forecast(s, horizon: 3, levels: [0]) }
        try checkSamplePaths(of: fitted, forecast: twoStep)
    }

    let all = series + extra
    let batch = model.fit(batch: all)
    try #require(batch.count == all.count)
    for (s, result) in zip(all, batch) {
        let single = Result { () throws(ModelError) in try model.fit(s) }
        switch (result, single) {
        case let (.success(b), .success(f)):
            expectClose(try b.forecast(horizon: 5, levels: [50, 95]), try f.forecast(horizon: 5, levels: [50, 95]), tolerance: 1e-12)
            expectClose(b.summary, f.summary, tolerance: 1e-12)
        case let (.failure(b), .failure(f)):
            #expect(b == f)
        default:
            Issue.record("\(model.name): batch and single fit disagree on whether \(s) fits: \(result) vs \(single)")
        }
    }
}

/// Forecasts equal up to a relative tolerance.
func expectClose(_ a: Forecast, _ b: Forecast, tolerance: Double, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(a.model == b.model && a.start == b.start && a.frequency == b.frequency && a.levels == b.levels, sourceLocation: sourceLocation)
    let ours = a.mean + a.lower.flatMap { $0 } + a.upper.flatMap { $0 }
    let theirs = b.mean + b.lower.flatMap { $0 } + b.upper.flatMap { $0 }
    #expect(ours.count == theirs.count, sourceLocation: sourceLocation)
    let worst = zip(ours, theirs).map { relativeError($0, $1) }.max() ?? 0
    #expect(worst <= tolerance, "forecasts differ by \(worst) relative", sourceLocation: sourceLocation)
}

/// Summaries equal up to a relative tolerance (nil where the other is nil).
func expectClose(_ a: FitSummary, _ b: FitSummary, tolerance: Double, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(a.parameters.map(\.name) == b.parameters.map(\.name) && a.observationCount == b.observationCount, sourceLocation: sourceLocation)
    var pairs = zip(a.parameters.map(\.value), b.parameters.map(\.value)).map { ($0, $1) }
    pairs.append((a.sigma2, b.sigma2))
    for (x, y) in [(a.logLikelihood, b.logLikelihood), (a.aic, b.aic), (a.aicc, b.aicc), (a.bic, b.bic)] {
        #expect((x == nil) == (y == nil), sourceLocation: sourceLocation)
        if let x, let y { pairs.append((x, y)) }
    }
    let worst = pairs.map { relativeError($0, $1) }.max() ?? 0
    #expect(worst <= tolerance, "summaries differ by \(worst) relative", sourceLocation: sourceLocation)
}

/// The worst relative errors of a model's forecasts (means and bounds) and of
/// its summary against R's, over every fixture series, after checking each
/// against `tolerance`.
@discardableResult
func checkReference(of model: some ForecastingModel, fixtures: RFixtures, tolerance: Double) throws -> (forecast: Double, summary: Double) {
    var worstForecast = 0.0
    var worstSummary = 0.0
    for name in fixtures.seriesNames {
        let series = try #require(fixtures.series[name])
        let rows = try #require(fixtures.forecasts[name]?[model.name], "no R forecast of \(model.name) on \(name)")
        let fitted = try model.fit(series)
        let forecast = try fitted.forecast(horizon: RFixtures.horizon, levels: RFixtures.levels)
        #expect(forecast.times == rows.map(\.time), "\(model.name) on \(name): forecast periods")
        var worst = 0.0
        for (h, row) in rows.enumerated() {
            worst = max(worst, relativeError(forecast.mean[h], row.mean))
            for l in RFixtures.levels.indices {
                worst = max(worst, relativeError(forecast.lower[l][h], row.lower[l]))
                worst = max(worst, relativeError(forecast.upper[l][h], row.upper[l]))
            }
        }
        #expect(worst <= tolerance, "\(model.name) on \(name): forecasts differ from R by \(worst) relative")

        let expected = try #require(fixtures.summaries[name]?[model.name])
        let summary = fitted.summary
        var summaryWorst = 0.0
        // A parameter R puts at about 0 (a drift of 1e-18 where the changes sum
        // to 0) is compared on the scale of σ instead of its own.
        let floor = 1e-6 * expected["sigma2"]!.squareRoot()
        for parameter in summary.parameters {
            let r = try #require(expected[parameter.name], "R gives no \(parameter.name) for \(model.name)")
            summaryWorst = max(summaryWorst, abs(parameter.value - r) / max(abs(r), floor))
        }
        #expect(Set(summary.parameters.map(\.name)).isSuperset(of: Set(expected.keys).subtracting(["sigma2", "loglik", "aic", "aicc", "bic", "n"])))
        summaryWorst = max(summaryWorst, relativeError(summary.sigma2, expected["sigma2"]!))
        for (ours, key) in [(summary.logLikelihood, "loglik"), (summary.aic, "aic"), (summary.aicc, "aicc"), (summary.bic, "bic")] {
            let value = try #require(ours, "\(model.name) on \(name): no \(key)")
            summaryWorst = max(summaryWorst, relativeError(value, expected[key]!))
        }
        #expect(Double(summary.observationCount) == expected["n"], "\(model.name) on \(name): n")
        #expect(summaryWorst <= tolerance, "\(model.name) on \(name): summary differs from R by \(summaryWorst) relative")
        worstForecast = max(worstForecast, worst)
        worstSummary = max(worstSummary, summaryWorst)
    }
    return (worstForecast, worstSummary)
}

/// Sample paths agree with the model's own intervals and are reproducible.
func checkSamplePaths(of fitted: some FittedModel, forecast: Forecast, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let paths = try fitted.samplePaths(horizon: forecast.horizon, count: 4_000, seed: 7)
    #expect(paths == (try fitted.samplePaths(horizon: forecast.horizon, count: 4_000, seed: 7)), "same seed, same paths", sourceLocation: sourceLocation)
    #expect(paths.pathCount == 4_000 && paths.horizon == forecast.horizon && paths.start == forecast.start, sourceLocation: sourceLocation)
    let n = Double(paths.pathCount)
    // A multiplicative-error ETS model's analytic interval is R's normal
    // approximation of a skewed law; its paths are the law itself, so they
    // are held to the model's simulated interval instead (pegelsfcast).
    var forecast = forecast
    if let ets = fitted as? ETSFit, ets.components.error == .multiplicative {
        forecast = ets.simulatedForecast(horizon: forecast.horizon, levels: forecast.levels, paths: 20_000, seed: 11)
    }
    for h in 0..<forecast.horizon {
        let values = paths.step(h)
        // Each bound must sit at its probability among the paths: the share
        // below it at most, and the share at or below it at least (an atom at
        // a cap holds both ends), within four Monte-Carlo standard errors + 1%.
        func brackets(_ bound: Double, _ p: Double) -> Bool {
            let tolerance = 4 * (p * (1 - p) / n).squareRoot() + 0.01
            let below = Double(values.filter { $0 < bound }.count) / n
            let atOrBelow = Double(values.filter { $0 <= bound }.count) / n
            return below - tolerance <= p && p <= atOrBelow + tolerance
        }
        for (l, level) in forecast.levels.enumerated() {
            let (lower, upper) = (forecast.lower[l][h], forecast.upper[l][h])
            guard lower.isFinite, upper.isFinite, upper > lower else { continue }
            #expect(brackets(lower, 0.5 - level / 200) && brackets(upper, 0.5 + level / 200),
                    "\(fitted.modelName) step \(h + 1): paths do not hold the \(level)% interval [\(lower), \(upper)]",
                    sourceLocation: sourceLocation)
        }
    }
}
