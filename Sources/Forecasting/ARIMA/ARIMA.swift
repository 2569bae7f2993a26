#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// ARIMA(p,d,q)(P,D,Q)m with a pinned order, fitted as R's
/// `forecast::Arima(y, order, seasonal, include.drift)` with its defaults
/// (method "CSS-ML", exact Gaussian likelihood by the Kalman filter; see
/// `ARIMAEstimation`). A mean is estimated when d + D = 0, none when
/// d + D ≥ 1; `+drift` adds β·t with t = 1…n.
///
/// Summary, on R's conventions:
/// - ℓ = −½ (2 n* · f̂ + n* + n* log 2π), f̂ the minimised concentrated
///   objective, n* = observed values − d − mD;
/// - AIC = −2ℓ + 2k with k = coefficients + 1 (σ²);
///   AICc = AIC + 2k(k+1)/(n* − k − 1); BIC = AIC + k(log n* − 2);
/// - σ² = Σ e_t² / (n* − k + 1), e_t = v_t/√F_t the standardised
///   innovations of every observed period (forecast's `Arima`).
///
/// Forecasts are R's `predict.Arima`: the Kalman forecast of the state,
/// plus the regression part at t = n + h, with variance σ²·Z P_h Zᵀ and
/// normal-quantile intervals.
///
/// Needs at least d + mD + k + 1 observed values, and a seasonal period
/// equal to the series' frequency.
public struct ARIMA: ForecastingModel {
    /// The orders and regression terms of the model to fit.
    public let order: ARIMAOrder

    /// The ARIMA model of the given orders, fitted by exact likelihood as R's `Arima(method = "ML")`.
    public init(order: ARIMAOrder) {
        self.order = order
    }

    public var name: String { order.name }

    public func fit(_ series: TimeSeries) throws(ModelError) -> Fitted {
        if order.isSeasonal && order.period != series.frequency {
            throw .notIdentified(
                "the seasonal period \(order.period) of \(order.name) differs from the series' frequency \(series.frequency); name the period the series has")
        }
        if order.includeDrift && order.differences > 1 {
            throw .notIdentified("a drift needs d + D ≤ 1 (R fits none with \(order.differences) differences)")
        }
        if let bad = series.values.first(where: { $0.isInfinite }) {
            throw .numerical("the series holds the non-finite value \(bad)")
        }
        let observed = series.observedCount
        let parameterCount = order.coefficientNames.count + 1
        let differenced = order.d + order.seasonalDifferences * order.period
        let needed = differenced + parameterCount + 1
        guard observed >= needed else { throw .tooFewObservations(needed: needed, found: observed) }
        return try fitWithoutChecks(series)
    }

    /// The fit itself, once the series is known to suit the order; where
    /// `checkingVariance` says so of the fit, also whether R would find a
    /// valid coefficient covariance (what `auto.arima` requires of a
    /// candidate; a numerical Hessian, a quarter of a seasonal fit's time, so
    /// the search asks only of candidates that would otherwise win).
    func fitWithoutChecks(_ series: TimeSeries, checkingVariance: (Fitted) -> Bool = { _ in false }) throws(ModelError) -> Fitted {
        let estimation = try ARIMAEstimation(order: order, series: series.values)
        let result = try estimation.fit()
        let names = order.coefficientNames
        let n = Double(result.usedCount)
        let k = names.count + 1
        let loglik = -0.5 * (2 * n * result.objective + n + n * log(2 * Double.pi))
        let aic = -2 * loglik + 2 * Double(k)
        let aicc: Double? = n - Double(k) - 1 > 0 ? aic + 2 * Double(k * (k + 1)) / (n - Double(k) - 1) : nil
        let bic = aic + Double(k) * (log(n) - 2)
        let squares = result.residuals.reduce(0.0) { $0 + ($1.isNaN ? 0 : $1 * $1) }
        let sigma2 = squares / (n - Double(k) + 1)
        let summary = FitSummary(
            parameters: zip(names, result.coefficients).map { FitSummary.Parameter(name: $0, value: $1) },
            logLikelihood: loglik, aic: aic, aicc: aicc, bic: bic, sigma2: sigma2,
            observationCount: result.usedCount)
        let regression = Array(result.coefficients[estimation.armaCount...])
        var fitted = Fitted(
            modelName: order.name, order: order, stateSpace: result.model,
            mean: order.hasMean ? regression[0] : 0,
            drift: order.includeDrift ? regression[regression.count - 1] : 0,
            length: series.count, end: series.end, frequency: series.frequency, summary: summary,
            coefficientVarianceIsValid: true)
        if checkingVariance(fitted) { fitted.coefficientVarianceIsValid = estimation.hasValidCoefficientVariance(result) }
        return fitted
    }

    /// Nothing is shared between series: each is fitted on its own, on every core.
    public func fit(batch series: [TimeSeries]) -> [Result<Fitted, ModelError>] {
        IndependentFits.map(series) { s throws(ModelError) in try fit(s) }
    }

    /// An ARIMA model fitted to one series.
    public struct Fitted: FittedModel {
        public let modelName: String
        /// The orders the model was fitted with.
        public let order: ARIMAOrder
        /// The state space after filtering the whole series.
        let stateSpace: ARIMAStateSpace
        /// The estimated mean (0 when there is none).
        public let mean: Double
        /// The estimated drift per period (0 when there is none).
        public let drift: Double
        /// n, the series length (gaps included), so the drift term at step h is drift·(n + h).
        let length: Int
        let end: Int
        let frequency: Int
        public let summary: FitSummary
        /// False when the automatic search found the coefficient covariance invalid.
        var coefficientVarianceIsValid = true

        public func forecast(horizon: Int, levels: [Double]) throws(ModelError) -> Forecast {
            try ForecastRequest.validate(horizon: horizon, levels: levels)
            let (means, variances) = stateSpace.forecast(horizon: horizon)
            let centres = means.enumerated().map { h, value in
                value + mean + drift * Double(length + h + 1)
            }
            return SymmetricIntervals.forecast(
                model: modelName, start: end + 1, frequency: frequency, centres: centres,
                standardErrors: variances.map { ($0 * summary.sigma2).squareRoot() },
                levels: levels, reference: .normal)
        }
    }
}

extension ModelCatalog {
    /// `arima` (automatic order) and pinned `arima:p,d,q[:P,D,Q:m][+drift|-mean]`.
    @Sendable static func arimaModel(_ name: String, _ options: ModelOptions) -> AnyForecastingModel? {
        if name == "arima" { return AnyForecastingModel(AutoARIMA()) }
        guard let order = ARIMAOrder(name: name) else { return nil }
        return AnyForecastingModel(ARIMA(order: order))
    }
}
