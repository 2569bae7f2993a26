/// The optimised theta model, OTM (Fiorucci, Pellegrini, Louzada, Petropoulos
/// & Koehler 2016, "Models for optimising the theta method and their
/// relationship to state space models", IJF 32(4)), as statsforecast's
/// `OptimizedTheta` and forecTheta's `otm` fit it (`--model theta:optimized`,
/// alias `otm`).
///
/// With y₀ … y_{n−1} the series and Aₙ, Bₙ the least-squares line of y on
/// 1 … n (Bₙ = 6(2W − (n + 1)ȳ)/(n² − 1), W = Σ (i + 1)yᵢ / n,
/// Aₙ = ȳ − (n + 1)Bₙ/2), the model is, for i = 0, 1, …,
///
///     yᵢ = μᵢ + εᵢ,
///     μᵢ = ℓᵢ₋₁ + (1 − 1/θ) · [Aₙ(1 − α)ⁱ + Bₙ(1 − (1 − α)ⁱ⁺¹)/α],
///     ℓᵢ = α yᵢ + (1 − α) ℓᵢ₋₁,          ℓ₋₁ = ℓ₀ (the initial level),
///
/// θ = 2 being the classic theta method (SES with drift). ℓ₀, α ∈ [0.1, 0.99]
/// and θ ∈ [1, 10¹⁰] minimise the in-sample sum of squared one-step errors
/// Σ_{i≥3} eᵢ², eᵢ = yᵢ − μᵢ, skipping the first three as statsforecast does.
///
/// How (`OptimizedTheta+Profile.swift`): for fixed α, eᵢ is linear in ℓ₀ and
/// φ = 1 − 1/θ, so those two are a linear least-squares problem (two columns, by Gram–Schmidt)
/// with φ ∈ [0, 1 − 10⁻¹⁰]; the profile S(α) is then minimised over
/// [0.1, 0.99] on a grid of step 0.01 refined by golden-section search. The
/// optimum is therefore exact in ℓ₀ and θ and global in α up to the grid,
/// where statsforecast's Nelder–Mead (tolerance 10⁻⁴) may stop short; ℓ₀ is
/// not bounded (statsforecast bounds it by ±10¹⁰).
///
/// Forecasts: the recursion with future errors set to zero (yᵢ replaced by μᵢ,
/// Aₙ and Bₙ held fixed). Intervals: the analytic form of the model's own
/// distribution, which statsforecast approximates by simulating 200 paths —
/// the level is a random walk ℓᵢ = ℓᵢ₋₁ + α((1 − 1/θ)dᵢ + εᵢ), so
///
///     Var(y_{n+h−1} | y) = σ² (1 + (h − 1)α²),   ŷ ± z_{(1+L)/2} σ √(1 + (h − 1)α²),
///
/// with σ̂ the standard deviation (divisor m − 1) of e₃ … e_{n−1} as
/// statsforecast takes it, and normal quantiles. No simulation, so no seed.
/// (statsforecast's paths also update Aₙ, Bₙ as the dynamic model does; the
/// tests measure what that and its 200 paths change.)
///
/// Summary: `alpha`, `theta`, `initial_level` (ℓ₀), `A`, `B`; σ² = σ̂²; the
/// Gaussian likelihood of the m = n − 3 errors it minimises, with 3 estimated
/// parameters (ℓ₀, α, θ) besides σ², and `observationCount` m.
///
/// No seasonal adjustment: statsforecast divides a seasonal series by its
/// classical decomposition first (season_length > 1); this model fits the
/// values as given, which is what yearly indicators need.
///
/// Errors: fewer than 7 values (the 3 skipped errors, 3 parameters and one
/// degree of freedom) → `tooFewObservations`; a non-finite value →
/// `numerical`. A gap is filled by straight-line interpolation first
/// (`TimeSeries.interpolatingGaps`, as R's `na.interp`), since the recursion
/// needs one value per period. A constant series is fitted exactly
/// (θ = 1, ℓ₀ = the value, σ = 0: zero-width intervals, nil likelihood).
///
/// Batch fitting maps over the series: each has its own line Aₙ, Bₙ and its
/// own profile in α, so nothing is shared.
public struct OptimizedTheta: ForecastingModel {
    public var name: String { "theta:optimized" }

    /// The bounds statsforecast and forecTheta put on α.
    public static let alphaRange: ClosedRange<Double> = 0.1...0.99
    /// The bounds statsforecast and forecTheta put on θ.
    public static let thetaRange: ClosedRange<Double> = 1...1e10

    /// Errors skipped at the start of the in-sample criterion.
    static let burnIn = 3

    /// The optimised theta model.
    public init() {}

    public func fit(_ series: TimeSeries) throws(ModelError) -> Fitted {
        let problem = ThetaProfile(values: try Self.checkedValues(series))
        return try fitted(problem, at: problem.optimum(), series: series)
    }

    /// The model at given parameters instead of optimised ones (for checking
    /// against another implementation's estimates): ℓ₀ = `initialLevel`, α, θ
    /// as given, everything else as `fit`.
    public func fit(_ series: TimeSeries, alpha: Double, theta: Double, initialLevel: Double) throws(ModelError) -> Fitted {
        let problem = ThetaProfile(values: try Self.checkedValues(series))
        let point = ThetaProfile.Point(alpha: alpha, initialLevel: initialLevel, weight: 1 - 1 / theta, sumOfSquares: .nan)
        return try fitted(problem, at: point, series: series)
    }

    /// The values, or why the model cannot be fitted to them.
    private static func checkedValues(_ series: TimeSeries) throws(ModelError) -> [Double] {
        let y = series.interpolatingGaps().values
        if let bad = y.first(where: { !$0.isFinite }) {
            throw .numerical("the series holds the non-finite value \(bad)")
        }
        guard y.count >= 7 else { throw .tooFewObservations(needed: 7, found: y.count) }
        return y
    }

    private func fitted(_ problem: ThetaProfile, at best: ThetaProfile.Point, series: TimeSeries) throws(ModelError) -> Fitted {
        let errors = problem.oneStepErrors(best)
        let used = Array(errors[Self.burnIn...])
        let m = used.count
        let meanError = used.reduce(0, +) / Double(m)
        let sigma2 = used.reduce(0) { $0 + ($1 - meanError) * ($1 - meanError) } / Double(m - 1)
        let sse = used.reduce(0) { $0 + $1 * $1 }
        let summary = GaussianLikelihood.summary(
            parameters: [
                .init(name: "alpha", value: best.alpha), .init(name: "theta", value: best.theta),
                .init(name: "initial_level", value: best.initialLevel),
                .init(name: "A", value: problem.intercept), .init(name: "B", value: problem.slope),
            ],
            residualSumOfSquares: sse, residualCount: m, estimated: 3, sigma2: sigma2)
        return Fitted(
            alpha: best.alpha, theta: best.theta, initialLevel: best.initialLevel,
            intercept: problem.intercept, slope: problem.slope, lastLevel: problem.lastLevel(best),
            count: problem.values.count, inSampleSumOfSquares: sse, residualVariance: sigma2,
            end: series.end, frequency: series.frequency, summary: summary)
    }

    /// Nothing is shared between series: each is fitted on its own, on every core.
    public func fit(batch series: [TimeSeries]) -> [Result<Fitted, ModelError>] {
        IndependentFits.map(series) { s throws(ModelError) in try fit(s) }
    }

    /// The catalog's parser: `theta:optimized`, or its alias `otm`.
    @Sendable static func parse(_ name: String, _ options: ModelOptions) -> AnyForecastingModel? {
        name == "theta:optimized" || name == "otm" ? AnyForecastingModel(OptimizedTheta()) : nil
    }
}
