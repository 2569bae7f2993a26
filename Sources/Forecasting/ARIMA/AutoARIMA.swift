#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Automatic ARIMA, as R's `forecast::auto.arima(y)` with its defaults:
///
/// - D: for seasonal data (m > 1, n > 2m), 1 when the seasonal strength of
///   an STL decomposition exceeds 0.64 (`nsdiffs(test = "seas")`), else 0;
/// - d: repeated KPSS tests at 5% on the seasonally differenced series (`ndiffs`), at most 2;
/// - a stepwise search by AICc (`ARIMAStepwiseSearch`) from R's starting
///   models, with max p, q = 5 (and ≤ n/3), max P, Q = 2 (≤ n/3m),
///   p, q < m when seasonal terms are allowed, a constant (mean when d + D = 0,
///   drift when d + D = 1) tried both ways;
/// - a candidate is rejected, as in R, when its fit fails, a root of its AR
///   or MA polynomial lies within 1.01 of the unit circle, or its Hessian
///   gives no valid coefficient covariance (`checkarima`).
///
/// Deliberate differences: every candidate is fitted by exact likelihood
/// (R approximates by CSS when n > 150 or m > 12, then refits the winner),
/// so a long series may end on a model with a lower AICc than R's; gaps
/// are interpolated linearly for the STL step (R: `na.interp`).
///
/// The fitted model is named exactly (`arima:0,1,1:0,1,1:12`, `arima:1,1,0+drift`).
public struct AutoARIMA: ForecastingModel {
    /// The automatic search, with R's `auto.arima()` defaults (stepwise, AICc).
    public init() {}

    public var name: String { "arima" }

    public func fit(_ series: TimeSeries) throws(ModelError) -> ARIMA.Fitted {
        if let bad = series.values.first(where: { $0.isInfinite }) {
            throw .numerical("the series holds the non-finite value \(bad)")
        }
        let observed = series.observedCount
        guard observed >= 3 else { throw .tooFewObservations(needed: 3, found: observed) }
        let x = series.values
        if UnitRootTests.isConstant(x) {
            return ARIMA.constant(series)
        }
        let m = max(series.frequency, 1)
        var D = 0
        if m > 1 && x.count > 2 * m {
            D = Self.seasonalStrength(x, period: m) > 0.64 ? 1 : 0
            if D > 0 && Self.seasonallyDifferenced(x, m).allSatisfy(\.isNaN) { D = 0 }
        }
        let seasonallyDifferenced = D > 0 ? Self.seasonallyDifferenced(x, m) : x
        var d = UnitRootTests.regularDifferences(seasonallyDifferenced)
        var differenced = seasonallyDifferenced
        for _ in 0..<d { differenced = zip(differenced.dropFirst(), differenced).map { $0 - $1 } }
        if d > 0 && differenced.allSatisfy(\.isNaN) {
            d -= 1
            differenced = seasonallyDifferenced
            for _ in 0..<d { differenced = zip(differenced.dropFirst(), differenced).map { $0 - $1 } }
        }
        guard !differenced.isEmpty else { throw .tooFewObservations(needed: d + D * m + 1, found: observed) }
        if UnitRootTests.isConstant(differenced.filter { !$0.isNaN }) {
            if d == 1 && D == 0 { return ARIMA.straightLine(series) }
            throw .notIdentified("the series is a polynomial in time after \(d + D) differences; ARIMA has nothing to estimate")
        }
        let search = ARIMAStepwiseSearch(series: series, d: d, D: D, period: m, observed: observed)
        return try search.run()
    }

    /// Nothing is shared between series: each is searched on its own, on every core.
    public func fit(batch series: [TimeSeries]) -> [Result<ARIMA.Fitted, ModelError>] {
        IndependentFits.map(series) { s throws(ModelError) in try fit(s) }
    }

    /// x_t − x_{t−m}.
    static func seasonallyDifferenced(_ x: [Double], _ m: Int) -> [Double] {
        x.count > m ? (m..<x.count).map { x[$0] - x[$0 - m] } : []
    }

    /// The STL seasonal strength, gaps filled by linear interpolation.
    static func seasonalStrength(_ x: [Double], period m: Int) -> Double {
        var filled = x
        var last: Int? = nil
        for t in x.indices where !x[t].isNaN {
            if let l = last, t - l > 1 {
                for j in (l + 1)..<t { filled[j] = x[l] + (x[t] - x[l]) * Double(j - l) / Double(t - l) }
            }
            last = t
        }
        return STLDecomposition.seasonalStrength(filled, period: m)
    }
}

extension ARIMA {
    /// The fit of a series whose first differences are constant, as
    /// auto.arima's: ARIMA(0,1,0) with the drift fixed at the mean change, so
    /// the forecasts continue the line. σ² is R's Σ e_t²/n*, in which only the
    /// first (diffuse) residual is non-zero: (y₁ − β)/√κ, so the intervals are
    /// narrow but, as R's, not empty.
    static func straightLine(_ series: TimeSeries) -> Fitted {
        let (times, values) = series.observed
        let drift = (values[values.count - 1] - values[0]) / Double(times[times.count - 1] - times[0])
        let order = ARIMAOrder(p: 0, d: 1, q: 0, includeDrift: true)
        var stateSpace = ARIMAStateSpace(phi: [], theta: [], delta: [1])!
        let sums = stateSpace.filter(series.values.enumerated().map { $1 - drift * Double($0 + 1) }, keepResiduals: true)
        let used = series.observedCount - 1
        let squares = sums.residuals.reduce(0.0) { $0 + ($1.isNaN ? 0 : $1 * $1) }
        let summary = FitSummary(
            parameters: [.init(name: "drift", value: drift)], logLikelihood: nil,
            aic: nil, aicc: nil, bic: nil, sigma2: squares / Double(used), observationCount: used)
        return Fitted(
            modelName: order.name, order: order, stateSpace: stateSpace,
            mean: 0, drift: drift, length: series.count, end: series.end,
            frequency: series.frequency, summary: summary)
    }

    /// The fit of a constant series, as auto.arima's: ARIMA(0,0,0) with the
    /// mean fixed at the value, σ² = 0 (so zero-width intervals); no likelihood.
    static func constant(_ series: TimeSeries) -> Fitted {
        let value = series.values.first { !$0.isNaN }!
        let order = ARIMAOrder(p: 0, d: 0, q: 0)
        let summary = FitSummary(
            parameters: [.init(name: "intercept", value: value)], logLikelihood: nil,
            aic: nil, aicc: nil, bic: nil, sigma2: 0, observationCount: series.observedCount)
        return Fitted(
            modelName: order.name, order: order,
            stateSpace: ARIMAStateSpace(phi: [], theta: [], delta: [])!,
            mean: value, drift: 0, length: series.count, end: series.end,
            frequency: series.frequency, summary: summary)
    }
}
