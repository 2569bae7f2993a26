import Testing
import Forecasting

/// Pinned orders against R's `forecast::Arima()` (fixtures from
/// `make-arima-fixtures.R`): coefficients within 1e-3 absolute (a mean or
/// drift within 1e-3·max(1, |β|), see `coefficientTolerance`),
/// log-likelihood within 1e-4 relative, σ² and the criteria within 1e-3
/// relative, forecasts and 80/95% bounds within 1% relative — unless the
/// fit here reaches a strictly higher likelihood than R's (then only the
/// forecasts are compared).
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
        let loglik = try #require(summary.logLikelihood)
        let rLoglik = expected["loglik"]!
        let loglikGap = relativeError(loglik, rLoglik)
        // Where R's BFGS stops early on a flat ridge (log UKgas, sar1 = 0.986),
        // the optimum found here is higher; R's own likelihood at these
        // coefficients confirms it (`Arima(log(UKgas), c(1,0,0), c(1,0,0),
        // fixed = …)$loglik` = 66.08302 vs 66.08166 at R's). There only
        // the likelihood's direction and the forecasts are held to R's.
        let higherOptimum = loglik > rLoglik + 1e-6 * abs(rLoglik)
        #expect(loglikGap <= 1e-4 || higherOptimum, "\(c.model) on \(c.series): loglik \(loglik) vs R \(rLoglik)")
        var worstCoefficient = 0.0
        for parameter in summary.parameters {
            let r = try #require(expected[parameter.name])
            let gap = abs(parameter.value - r)
            worstCoefficient = max(worstCoefficient, gap)
            #expect(higherOptimum || gap <= Self.coefficientTolerance(parameter.name, r), "\(c.model) on \(c.series): \(parameter.name) = \(parameter.value), R \(r)")
        }
        #expect(Double(summary.observationCount) == expected["nobs"])
        var worstStatistic = relativeError(summary.sigma2, expected["sigma2"]!)
        for (ours, key) in [(summary.aic, "aic"), (summary.aicc, "aicc"), (summary.bic, "bic")] {
            worstStatistic = max(worstStatistic, relativeError(try #require(ours), expected[key]!))
        }
        #expect(worstStatistic <= 1e-3 || higherOptimum, "\(c.model) on \(c.series): σ² or criteria differ by \(worstStatistic)")

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
        print("ARIMA vs R | \(c.series) | \(c.model) | coef \(worstCoefficient) | loglik \(loglikGap) (ours \(summary.logLikelihood!), R \(expected["loglik"]!)) \(summary.parameters.map { "\($0.name)=\($0.value)" }) | σ²/ic \(worstStatistic) | forecast \(worstForecast)")
    }
}
