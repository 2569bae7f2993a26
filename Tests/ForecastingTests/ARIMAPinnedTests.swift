import Testing
import Forecasting

/// Pinned orders against R's `forecast::Arima()` (fixtures from
/// `make-arima-fixtures.R`): coefficients within 1e-3 absolute (the
/// regression terms, on the scale of the series, within 1e-3 of their
/// standard magnitude max(1, |β|)·1e-3·…, see `coefficientTolerance`),
/// log-likelihood within 1e-4 relative, σ² and the criteria within 1e-3
/// relative, forecasts and 80/95% bounds within 1% relative.
@Suite struct ARIMAPinnedTests {
    static let fixtures = ARIMAFixtures.shared

    struct Case: CustomTestStringConvertible, Sendable {
        let series: String
        let model: String
        var testDescription: String { "\(model) on \(series)" }
    }

    static var cases: [Case] {
        fixtures.seriesNames.flatMap { s in (fixtures.models[s] ?? []).map { Case(series: s, model: $0) } }
    }

    /// ARMA coefficients to 1e-3; a mean or drift to 1e-3 of its own size
    /// when that is larger than 1 (a lake level of 579 has no digits to spare).
    static func coefficientTolerance(_ name: String, _ value: Double) -> Double {
        name == "intercept" || name == "drift" ? 1e-3 * max(1, abs(value)) : 1e-3
    }

    @Test(arguments: cases)
    func matchesR(_ c: Case) throws {
        let series = try #require(Self.fixtures.series[c.series])
        let expected = try #require(Self.fixtures.pinned[c.series]?[c.model])
        let order = try #require(ARIMAOrder(name: c.model))
        let model = ARIMA(order: order)
        #expect(model.name == c.model)
        let fitted = try model.fit(series)
        let summary = fitted.summary

        #expect(summary.parameters.map(\.name) == Self.fixtures.coefficientNames[c.series]![c.model]!)
        var worstCoefficient = 0.0
        for parameter in summary.parameters {
            let r = try #require(expected[parameter.name])
            let gap = abs(parameter.value - r)
            worstCoefficient = max(worstCoefficient, gap)
            #expect(gap <= Self.coefficientTolerance(parameter.name, r), "\(c.model) on \(c.series): \(parameter.name) = \(parameter.value), R \(r)")
        }
        let loglikGap = relativeError(try #require(summary.logLikelihood), expected["loglik"]!)
        #expect(loglikGap <= 1e-4, "\(c.model) on \(c.series): loglik \(summary.logLikelihood!) vs R \(expected["loglik"]!)")
        #expect(Double(summary.observationCount) == expected["nobs"])
        var worstStatistic = relativeError(summary.sigma2, expected["sigma2"]!)
        for (ours, key) in [(summary.aic, "aic"), (summary.aicc, "aicc"), (summary.bic, "bic")] {
            worstStatistic = max(worstStatistic, relativeError(try #require(ours), expected[key]!))
        }
        #expect(worstStatistic <= 1e-3, "\(c.model) on \(c.series): σ² or criteria differ by \(worstStatistic)")

        let rows = try #require(Self.fixtures.forecasts[c.series]?[c.model])
        let forecast = try fitted.forecast(horizon: rows.count, levels: [80, 95])
        #expect(forecast.model == c.model && forecast.times == rows.map(\.time))
        var worstForecast = 0.0
        for (h, row) in rows.enumerated() {
            worstForecast = max(worstForecast, relativeError(forecast.mean[h], row.mean))
            for l in 0..<2 {
                worstForecast = max(worstForecast, relativeError(forecast.lower[l][h], row.lower[l]))
                worstForecast = max(worstForecast, relativeError(forecast.upper[l][h], row.upper[l]))
            }
        }
        #expect(worstForecast <= 0.01, "\(c.model) on \(c.series): forecasts differ by \(worstForecast) relative")
        print("ARIMA vs R | \(c.series) | \(c.model) | coef \(worstCoefficient) | loglik \(loglikGap) | σ²/ic \(worstStatistic) | forecast \(worstForecast)")
    }
}
