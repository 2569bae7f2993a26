import Probability

extension OptimizedTheta {
    /// The optimised theta model fitted to one series (formulas in `OptimizedTheta`).
    public struct Fitted: FittedModel, Equatable {
        /// α, the smoothing parameter.
        public let alpha: Double
        /// θ, the weight of the theta line.
        public let theta: Double
        /// ℓ₀, the level before the first value.
        public let initialLevel: Double
        /// Aₙ, Bₙ: the least-squares line of y on 1 … n.
        public let intercept: Double
        /// Bₙ, the slope of that line.
        public let slope: Double
        /// ℓ_{n−1}, the level after the last value.
        public let lastLevel: Double
        /// n, the number of values.
        public let count: Int
        /// Σ_{i≥3} eᵢ², the minimised criterion.
        public let inSampleSumOfSquares: Double
        /// σ̂², the variance of e₃ … e_{n−1} (divisor m − 1).
        public let residualVariance: Double
        /// Ordinal of the series' last period.
        public let end: Int
        /// Periods per year of the series.
        public let frequency: Int
        public let summary: FitSummary

        public var modelName: String { "theta:optimized" }

        /// The in-sample mean squared error Σ_{i≥3} eᵢ² / (n − 3).
        public var inSampleMeanSquaredError: Double { inSampleSumOfSquares / Double(count - OptimizedTheta.burnIn) }

        public func forecast(horizon: Int, levels: [Double]) throws(ModelError) -> Forecast {
            try ForecastRequest.validate(horizon: horizon, levels: levels)
            let profile = ThetaProfile(intercept: intercept, slope: slope)
            let weight = 1 - 1 / theta
            var level = lastLevel
            var centres: [Double] = []
            for i in count..<(count + horizon) {
                let mean = level + weight * profile.trend(i, alpha: alpha)
                centres.append(mean)
                level = alpha * mean + (1 - alpha) * level
            }
            let sigma = residualVariance.squareRoot()
            return SymmetricIntervals.forecast(
                model: modelName, start: end + 1, frequency: frequency, centres: centres,
                standardErrors: (0..<horizon).map { h in sigma * (1 + Double(h) * alpha * alpha).squareRoot() },
                levels: levels, reference: .normal)
        }
    }
}
