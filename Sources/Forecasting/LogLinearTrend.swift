/// An exponential trend, log y = β₀ + β₁ t + ε, fitted by least squares on
/// the observed periods at their own ordinals t (R `lm(log(y) ~ t)`).
///
/// On the log scale the forecast is R's `predict(lm(log(y) ~ t), newdata,
/// interval = "prediction", level = L)`; the reported point is exp of the
/// log-scale mean (the median of y, no bias adjustment) and the bounds are
/// exp of the log-scale bounds, as R's `forecast(tslm(y ~ trend, lambda = 0))`.
///
/// Summary, all on the log scale as R reports them for a model fitted with
/// `lambda = 0`: `intercept` and `slope` (the growth rate per period on the
/// log scale) of `coef(lm(log(y) ~ t))`, σ² of the log residuals, and the
/// likelihood of log y (`logLik(lm(log(y) ~ t))`). That likelihood is not
/// comparable with the other models' (it lacks the Jacobian −Σ log yᵢ).
///
/// Errors: a value ≤ 0 → `nonPositiveValue`; fewer than 3 observed values →
/// `tooFewObservations`; a constant series gives zero-width intervals.
///
/// Batch fitting groups series that share their observed periods and fits
/// each group with one factorization.
public struct LogLinearTrend: ForecastingModel {
    private let engine = PolynomialTrend(name: "loglinear", degree: 1, logarithmic: true)

    public var name: String { engine.name }

    /// The log-linear trend model.
    public init() {}

    public func fit(_ series: TimeSeries) throws(ModelError) -> FittedTrend {
        try engine.fit(series)
    }

    public func fit(batch series: [TimeSeries]) -> [Result<FittedTrend, ModelError>] {
        engine.fit(batch: series)
    }
}
