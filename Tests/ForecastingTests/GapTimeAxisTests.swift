import Forecasting
import Testing

/// Every model fits a series with missing periods by time, not by position
/// (issue 19, item 1): a gap is as long as the periods it spans.
@Suite struct GapTimeAxisTests {
    /// 0, 2, 4, (2003 missing), 8, 10 for 2000–2005: the slope is 2 a year,
    /// so 2006 is 12 (12.5 when the gap is counted as one step).
    @Test func driftAcrossAMissingYearIsPerYear() throws {
        let series = TimeSeries(start: 2000, frequency: 1, values: [0, 2, 4, .nan, 8, 10])
        let forecast = try RandomWalkWithDrift().forecast(series, horizon: 2, levels: [95])
        #expect(forecast.start == 2006)
        #expect(abs(forecast.mean[0] - 12) < 1e-12 && abs(forecast.mean[1] - 14) < 1e-12)
        let naive = try NaiveForecast().fit(series)
        // Changes 2, 2, 4 (over 2 years), 2: σ² = (4 + 4 + 16/2 + 4) / 4 = 5.
        #expect(abs(naive.meanSquaredError - 5) < 1e-12)
    }

    /// Observed in 1000–1002 and 9000: the forecast for 9001 is one year
    /// after 9000, with the slope of 8,000 years.
    @Test func farApartObservationsKeepTheirTimes() throws {
        let observations: [(time: Int, value: Double)] = [(1000, 1), (1001, 2), (1002, 3), (9000, 8001)]
        let series = TimeSeries(frequency: 1, observations: observations)
        let drift = try RandomWalkWithDrift().fit(series)
        #expect(abs(drift.drift - 1) < 1e-12)
        let forecast = try drift.forecast(horizon: 1, levels: [80])
        #expect(forecast.start == 9001 && abs(forecast.mean[0] - 8002) < 1e-9)
    }

    /// Without gaps nothing changes: R's `rwf(drift = TRUE)` figures.
    @Test func noGapIsStillR() throws {
        let series = TimeSeries(start: 1, frequency: 1, values: [1, 3, 4, 8, 9])
        let drift = try RandomWalkWithDrift().fit(series)
        #expect(abs(drift.drift - 2) < 1e-12)
        // Changes 2, 1, 4, 1 about 2: (0 + 1 + 4 + 1) / 3 = 2.
        #expect(abs(drift.meanSquaredError - 2) < 1e-12)
    }

    /// For every model the command line can name: a series on a straight
    /// line with one period missing is forecast as the same series with that
    /// period present (the missing value carries no information the line
    /// does not), or the model refuses the series with its own error. A
    /// model that counted the gap as no time would forecast a steeper line.
    @Test(arguments: ModelCatalog.names)
    func gappedLineIsForecastLikeTheWholeLine(name: String) throws {
        let model = try #require(ModelCatalog.model(named: name, options: ModelOptions(cap: name == "logistic" ? 200 : nil)))
        // y = 20 + 2t with a small alternating wiggle, so that no model sees an exact line.
        let whole: [Double] = (0..<24).map { (t: Int) -> Double in
            let wiggle: Double = t % 2 == 0 ? 0.3 : -0.3
            return 20 + 2 * Double(t) + wiggle
        }
        var gapped = whole
        gapped[8] = Double.nan
        let fits = model.fit(batch: [TimeSeries(start: 2000, frequency: 1, values: whole),
                                     TimeSeries(start: 2000, frequency: 1, values: gapped)])
        // A model that cannot fit the whole line has nothing to compare; refusing the gapped series is allowed.
        guard case .success(let wholeFit) = fits[0], case .success(let gappedFit) = fits[1] else { return }
        let reference = try wholeFit.forecast(horizon: 3, levels: [80])
        let forecast = try gappedFit.forecast(horizon: 3, levels: [80])
        #expect(forecast.start == 2024)
        for h in 0..<3 {
            // Per-year increments from the last value agree within 2%: a gap
            // counted as no time makes the slope 23/22 as steep (4.5%).
            let expected = (reference.mean[h] - whole[23]) / Double(h + 1)
            let found = (forecast.mean[h] - whole[23]) / Double(h + 1)
            let tolerance = 0.02 * max(abs(expected), 0.5)
            #expect(abs(found - expected) <= tolerance, "\(name) h=\(h + 1): \(found) a year vs \(expected)")
        }
    }
}
