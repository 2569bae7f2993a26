import LinearAlgebra

extension LogisticGrowth {
    /// A logistic growth curve fitted to one series (see `LogisticGrowth`
    /// for the formulas).
    public struct Fitted: FittedModel, Equatable {
        /// C.
        public let cap: Double
        /// a, the logit of y/C at t̄.
        public let a: Double
        /// b, the growth rate on the logit scale, per period.
        public let b: Double
        /// t̄, the mean of the observed ordinals.
        public let centre: Double
        /// (JᵀJ)⁻¹ at (â, b̂), 2 × 2.
        public let unscaledCovariance: Matrix
        /// σ̂² = RSS/(n − 2).
        public let residualVariance: Double
        /// n − 2.
        public let residualDegreesOfFreedom: Int
        /// Ordinal of the series' last period.
        public let end: Int
        /// Periods per year of the series.
        public let frequency: Int
        public let summary: FitSummary

        public var modelName: String { "logistic" }

        /// The fitted curve C p(t) at period `time`.
        public func curve(at time: Int) -> Double {
            cap * LogisticCurve.probability(a + b * (Double(time) - centre))
        }

        public func forecast(horizon: Int, levels: [Double]) throws(ModelError) -> Forecast {
            try ForecastRequest.validate(horizon: horizon, levels: levels)
            let times = Array((end + 1)...(end + horizon))
            let curve = LogisticCurve(cap: cap, offsets: times.map { Double($0) - centre })
            let gradients = curve.jacobian([a, b])
            let standardErrors = times.indices.map { h in
                let g = [gradients[h, 0], gradients[h, 1]]
                return (residualVariance * (1 + unscaledCovariance.quadraticForm(g))).squareRoot()
            }
            let unclamped = SymmetricIntervals.forecast(
                model: modelName, start: end + 1, frequency: frequency,
                centres: curve.values([a, b]), standardErrors: standardErrors, levels: levels,
                reference: .studentT(degreesOfFreedom: Double(residualDegreesOfFreedom)))
            return unclamped.clamped(to: 0...cap)
        }
    }
}
