/// A quadratic trend, y = β₀ + β₁ (t − c) + β₂ (t − c)² + ε, fitted by
/// least squares on the observed periods at their own ordinals t, about
/// their mean c (R `lm(y ~ t + I(t^2))`; the fit is the same whatever the
/// centre, only the coefficients' coordinates change).
///
/// Forecasts and intervals are R's `predict(lm(...), newdata, interval =
/// "prediction", level = L)`: ŷ₀ ± t_{n−3, (1+L)/2} · σ̂ · √(1 + x₀ᵀ(XᵀX)⁻¹x₀),
/// σ̂² = RSS/(n − 3) (see `FittedTrend`). The design is centred and scaled
/// (`TrendTimeScale`), which keeps the digits a quadratic in raw years loses.
///
/// Summary: `intercept` (the trend at c), `slope` (at c, per period),
/// `curvature` (per period²), then `centre` = c (not estimated); the
/// likelihood is R's `logLik(lm)`, with p + 1 = 4 parameters.
///
/// Errors: fewer than 4 observed values → `tooFewObservations`; a constant
/// series gives σ̂ = 0 and zero-width intervals, with a nil likelihood.
///
/// Batch fitting groups series that share their observed periods and fits
/// each group with one factorization.
public struct QuadraticTrend: ForecastingModel {
    private let engine = PolynomialTrend(name: "quadratic", degree: 2, logarithmic: false)

    public var name: String { engine.name }

    /// The quadratic trend model.
    public init() {}

    public func fit(_ series: TimeSeries) throws(ModelError) -> FittedTrend {
        try engine.fit(series)
    }

    public func fit(batch series: [TimeSeries]) -> [Result<FittedTrend, ModelError>] {
        engine.fit(batch: series)
    }
}
