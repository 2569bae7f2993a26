import LinearAlgebra

/// A polynomial trend fitted by least squares to one series (the fitted
/// form of `LinearTrend`, `QuadraticTrend` and `LogLinearTrend`).
///
/// With x₀ the design row of a future period (see `TrendTimeScale`), b the
/// coefficients, (XᵀX)⁻¹ the unscaled covariance and σ̂² = RSS/(n − p), the
/// forecast is R's `predict(lm(...), newdata, interval = "prediction")`:
///
///     ŷ₀ = x₀ᵀ b,   ŷ₀ ± t_{n−p, (1+L)/2} · σ̂ · √(1 + x₀ᵀ (XᵀX)⁻¹ x₀).
///
/// A model fitted on logarithms reports exp(ŷ₀) (the median on the original
/// scale, no bias adjustment) and exp of both bounds, as R's
/// `forecast(tslm(y ~ trend, lambda = 0))`.
public struct FittedTrend: FittedModel, Equatable {
    public let modelName: String
    /// b: coefficients of 1, u, u², … on the scaled time u of `timeScale`.
    public let coefficients: [Double]
    /// The map from period ordinals to the regressor u.
    public let timeScale: TrendTimeScale
    /// (XᵀX)⁻¹ of the scaled design, p × p.
    public let unscaledCovariance: Matrix
    /// σ̂² = RSS/(n − p), on the scale the model was fitted on.
    public let residualVariance: Double
    /// n − p.
    public let residualDegreesOfFreedom: Int
    /// Whether the model was fitted to log y (forecasts are then exponentiated).
    public let logarithmic: Bool
    /// Ordinal of the series' last period.
    public let end: Int
    /// Periods per year of the series.
    public let frequency: Int
    public let summary: FitSummary

    /// The polynomial degree (1 for a line, 2 for a quadratic).
    public var degree: Int { coefficients.count - 1 }

    /// Fitted value x₀ᵀb and the variance factor x₀ᵀ(XᵀX)⁻¹x₀ at period `time`,
    /// on the fitted (possibly logarithmic) scale.
    public func prediction(at time: Int) -> (fit: Double, leverage: Double) {
        let x = timeScale.designRow(time, degree: degree)
        var fit = 0.0
        var leverage = 0.0
        for i in x.indices {
            fit += x[i] * coefficients[i]
            var row = 0.0
            for j in x.indices { row += unscaledCovariance[i, j] * x[j] }
            leverage += x[i] * row
        }
        return (fit, leverage)
    }

    public func forecast(horizon: Int, levels: [Double]) throws(ModelError) -> Forecast {
        try ForecastRequest.validate(horizon: horizon, levels: levels)
        let sigma = residualVariance.squareRoot()
        var centres: [Double] = []
        var standardErrors: [Double] = []
        for time in (end + 1)...(end + horizon) {
            let p = prediction(at: time)
            centres.append(p.fit)
            standardErrors.append(sigma * (1 + p.leverage).squareRoot())
        }
        return SymmetricIntervals.forecast(
            model: modelName, start: end + 1, frequency: frequency,
            centres: centres, standardErrors: standardErrors, levels: levels,
            reference: .studentT(degreesOfFreedom: Double(residualDegreesOfFreedom)),
            backTransform: logarithmic ? { exp($0) } : { $0 })
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
