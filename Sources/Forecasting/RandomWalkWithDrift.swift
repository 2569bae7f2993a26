/// The random walk with drift (R `forecast::rwf(drift = TRUE)`): the last
/// value plus h times the mean one-step change.
///
/// With d₁ … d_r the changes between consecutive observed values and
/// k₁ … k_r the periods each spans (see `LagWalk`; r = m − 1 for m observed
/// values; every kᵢ = 1 without gaps), each change is N(kᵢ b, kᵢ σ²). The
/// weighted least-squares fit, which is R's `lm(d ~ 1)` when there is no gap:
///
///     b = Σdᵢ / Σkᵢ = (y_T − y_1) / (t_T − t_1),
///     σ̂² = Σ (dᵢ − kᵢ b)² / kᵢ / (r − 1),   se(b) = σ̂ / √Σkᵢ,
///
/// and forecasts, as `forecast:::forecast.lagwalk`,
///
///     ŷ(T+h) = y_T + h·b,   se(h) = √(σ̂² h + h² se(b)²),
///     interval ŷ ± z_{(1+L)/2} · se(h)  (normal quantiles),
///
/// so the interval carries the drift's estimation uncertainty, and a gap
/// counts for the periods it spans.
///
/// One deliberate difference: R divides by r − 1 only when the estimated
/// drift is non-zero (`(drift != 0)` in `forecast.lagwalk`), so a series
/// whose changes average exactly 0 gets Σ d²/r there, inconsistent with the
/// σ̂ it uses for se(b). Here the divisor is always r − 1.
///
/// Summary: `drift` = b; σ² = σ̂²; the likelihood is that of the scaled
/// changes (dᵢ − kᵢb)/√kᵢ, R's `logLik(lm(d ~ 1))` on a series without gaps
/// (that of `Arima(y, c(0, 1, 0), include.drift = TRUE)`), two estimated
/// parameters (b, σ²), on r observations.
public struct RandomWalkWithDrift: ForecastingModel {
    public var name: String { "drift" }

    /// The random walk with drift.
    public init() {}

    public func fit(_ series: TimeSeries) throws(ModelError) -> Fitted {
        let walk = try LagWalk(series, needed: 3)
        let r = Double(walk.count)
        let drift = walk.differences.sum / walk.span
        let sumOfSquares = walk.scaledSumOfSquares(drift: drift)
        let sigma2 = sumOfSquares / (r - 1)
        let summary = GaussianLikelihood.summary(
            parameters: [.init(name: "drift", value: drift)], residualSumOfSquares: sumOfSquares,
            residualCount: walk.count, estimated: 1, sigma2: sigma2)
        return Fitted(
            lastValue: walk.lastValue, end: walk.end, frequency: series.frequency,
            drift: drift, driftStandardError: (sigma2 / walk.span).squareRoot(),
            meanSquaredError: sigma2, summary: summary)
    }

    /// Nothing is shared between series: each is fitted on its own.
    public func fit(batch series: [TimeSeries]) -> [Result<Fitted, ModelError>] {
        series.map { s in Result { () throws(ModelError) in try fit(s) } }
    }

    /// A random walk with drift fitted to one series.
    public struct Fitted: FittedModel, Equatable {
        /// The last observed value.
        public let lastValue: Double
        /// Ordinal of the series' last period.
        public let end: Int
        /// Periods per year of the series.
        public let frequency: Int
        /// b, the mean one-step change.
        public let drift: Double
        /// se(b) = σ̂/√Σkᵢ (σ̂/√r without gaps).
        public let driftStandardError: Double
        /// σ̂², the one-step innovation variance.
        public let meanSquaredError: Double
        public let summary: FitSummary

        public var modelName: String { "drift" }

        public func forecast(horizon: Int, levels: [Double]) throws(ModelError) -> Forecast {
            try ForecastRequest.validate(horizon: horizon, levels: levels)
            let steps = (1...horizon).map(Double.init)
            return SymmetricIntervals.forecast(
                model: modelName, start: end + 1, frequency: frequency,
                centres: steps.map { lastValue + $0 * drift },
                standardErrors: steps.map { h in
                    let driftPart = h * driftStandardError
                    return (meanSquaredError * h + driftPart * driftPart).squareRoot()
                },
                levels: levels, reference: .normal)
        }
    }
}
