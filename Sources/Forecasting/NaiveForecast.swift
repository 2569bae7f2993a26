#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The naive forecast (R `forecast::naive()`, i.e. `rwf(drift = FALSE)`):
/// every future value is the last observed one.
///
/// With d₁ … d_r the changes between consecutive observed values, k₁ … k_r
/// the periods each spans (see `LagWalk`; r = m − 1 for m observed values,
/// every kᵢ = 1 without gaps) and σ̂² = Σ dᵢ²/kᵢ / r, the h-step forecast is
///
///     ŷ(T+h) = y_T,   se(h) = σ̂ √h,   interval ŷ ± z_{(1+L)/2} · se(h),
///
/// with normal quantiles z, exactly as `forecast:::forecast.lagwalk` when
/// there is no gap. A change across a gap of k periods is the sum of k
/// steps, so it counts with variance kσ².
///
/// Summary: no parameters; σ² = Σ dᵢ²/kᵢ / r (R's `model$sigma2`). R reports no
/// likelihood for `naive()`; the one given here is that of the changes as
/// N(0, σ²) draws with σ² at its maximum, which is R's
/// `logLik(Arima(y, order = c(0, 1, 0)))` on a series without gaps: one
/// estimated parameter (σ²), on r observations (`observationCount` = r).
public struct NaiveForecast: ForecastingModel {
    public var name: String { "naive" }

    /// The naive model.
    public init() {}

    public func fit(_ series: TimeSeries) throws(ModelError) -> Fitted {
        let walk = try LagWalk(series, needed: 2)
        let sumOfSquares = walk.scaledSumOfSquares()
        let sigma2 = sumOfSquares / Double(walk.count)
        let summary = GaussianLikelihood.summary(
            parameters: [], residualSumOfSquares: sumOfSquares,
            residualCount: walk.count, estimated: 0, sigma2: sigma2)
        return Fitted(
            lastValue: walk.lastValue, end: walk.end, frequency: series.frequency,
            meanSquaredError: sigma2, summary: summary)
    }

    /// Nothing is shared between series: each is fitted on its own.
    public func fit(batch series: [TimeSeries]) -> [Result<Fitted, ModelError>] {
        series.map { s in Result { () throws(ModelError) in try fit(s) } }
    }

    /// A naive forecast fitted to one series.
    public struct Fitted: FittedModel, Equatable {
        /// The last observed value.
        public let lastValue: Double
        /// Ordinal of the series' last period.
        public let end: Int
        /// Periods per year of the series.
        public let frequency: Int
        /// σ̂² = Σ dᵢ²/kᵢ / r, the one-step forecast variance.
        public let meanSquaredError: Double
        public let summary: FitSummary

        public var modelName: String { "naive" }

        public func forecast(horizon: Int, levels: [Double]) throws(ModelError) -> Forecast {
            try ForecastRequest.validate(horizon: horizon, levels: levels)
            let steps = (1...horizon).map(Double.init)
            return SymmetricIntervals.forecast(
                model: modelName, start: end + 1, frequency: frequency,
                centres: steps.map { _ in lastValue },
                standardErrors: steps.map { (meanSquaredError * $0).squareRoot() },
                levels: levels, reference: .normal)
        }
    }
}
