import Forecasting
import Testing

/// The optimised theta model against statsforecast's OptimizedTheta
/// (`Fixtures/make-otheta-fixtures.py`), its edge cases, and the shared checks.
@Suite struct OptimizedThetaTests {
    static let fixtures = OptimizedThetaFixtures.shared
    static let levels: [Double] = [80, 95]

    /// At statsforecast's own estimates the recursion reproduces its
    /// criterion and its point forecasts: the model is the same model.
    @Test(arguments: OptimizedThetaFixtures.shared.names)
    func sameModelAtStatsforecastsParameters(name: String) throws {
        let reference = try #require(Self.fixtures.cases[name])
        let fitted = try OptimizedTheta().fit(
            reference.series, alpha: reference.fit["alpha"]!, theta: reference.fit["theta"]!,
            initialLevel: reference.fit["initial_smoothed"]!)
        #expect(relativeError(fitted.inSampleSumOfSquares, reference.fit["sse"]!) <= 1e-9)
        #expect(relativeError(fitted.residualVariance.squareRoot(), reference.fit["sigma"]!) <= 1e-9)
        let forecast = try fitted.forecast(horizon: reference.forecast.count, levels: Self.levels)
        for (h, row) in reference.forecast.enumerated() {
            #expect(relativeError(forecast.mean[h], row["mean"]!) <= 1e-9, "\(name) step \(h + 1)")
        }
    }

    /// Our optimum is at least as good as statsforecast's and as a brute-force
    /// grid's; where the parameters agree, so do the forecasts (within 1%).
    @Test(arguments: OptimizedThetaFixtures.shared.names)
    func fitsAtLeastAsWellAsStatsforecast(name: String) throws {
        let reference = try #require(Self.fixtures.cases[name])
        let fitted = try OptimizedTheta().fit(reference.series)
        let theirs = reference.fit["sse"]!
        #expect(fitted.inSampleSumOfSquares <= theirs * (1 + 1e-6), "\(name): SSE \(fitted.inSampleSumOfSquares) vs statsforecast \(theirs)")
        // …and no worse than numpy's brute force over 8,901 values of α.
        #expect(fitted.inSampleSumOfSquares <= reference.fit["profile_sse"]! * (1 + 1e-9))
        let forecast = try fitted.forecast(horizon: reference.forecast.count, levels: Self.levels)
        let worstMean = zip(forecast.mean, reference.forecast).map { relativeError($0, $1["mean"]!) }.max()!
        // θ enters only through 1 − 1/θ: θ = 10⁵ and 10¹⁰ are the same model to 10⁻⁵.
        let sameParameters = abs(fitted.alpha - reference.fit["alpha"]!) <= 1e-3
            && abs(1 / fitted.theta - 1 / reference.fit["theta"]!) <= 1e-3
        if sameParameters {
            #expect(worstMean <= 0.01, "\(name): forecasts differ by \(worstMean) relative")
        }
        print("""
            otm \(name): SSE \(fitted.inSampleSumOfSquares / theirs - 1) relative to statsforecast's; \
            alpha \(fitted.alpha) vs \(reference.fit["alpha"]!), theta \(fitted.theta) vs \(reference.fit["theta"]!); \
            forecasts differ by \(worstMean)\(sameParameters ? "" : " (different optimum)")
            """)
    }

    /// The analytic intervals against statsforecast's simulation of the
    /// model with 200,000 paths (errors in units of the 95% half-width).
    ///
    /// One step ahead both are ŷ ± z σ̂ and must agree to Monte Carlo noise.
    /// Further out statsforecast's paths also update Aₙ and Bₙ, as the
    /// dynamic model does, while its own point forecast (and the OTM) holds
    /// them fixed: the simulated intervals drift off centre (up to 11% of the
    /// half-width at h = 6 on these series) and widen (up to 5%). Widths are
    /// checked to 8%, the drift is printed.
    @Test(arguments: OptimizedThetaFixtures.shared.names)
    func intervalsMatchTheSimulation(name: String) throws {
        let reference = try #require(Self.fixtures.cases[name])
        let fitted = try OptimizedTheta().fit(
            reference.series, alpha: reference.fit["alpha"]!, theta: reference.fit["theta"]!,
            initialLevel: reference.fit["initial_smoothed"]!)
        let forecast = try fitted.forecast(horizon: reference.forecast.count, levels: Self.levels)
        var worstWidth = 0.0
        var worstDrift = 0.0
        for (h, row) in reference.forecast.enumerated() {
            let halfWidth = (row["sim_hi_95"]! - row["sim_lo_95"]!) / 2
            for (l, level) in [80, 95].enumerated() {
                let (lo, hi) = (row["sim_lo_\(level)"]!, row["sim_hi_\(level)"]!)
                if h == 0 {
                    #expect(abs(forecast.lower[l][h] - lo) <= 0.01 * halfWidth && abs(forecast.upper[l][h] - hi) <= 0.01 * halfWidth,
                            "\(name): one-step \(level)% interval")
                }
                worstWidth = max(worstWidth, abs((forecast.upper[l][h] - forecast.lower[l][h]) / (hi - lo) - 1))
                worstDrift = max(worstDrift, abs((lo + hi) / 2 - forecast.mean[h]) / halfWidth)
            }
        }
        print("otm \(name): interval widths differ from the 200,000-path simulation by \(worstWidth) relative; its centre drifts by \(worstDrift) of the 95% half-width")
        #expect(worstWidth <= 0.08, "\(name): interval widths differ from the simulation by \(worstWidth)")
    }

    /// statsforecast's own 200-path intervals, for the record (Monte Carlo
    /// noise of a few percent): printed, and checked only loosely.
    @Test(arguments: OptimizedThetaFixtures.shared.names)
    func intervalsNearStatsforecastsOwn(name: String) throws {
        let reference = try #require(Self.fixtures.cases[name])
        let forecast = try OptimizedTheta().fit(reference.series).forecast(horizon: reference.forecast.count, levels: Self.levels)
        var worst = 0.0
        for (h, row) in reference.forecast.enumerated() {
            let halfWidth = (row["hi_95"]! - row["lo_95"]!) / 2
            for (l, level) in [80, 95].enumerated() {
                worst = max(worst, abs(forecast.lower[l][h] - row["lo_\(level)"]!) / halfWidth)
                worst = max(worst, abs(forecast.upper[l][h] - row["hi_\(level)"]!) / halfWidth)
            }
        }
        print("otm \(name): bounds differ from statsforecast's 200-path intervals by \(worst) of the 95% half-width")
        #expect(worst <= 0.3)
    }

    @Test func catalogNamesAndAlias() throws {
        let model = try #require(ModelCatalog.model(named: "theta:optimized"))
        let alias = try #require(ModelCatalog.model(named: "otm"))
        #expect(model.name == "theta:optimized" && alias.name == "theta:optimized")
        let series = Self.fixtures.cases["Nile"]!.series
        let a = try model.fit(batch: [series])[0].get().forecast(horizon: 3, levels: [80])
        let b = try OptimizedTheta().forecast(series, horizon: 3, levels: [80])
        #expect(a == b && a.model == "theta:optimized")
    }

    @Test func edgeCases() throws {
        let model = OptimizedTheta()
        #expect(throws: ModelError.tooFewObservations(needed: 7, found: 6)) {
            try model.fit(TimeSeries(start: 2000, frequency: 1, values: [1, 2, 3, 4, 5, 6]))
        }
        // A gap is filled by a straight line first: the same fit as on the filled series.
        let gappy = TimeSeries(start: 2000, frequency: 1, values: [1, 2.5, .nan, 4, 5.5, 6, 7.5, 8])
        #expect(try model.forecast(gappy, horizon: 2, levels: [80]) == model.forecast(gappy.interpolatingGaps(), horizon: 2, levels: [80]))
        #expect(throws: ModelError.self) { try model.fit(TimeSeries(start: 2000, frequency: 1, values: [1, 2, .infinity, 4, 5, 6, 7, 8])) }
        // A constant series is forecast as itself, σ̂ = 0, zero-width intervals, no likelihood.
        let constant = try model.fit(TimeSeries(start: 2000, frequency: 1, values: Array(repeating: 7.25, count: 10)))
        let flat = try constant.forecast(horizon: 3, levels: [95])
        #expect(constant.summary.sigma2 == 0 && constant.summary.logLikelihood == nil && constant.theta == 1)
        for h in 0..<3 {
            #expect(flat.mean[h] == 7.25 && flat.lower[0][h] == 7.25 && flat.upper[0][h] == 7.25)
        }
        // A straight line is followed exactly.
        let line = try model.forecast(TimeSeries(start: 2000, frequency: 1, values: (0..<12).map { 3 + 2 * Double($0) }), horizon: 3, levels: [95])
        for h in 0..<3 { #expect(abs(line.mean[h] - (3 + 2 * Double(12 + h))) <= 1e-6) }
    }

    @Test func conformance() throws {
        let series = Self.fixtures.names.map { Self.fixtures.cases[$0]!.series }
        let extra = [
            TimeSeries(start: 2010, frequency: 1, values: [5, 6, 7]),
            TimeSeries(start: 2003, frequency: 1, values: [3, 1, 4, 1, 5, .nan, 9, 2, 6, 5]),
            TimeSeries(start: 2010, frequency: 1, values: [4, .infinity, 6, 7, 8, 9, 10, 11]),
            TimeSeries(start: 2010, frequency: 1, values: []),
        ]
        try checkConformance(of: OptimizedTheta(), on: series, extra: extra)
    }
}
