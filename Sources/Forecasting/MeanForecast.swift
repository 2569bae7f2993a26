/// The mean forecast (R `forecast::meanf()`): every future value is the
/// mean of the observed values.
///
/// With m observed values, ȳ their mean and s² = Σ (yᵢ − ȳ)² / (m − 1),
/// R's `meanf` forecasts
///
///     ŷ(T+h) = ȳ,   interval ȳ ± t_{n−1, (1+L)/2} · s · √(1 + 1/n),
///
/// where n is `length(x)`: on a series with gaps R counts the missing
/// periods in n (only `mean` and `sd` drop them). This model matches R, so
/// n is the number of periods from the first observation to the last, gaps
/// included (`TimeSeries.count`); without gaps n = m.
///
/// Summary: `mean` = ȳ; σ² = s²; the likelihood is R's `logLik(lm(y ~ 1))`
/// on the observed values, two estimated parameters (ȳ, σ²), m observations.
public struct MeanForecast: ForecastingModel {
    public var name: String { "mean" }

    /// The mean model.
    public init() {}

    public func fit(_ series: TimeSeries) throws(ModelError) -> Fitted {
        let values = series.observed.values
        guard values.count >= 2 else {
            throw .tooFewObservations(needed: 2, found: values.count)
        }
        if let bad = values.first(where: { !$0.isFinite }) {
            throw .numerical("the series holds the non-finite value \(bad)")
        }
        let m = Double(values.count)
        let mean = values.sum / m
        let sumOfSquares = values.sumOfSquares(about: mean)
        let variance = sumOfSquares / (m - 1)
        let summary = GaussianLikelihood.summary(
            parameters: [.init(name: "mean", value: mean)], residualSumOfSquares: sumOfSquares,
            residualCount: values.count, estimated: 1, sigma2: variance)
        return Fitted(
            mean: mean, standardDeviation: variance.squareRoot(), periodCount: series.count,
            end: series.end, frequency: series.frequency, summary: summary)
    }

    /// Nothing is shared between series: each is fitted on its own.
    public func fit(batch series: [TimeSeries]) -> [Result<Fitted, ModelError>] {
        series.map { s in Result { () throws(ModelError) in try fit(s) } }
    }

    /// A mean forecast fitted to one series.
    public struct Fitted: FittedModel, Equatable {
        /// ȳ, the mean of the observed values.
        public let mean: Double
        /// s, their sample standard deviation.
        public let standardDeviation: Double
        /// n: periods from the first observation to the last, gaps included (R's `length(x)`).
        public let periodCount: Int
        /// Ordinal of the series' last period.
        public let end: Int
        /// Periods per year of the series.
        public let frequency: Int
        public let summary: FitSummary

        public var modelName: String { "mean" }

        public func forecast(horizon: Int, levels: [Double]) throws(ModelError) -> Forecast {
            try ForecastRequest.validate(horizon: horizon, levels: levels)
            let n = Double(periodCount)
            let se = standardDeviation * (1 + 1 / n).squareRoot()
            return SymmetricIntervals.forecast(
                model: modelName, start: end + 1, frequency: frequency,
                centres: Array(repeating: mean, count: horizon),
                standardErrors: Array(repeating: se, count: horizon),
                levels: levels, reference: .studentT(degreesOfFreedom: n - 1))
        }
    }
}
