import Forecasting
import Testing

/// The logistic growth model against R's nls with the cap fixed
/// (`Fixtures/make-logistic-fixtures.R`), its edge cases, and the shared
/// conformance checks.
@Suite struct LogisticGrowthTests {
    static let fixtures = LogisticFixtures.shared

    @Test(arguments: LogisticFixtures.shared.names)
    func matchesNls(name: String) throws {
        let reference = try #require(Self.fixtures.cases[name])
        let fitted = try LogisticGrowth(cap: reference.cap).fit(reference.series)
        let parameters = Dictionary(uniqueKeysWithValues: fitted.summary.parameters.map { ($0.name, $0.value) })
        var worst = 0.0
        for key in ["a", "b", "centre", "cap"] {
            let r = try #require(reference.fit[key])
            // a can sit near 0 (the middle of the curve): compare it on the scale of b.
            worst = max(worst, abs(parameters[key]! - r) / max(abs(r), abs(reference.fit["b"]!)))
        }
        worst = max(worst, relativeError(fitted.summary.sigma2, reference.fit["sigma2"]!))
        worst = max(worst, relativeError(try #require(fitted.summary.logLikelihood), reference.fit["loglik"]!))
        #expect(Double(fitted.summary.observationCount) == reference.fit["n"])
        #expect(worst <= 1e-6, "\(name): parameters differ from nls by \(worst) relative")

        let forecast = try fitted.forecast(horizon: reference.forecast.count, levels: [80, 95])
        var worstForecast = 0.0
        for (h, row) in reference.forecast.enumerated() {
            #expect(forecast.times[h] == Int(row["time"]!))
            worstForecast = max(worstForecast, relativeError(forecast.mean[h], row["mean"]!))
            for (l, level) in [80, 95].enumerated() {
                worstForecast = max(worstForecast, relativeError(forecast.lower[l][h], row["lo_\(level)"]!))
                worstForecast = max(worstForecast, relativeError(forecast.upper[l][h], row["hi_\(level)"]!))
            }
        }
        #expect(worstForecast <= 1e-6, "\(name): forecasts differ from nls by \(worstForecast) relative")
        print("logistic \(name): parameters \(worst), forecasts \(worstForecast) relative to nls")
    }

    /// Intervals stay in [0, C] at every level and horizon, even far out and for a falling curve.
    @Test(arguments: LogisticFixtures.shared.names)
    func intervalsStayWithinTheCap(name: String) throws {
        let reference = try #require(Self.fixtures.cases[name])
        let forecast = try LogisticGrowth(cap: reference.cap).forecast(reference.series, horizon: 40, levels: [50, 80, 95, 99.9])
        for bound in forecast.lower.flatMap({ $0 }) + forecast.upper.flatMap({ $0 }) + forecast.mean {
            #expect(bound >= 0 && bound <= reference.cap)
        }
    }

    @Test func noCapIsAClearError() throws {
        let model = try #require(ModelCatalog.model(named: "logistic"))
        #expect(model.name == "logistic")
        let series = Self.fixtures.cases["nrd-commune"]!.series
        guard case let .failure(.notIdentified(why)) = model.fit(batch: [series])[0] else {
            Issue.record("a logistic model without a cap must fail with notIdentified")
            return
        }
        #expect(why.contains("--cap"))
        #expect(ModelCatalog.model(named: "logistic", options: ModelOptions(cap: 19)) != nil)
        #expect(throws: ModelError.self) { try LogisticGrowth(cap: -1).fit(series) }
        #expect(throws: ModelError.self) { try LogisticGrowth(cap: .infinity).fit(series) }
    }

    @Test func edgeCases() {
        let model = LogisticGrowth(cap: 19)
        #expect(throws: ModelError.tooFewObservations(needed: 3, found: 2)) {
            try model.fit(TimeSeries(start: 2012, frequency: 1, values: [3, .nan, 5]))
        }
        #expect(throws: ModelError.self) { try model.fit(TimeSeries(start: 2012, frequency: 1, values: [7, 7, 7, 7])) }
        #expect(throws: ModelError.self) { try model.fit(TimeSeries(start: 2012, frequency: 1, values: [3, 9, 20])) }
        #expect(throws: ModelError.self) { try model.fit(TimeSeries(start: 2012, frequency: 1, values: [-1, 9, 12])) }
        #expect(throws: ModelError.self) { try model.fit(TimeSeries(start: 2012, frequency: 1, values: [3, .infinity, 12])) }
        // A jump from 0 to the cap is a step, not a curve.
        #expect(throws: ModelError.self) { try model.fit(TimeSeries(start: 2012, frequency: 1, values: [0, 0, 0, 19, 19, 19])) }
    }

    /// Series at the bounds (0 and C) are fitted, not clamped.
    @Test func valuesAtTheBoundsAreFitted() throws {
        let fitted = try LogisticGrowth(cap: 19).fit(TimeSeries(start: 2010, frequency: 1, values: [0, 1, 3, 6, 10, 14, 17, 19, 19]))
        #expect(fitted.b > 0)
        let forecast = try fitted.forecast(horizon: 3, levels: [95])
        #expect(forecast.upper[0].allSatisfy { $0 == 19 })
    }

    @Test func conformance() throws {
        let series = Self.fixtures.names.filter { Self.fixtures.cases[$0]!.cap == 19 }.map { Self.fixtures.cases[$0]!.series }
        let extra = [
            TimeSeries(start: 2010, frequency: 1, values: [5, 6]),
            TimeSeries(start: 2010, frequency: 1, values: [5, 25, 6, 7]),
            TimeSeries(start: 2010, frequency: 1, values: [4, 4, 4]),
            TimeSeries(start: 2010, frequency: 1, values: []),
        ]
        try checkConformance(of: LogisticGrowth(cap: 19), on: series, extra: extra)
    }
}
