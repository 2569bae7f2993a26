/// A straight-line trend, y = β₀ + β₁ t + ε, fitted by least squares on the
/// observed periods at their own ordinals t (R `lm(y ~ t)`).
///
/// Forecasts and intervals are R's `predict(lm(y ~ t), newdata, interval =
/// "prediction", level = L)`: ŷ₀ ± t_{n−2, (1+L)/2} · σ̂ · √(1 + x₀ᵀ(XᵀX)⁻¹x₀),
/// σ̂² = RSS/(n − 2) (see `FittedTrend`).
///
/// Summary: `intercept` (at ordinal 0) and `slope` (per period) on the
/// original time scale, as R's `coef`; the likelihood is R's `logLik(lm)`,
/// with p + 1 = 3 parameters.
///
/// Errors: fewer than 3 observed values → `tooFewObservations` (no residual
/// degrees of freedom); a constant series gives σ̂ = 0 and zero-width
/// intervals, with a nil likelihood.
///
/// Batch fitting groups series that share their observed periods and fits
/// each group with one factorization.
public struct LinearTrend: ForecastingModel {
    private let engine = PolynomialTrend(name: "linear", degree: 1, logarithmic: false)

    public var name: String { engine.name }

    /// The linear trend model.
    public init() {}

    public func fit(_ series: TimeSeries) throws(ModelError) -> FittedTrend {
        try engine.fit(series)
    }

    public func fit(batch series: [TimeSeries]) -> [Result<FittedTrend, ModelError>] {
        engine.fit(batch: series)
    }
}
