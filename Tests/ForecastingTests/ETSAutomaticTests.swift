import Testing
@testable import Forecasting

/// `ets` (automatic choice by AICc) against R's `ets(y)`.
@Suite struct ETSAutomaticTests {
    static let fixtures = ETSFixtures.shared

    @Test(arguments: ETSFixtures.shared.seriesNames)
    func picksRsModelOrALowerAICc(name: String) throws {
        let series = try #require(Self.fixtures.series[name])
        let r = try #require(Self.fixtures.automatic[name])
        let fit = try ExponentialSmoothing().fit(series)
        let aicc = try #require(fit.summary.aicc)
        print("ets on \(name): ours \(fit.modelName) AICc \(aicc); R's ets:\(r.code) AICc \(r.aicc)")
        #expect(fit.components.code == r.code || aicc <= r.aicc, "\(name): chose \(fit.modelName) with AICc \(aicc), R chose \(r.code) with \(r.aicc)")
        #expect(aicc <= r.aicc + 1e-6 * abs(r.aicc), "\(name): our best AICc \(aicc) above R's \(r.aicc)")
        let forecast = try fit.forecast(horizon: 3, levels: [80])
        #expect(forecast.model == "ets:\(fit.components.code)" && forecast.model == fit.modelName)

        // Where the choice and the optimum are R's, so are the forecasts.
        if fit.components.code == r.code, let rFit = Self.fixtures.fits[name]?[r.code],
           ETSReferenceTests.sameOptimum(fit.summary, rFit) {
            let rows = try #require(Self.fixtures.forecasts[name]?["auto"])
            let gap = ETSReferenceTests.forecastGap(
                try fit.forecast(horizon: rows.count, levels: ETSFixtures.levels), rows, code: r.code)
            #expect(gap.mean <= 0.01 && gap.bounds <= 0.01, "\(name): \(gap)")
        }
    }

    @Test func aConstantSeriesGetsRsFlatForecast() throws {
        let series = TimeSeries(start: 2000, frequency: 1, values: Array(repeating: 42, count: 12))
        let fit = try ExponentialSmoothing().fit(series)
        #expect(fit.modelName == "ets:ANN" && fit.summary.logLikelihood == nil)
        let forecast = try fit.forecast(horizon: 4, levels: [80, 95])
        #expect(forecast.mean == [42, 42, 42, 42])
        #expect(forecast.lower.allSatisfy { $0 == [42, 42, 42, 42] } && forecast.upper.allSatisfy { $0 == [42, 42, 42, 42] })
    }

    /// Every model fits a constant series exactly: σ² = 0, flat forecast,
    /// zero-width intervals, no likelihood (unbounded).
    @Test func pinnedModelsAndThetaOnAConstantSeries() throws {
        let monthly = TimeSeries(start: 12 * 2010, frequency: 12, values: Array(repeating: 7.25, count: 40))
        for code in ["ANN", "AAdN", "MAN", "AAA", "MAM", "MNM"] {
            let fit = try ExponentialSmoothing(ETSComponents(code: code)!).fit(monthly)
            #expect(fit.summary.sigma2 == 0 && fit.summary.logLikelihood == nil, "\(code)")
            let f = try fit.forecast(horizon: 14, levels: [80, 95])
            #expect(f.mean.allSatisfy { abs($0 - 7.25) < 1e-12 }, "\(code): \(f.mean)")
            #expect(f.lower == [f.mean, f.mean] && f.upper == [f.mean, f.mean], "\(code)")
        }
        let theta = try StandardTheta().forecast(monthly, horizon: 5, levels: [95])
        #expect(theta.mean.allSatisfy { abs($0 - 7.25) < 1e-12 } && theta.lower[0] == theta.mean && theta.upper[0] == theta.mean)
    }

    @Test func seasonalModelsNeedASeasonalSeries() {
        let yearly = TimeSeries(start: 2000, frequency: 1, values: (1...30).map { Double($0 % 7) + 10 })
        #expect(throws: ModelError.self) { try ExponentialSmoothing(ETSComponents(code: "AAA")!).fit(yearly) }
        // Automatic ETS on yearly data considers non-seasonal models only.
        let fit = try? ExponentialSmoothing().fit(yearly)
        #expect(fit?.components.season == ETSComponents.Season.none)
    }

    @Test func shortSeriesFollowRsCount() throws {
        // ETS(A,Ad,N): k = 2 + 2 + 1 = 5, so n must exceed k + 4 = 9.
        let nine = TimeSeries(start: 2000, frequency: 1, values: [3, 5, 4, 6, 8, 7, 9, 11, 10])
        #expect(throws: ModelError.tooFewObservations(needed: 10, found: 9)) {
            try ExponentialSmoothing(ETSComponents(code: "AAdN")!).fit(nine)
        }
        let ten = TimeSeries(start: 2000, frequency: 1, values: [3, 5, 4, 6, 8, 7, 9, 11, 10, 12])
        #expect(try ExponentialSmoothing(ETSComponents(code: "AAdN")!).fit(ten).modelName == "ets:AAdN")
        // The automatic choice still fits what it can on short series.
        #expect(try ExponentialSmoothing().fit(nine).components.season == .none)
        #expect(throws: ModelError.nonPositiveValue(-1)) {
            try ExponentialSmoothing(ETSComponents(code: "MNN")!).fit(
                TimeSeries(start: 2000, frequency: 1, values: [3, 5, 4, 6, -1, 7, 9, 11, 10, 12]))
        }
    }
}
