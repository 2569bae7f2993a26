import LinearAlgebra
import Optimization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Logistic growth towards a known ceiling C (`--model logistic --cap C`),
/// for bounded indicators such as new-rural criteria met out of 19 or a
/// share of households out of 100%:
///
///     y(t) = C · p(t),   p(t) = 1 / (1 + exp(−(a + b·(t − t̄)))),
///
/// t the period ordinal, t̄ the mean of the observed ordinals (so a is the
/// logit of y/C at the middle of the data and a, b are nearly uncorrelated).
/// C is given, not estimated: the planner knows the ceiling, and a three-
/// parameter logistic fitted to the rising half of a curve has an
/// unidentified ceiling.
///
/// Fit: least squares on the original scale, min Σ (yᵢ − C p(tᵢ))², by
/// Levenberg–Marquardt with the analytic Jacobian ∂μ/∂(a, b) =
/// C p(1 − p)·(1, t − t̄), started from the empirical-logit regression
/// log((y + ½)/(C − y + ½)) on t − t̄ (Cox 1970; the ½ keeps the values 0 and
/// C finite, and only the start depends on it). This is R's
/// `nls(y ~ C / (1 + exp(-(a + b * (t - tbar)))))`; σ̂² = RSS/(n − 2), the
/// covariance of (a, b) is σ̂² (JᵀJ)⁻¹ (R's `vcov`).
///
/// Forecast at a future period t₀, with g₀ = C p̂₀(1 − p̂₀)·(1, t₀ − t̄):
///
///     ŷ₀ = C p̂₀,   se₀ = √(σ̂² + σ̂² g₀ᵀ (JᵀJ)⁻¹ g₀),
///     interval [max(0, ŷ₀ − q se₀), min(C, ŷ₀ + q se₀)],  q = t_{n−2, (1+L)/2}:
///
/// the prediction interval of the model that was fitted (additive errors
/// of constant variance, the parameters' uncertainty by the delta method),
/// clamped to [0, C]. Clamping a quantile at the edge of the support is
/// exact for that distribution censored at 0 and C (a commune cannot meet
/// more than 19 criteria), so the interval keeps its coverage. Rejected: a
/// symmetric interval on the logit scale with the delta-method variance
/// σ̂²/(C p̂₀(1 − p̂₀))² — near the ceiling that variance explodes (ŷ₀ = 18.9
/// of 19 with σ̂ = 0.5 gives a 95% interval from 0.2 to 19), which is
/// not honest about data that do settle near the cap.
///
/// Counts stay counts in range, not in rounding: the point forecast is the
/// fitted curve (not rounded: 17.7 criteria means "between 17 and 18, more
/// likely 18"), and bounds are in [0, C] but not rounded to whole numbers.
///
/// Summary: `a`, `b` (per period), `centre` t̄ and `cap` C (the last two
/// not estimated); the likelihood is R's `logLik(nls)`, Gaussian with 2
/// estimated parameters and σ².
///
/// Errors: no cap, or a cap that is not finite and positive → `notIdentified`;
/// a non-finite value → `numerical`; fewer than 3 observed values →
/// `tooFewObservations`; a value outside [0, C], or a constant series (no
/// growth to fit) → `notIdentified`; a series that jumps from one bound to
/// the other (the growth rate runs off to infinity) → `notIdentified`.
///
/// Batch fitting maps over the series: each is its own nonlinear fit, and
/// there is no factorization to share.
public struct LogisticGrowth: ForecastingModel {
    /// C, the ceiling; nil only when the catalog was asked for `logistic`
    /// without `--cap`, so that every fit can say what is missing.
    public let cap: Double?

    public var name: String { "logistic" }

    /// Logistic growth toward `cap`, the saturation level (19 for criteria met of 19).
    public init(cap: Double) {
        self.cap = cap
    }

    /// A model that fails every fit with the reason a cap is needed.
    init(missingCap: ()) {
        cap = nil
    }

    public func fit(_ series: TimeSeries) throws(ModelError) -> Fitted {
        let cap = try validCap()
        let (times, values) = series.observed
        if let bad = values.first(where: { !$0.isFinite }) {
            throw .numerical("the series holds the non-finite value \(bad)")
        }
        guard values.count >= 3 else { throw .tooFewObservations(needed: 3, found: values.count) }
        if let outside = values.first(where: { !($0 >= 0 && $0 <= cap) }) {
            throw .notIdentified("the value \(outside) lies outside [0, \(cap)], the range of a logistic curve with cap \(cap)")
        }
        guard values.contains(where: { $0 != values[0] }) else {
            throw .notIdentified("the series is constant, so a logistic curve has no growth to fit")
        }
        let centre = TrendTimeScale(times: times).centre
        let x = times.map { Double($0) - centre }
        let curve = LogisticCurve(cap: cap, offsets: x)
        let result: NonlinearLeastSquaresResult
        do {
            result = try LevenbergMarquardt().minimize(
                from: try curve.empiricalLogitStart(values), jacobian: curve.jacobian,
                residuals: { curve.values($0).enumerated().map { $1 - values[$0] } })
        } catch {
            throw .numerical("the logistic fit failed: \(error)")
        }
        let (a, b) = (result.point[0], result.point[1])
        guard result.converged, a.isFinite, b.isFinite, curve.bendsWithin(result.point) else {
            throw .notIdentified("the series jumps between 0 and \(cap), so the growth rate of a logistic curve runs off to infinity")
        }
        let unscaled: Matrix
        do {
            let linear = try result.linearisation()
            guard linear.rank == 2 else { throw ModelError.notIdentified("the logistic curve is flat over the data") }
            unscaled = linear.unscaledCovariance
        } catch let error as ModelError {
            throw error
        } catch {
            throw .numerical("the covariance of the logistic fit: \(error)")
        }
        let n = values.count
        let rss = result.residualSumOfSquares
        let sigma2 = rss / Double(n - 2)
        let summary = GaussianLikelihood.summary(
            parameters: [
                .init(name: "a", value: a), .init(name: "b", value: b),
                .init(name: "centre", value: centre), .init(name: "cap", value: cap),
            ],
            residualSumOfSquares: rss, residualCount: n, estimated: 2, sigma2: sigma2)
        return Fitted(
            cap: cap, a: a, b: b, centre: centre, unscaledCovariance: unscaled,
            residualVariance: sigma2, residualDegreesOfFreedom: n - 2,
            end: times[n - 1], frequency: series.frequency, summary: summary)
    }

    /// Nothing is shared between series: each is fitted on its own.
    public func fit(batch series: [TimeSeries]) -> [Result<Fitted, ModelError>] {
        series.map { s in Result { () throws(ModelError) in try fit(s) } }
    }

    private func validCap() throws(ModelError) -> Double {
        guard let cap else {
            throw .notIdentified("the logistic model needs its ceiling: give --cap C (e.g. --cap 19 for criteria met of 19)")
        }
        guard cap.isFinite, cap > 0 else {
            throw .notIdentified("the logistic model's cap must be finite and positive, found \(cap)")
        }
        return cap
    }

    /// The catalog's parser: `logistic`, with the cap from the options.
    @Sendable static func parse(_ name: String, _ options: ModelOptions) -> AnyForecastingModel? {
        guard name == "logistic" else { return nil }
        if let cap = options.cap { return AnyForecastingModel(LogisticGrowth(cap: cap)) }
        return AnyForecastingModel(LogisticGrowth(missingCap: ()))
    }
}
